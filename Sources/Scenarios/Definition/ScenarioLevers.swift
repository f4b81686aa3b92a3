/// The names of a scenario's levers, as its file writes them: anything else is refused.
public enum ScenarioLevers {
    /// Settings whose activity grows a year beyond demography (`non_demographic_growth`).
    public static let settings = [
        "emergency_admissions", "elective_admissions", "bed_days", "ae_attendances", "care_home_admissions",
        "reablement_episodes",
    ]
    /// Mitigators of activity avoidance (`activity_avoidance`): the share of the eligible activity
    /// avoided by the horizon.
    public static let mitigators = [
        "ambulatory_care_sensitive", "frail_admissions", "end_of_life_admissions", "emergency_readmissions",
        "frequent_ae_attenders",
    ]
    /// Efficiencies (`efficiencies`): shares of length of stay and of delayed days removed.
    public static let efficiencies = ["length_of_stay_reduction", "delayed_days_removed"]
    /// Community services that avoided hospital activity moves to (`shift_to_community`), each in
    /// units per avoided admission or per avoided bed day.
    public static let communityUnits = [
        "community_bed_days", "reablement_episodes", "home_care_hours", "neighbourhood_contacts",
    ]
    /// What a unit of community capacity is needed for.
    public static let shiftBases = ["avoided_admission", "avoided_bed_day"]
    /// Settings with a unit cost (`unit_costs`), in pounds.
    public static let costed = [
        "emergency_admission", "elective_admission", "bed_day", "ae_attendance", "care_home_admission",
        "reablement_episode", "community_bed_day", "home_care_hour", "neighbourhood_contact",
    ]
    /// The sections of `levers`.
    public static let sections = [
        "demography", "non_demographic_growth", "health_status_adjustment", "activity_avoidance",
        "efficiencies", "shift_to_community", "unit_costs", "occupancy", "budget_growth",
    ]
}
