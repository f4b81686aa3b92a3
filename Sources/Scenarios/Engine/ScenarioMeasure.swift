import PlaceModel

/// A measure a scenario projects, for each year, area and run (definitions in docs/scenarios.md).
public enum ScenarioMeasure: String, CaseIterable, Sendable, Codable {
    /// Emergency admissions kept (not avoided).
    case emergencyAdmissions = "emergency_admissions"
    /// Elective admissions.
    case electiveAdmissions = "elective_admissions"
    /// A&E attendances kept.
    case aeAttendances = "ae_attendances"
    /// Care home admissions.
    case careHomeAdmissions = "care_home_admissions"
    /// Reablement episodes (the baseline's setting).
    case reablementEpisodes = "reablement_episodes"
    /// Hospital bed days of emergency and elective admissions, after efficiencies.
    case bedDays = "bed_days"
    /// Residents at 1 July.
    case population
    /// Emergency admissions avoided.
    case avoidedAdmissions = "avoided_admissions"
    /// A&E attendances avoided.
    case avoidedAttendances = "avoided_ae_attendances"
    /// Bed days of the avoided admissions.
    case avoidedBedDays = "avoided_bed_days"
    /// Bed days removed by shorter stays and fewer delayed days.
    case efficiencyBedDays = "efficiency_bed_days"
    /// Community bed days needed for the shift.
    case communityBedDays = "community_bed_days"
    /// Reablement episodes needed for the shift (beyond the baseline's).
    case communityReablement = "community_reablement_episodes"
    /// Home care hours needed for the shift.
    case homeCareHours = "home_care_hours"
    /// Neighbourhood team contacts needed for the shift.
    case neighbourhoodContacts = "neighbourhood_contacts"
    /// Cost of emergency admissions (their non-bed-day part), pounds.
    case costEmergency = "cost_emergency_admissions"
    /// Cost of elective admissions (their non-bed-day part).
    case costElective = "cost_elective_admissions"
    /// Cost of hospital bed days.
    case costBedDays = "cost_bed_days"
    /// Cost of A&E attendances.
    case costAE = "cost_ae_attendances"
    /// Cost of care home admissions.
    case costCareHome = "cost_care_home_admissions"
    /// Cost of the baseline's reablement episodes.
    case costReablement = "cost_reablement_episodes"
    /// Cost of the community services the shift needs.
    case costCommunity = "cost_community"
    /// Every cost above.
    case costTotal = "cost_total"
    /// The baseline's total cost grown by the budget growth.
    case budget
    /// Money released from hospital: avoided admissions, bed days and attendances at their costs.
    case released = "released_from_hospital"
    /// Bed days per 100,000 residents.
    case bedDaysPer100k = "bed_days_per_100k"
    /// Beds needed at the scenario's occupancy.
    case beds
    /// Total cost less budget (positive: over budget).
    case financialGap = "financial_gap"
    /// Money released from hospital less the community services' cost (positive: the money more
    /// than follows the shift).
    case netReleased = "net_released"
    /// For the city only: emergency admissions per 1,000 residents in the most deprived decile less
    /// those in deciles 2 to 10.
    case deprivedGap = "deprived_gap"

    /// The measures summed over model areas; the rest are worked out from them.
    static let additive = Array(allCases.prefix(while: { $0 != .bedDaysPer100k }))

    /// Its position in the run's values (the order of `allCases`), without hashing its name.
    var index: Int {
        switch self {
        case .emergencyAdmissions: return 0
        case .electiveAdmissions: return 1
        case .aeAttendances: return 2
        case .careHomeAdmissions: return 3
        case .reablementEpisodes: return 4
        case .bedDays: return 5
        case .population: return 6
        case .avoidedAdmissions: return 7
        case .avoidedAttendances: return 8
        case .avoidedBedDays: return 9
        case .efficiencyBedDays: return 10
        case .communityBedDays: return 11
        case .communityReablement: return 12
        case .homeCareHours: return 13
        case .neighbourhoodContacts: return 14
        case .costEmergency: return 15
        case .costElective: return 16
        case .costBedDays: return 17
        case .costAE: return 18
        case .costCareHome: return 19
        case .costReablement: return 20
        case .costCommunity: return 21
        case .costTotal: return 22
        case .budget: return 23
        case .released: return 24
        case .bedDaysPer100k: return 25
        case .beds: return 26
        case .financialGap: return 27
        case .netReleased: return 28
        case .deprivedGap: return 29
        }
    }

    /// A short label for tables.
    public var label: String {
        switch self {
        case .aeAttendances: return "A&E attendances"
        case .avoidedAttendances: return "avoided A&E attendances"
        case .efficiencyBedDays: return "bed days saved by efficiencies"
        case .communityReablement: return "community reablement episodes"
        case .costEmergency: return "cost of emergency admissions"
        case .costElective: return "cost of elective admissions"
        case .costBedDays: return "cost of bed days"
        case .costAE: return "cost of A&E attendances"
        case .costCareHome: return "cost of care home admissions"
        case .costReablement: return "cost of reablement episodes"
        case .costCommunity: return "cost of community services"
        case .costTotal: return "total cost"
        case .released: return "released from hospital"
        case .bedDaysPer100k: return "bed days per 100,000"
        case .beds: return "beds needed"
        case .netReleased: return "left after the shift"
        case .deprivedGap: return "deprived gap (per 1,000)"
        default: return rawValue.replacingOccurrences(of: "_", with: " ")
        }
    }
}

extension ScenarioMeasure {
    /// Whether the measure is in pounds.
    public var isMoney: Bool {
        rawValue.hasPrefix("cost_") || [.budget, .released, .financialGap, .netReleased].contains(self)
    }

    /// A published value as shown, "withheld" when it is (nil).
    public func format(_ value: Double?) -> String { value.map(format) ?? "withheld" }

    /// The value as shown: pounds in millions to one decimal, the deprived gap to one decimal,
    /// rates and beds whole, counts rounded to the nearest 10.
    public func format(_ value: Double) -> String {
        if isMoney { return (value < 0 ? "-" : "") + String(format: "£%.1fm", abs(value) / 1_000_000) }
        switch self {
        case .deprivedGap: return String(format: "%.1f", value)
        case .bedDaysPer100k, .beds: return Int(value.rounded()).grouped()
        default: return (Int((value / 10).rounded()) * 10).grouped()
        }
    }

    /// The measures a summary shows, in order.
    public static let summary: [ScenarioMeasure] = [
        .population, .emergencyAdmissions, .electiveAdmissions, .aeAttendances, .careHomeAdmissions,
        .reablementEpisodes, .bedDays, .bedDaysPer100k, .beds, .avoidedAdmissions, .avoidedBedDays,
        .efficiencyBedDays,
        .communityBedDays, .communityReablement, .homeCareHours, .neighbourhoodContacts, .costTotal, .budget,
        .financialGap, .released, .costCommunity, .netReleased, .deprivedGap,
    ]
}
