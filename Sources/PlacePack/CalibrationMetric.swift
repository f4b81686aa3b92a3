/// The metric ids the engine computes for calibration. A calibration target must use one of
/// these (or `not_modelled`); the pack reader rejects any other.
///
/// Units: `*_share` and `*_prevalence_*` metrics are percentages (0-100), `*_per_1000` and
/// `*_per_100k` are rates per 1,000 or 100,000 people, `*_ratio_*` are plain ratios, life
/// expectancy metrics are years, and the rest are counts (per year where the name says so).
public enum CalibrationMetric {
    /// The metric id for figures the synthetic data does not model.
    public static let notModelled = "not_modelled"

    /// Every metric id the engine computes, in a stable order.
    public static let all: [String] = [
        "population_total", "population_65plus", "deprived_share", "deaths_per_year",
        "death_cause_share.cancer", "death_cause_share.circulatory", "death_cause_share.respiratory",
        "deaths_in_hospital_share", "deaths_with_eol_plan_share", "preferred_place_achieved_share",
        "life_expectancy_gap_deciles", "carers_total", "children_in_poverty_share",
        "care_home_admissions_65plus_per_100k", "reablement_at_home_91_share", "delayed_transfers_daily",
        "ae_4hour_share", "children_in_care", "births_per_year", "infant_mortality_per_1000",
        "smoking_prevalence_adults", "obesity_prevalence_adults", "diabetes_prevalence_17plus",
        "emergency_admissions_per_1000", "ae_attendances_per_1000", "smoking_ratio_decile1_to_decile10",
        "emergency_admissions_ratio_decile1_to_decile10", "life_expectancy_persons",
        "population_share.18_24", "population_share.65plus",
        "population_share.65plus_decile1", "population_share.65plus_decile10", "year_ratio.deaths",
        "year_ratio.ae", "year_ratio.emergency", "year_ratio.elective", "winter_ratio.deaths",
        "weekday_share.elective", "weekday_share.discharges", "term_low_birth_weight_share",
        "term_low_birth_weight_ratio_quintile1_to_quintile5", "preterm_share",
        "emergency_admission_last_year_of_life_share", "readmission_30_days_share",
        "ae_reattendance_7_days_share",
        "hospital_deaths_in_a_stay_share", "admitted_ae_with_admission_share",
        "palliative_alive_one_year_share", "smi_premature_mortality_ratio",
        "register_prevalence.DEMENTIA", "register_prevalence.DEPRESSION", "register_prevalence.COPD",
        "register_prevalence.SMI", "register_prevalence.EPILEPSY", "register_prevalence.PALLIATIVE",
        "register_prevalence.HYPERTENSION", "register_prevalence.CANCER",
        "cancer_alive_one_year_share", "cancer_alive_five_years_share", "minority_share",
        "minority_share.0_17",
        "minority_share.65plus",
    ]

    /// Metric families that take an area code after the prefix (`minority_share.ward.E05…`).
    public static let areaFamilies = ["minority_share.ward.", "population_share.18_24.ward."]

    /// Whether `id` is a known metric id, a family's prefix followed by an area code, or
    /// `not_modelled`.
    public static func isKnown(_ id: String) -> Bool {
        id == notModelled || all.contains(id)
            || areaFamilies.contains { id.hasPrefix($0) && id.count > $0.count }
    }
}
