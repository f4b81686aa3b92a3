/// The Better Care Fund's national metrics for 2019/20.
public enum BCFMetric: String, Sendable, CaseIterable {
    /// Non-elective admissions (planned through the CCG operating plans, not this template).
    case nonElectiveAdmissions = "non_elective_admissions"
    /// Delayed transfers of care per day from hospital (aged 18+).
    case delayedTransfers = "delayed_transfers"
    /// Long-term support needs of people aged 65+ met by admission to residential and nursing
    /// care homes, per 100,000 population aged 65+.
    case residentialAdmissions = "residential_admissions"
    /// Proportion of people aged 65+ still at home 91 days after discharge from hospital into
    /// reablement or rehabilitation services.
    case reablement = "reablement"

    /// The metric's name as the template prints it.
    public var name: String {
        switch self {
        case .nonElectiveAdmissions: "Non-elective admissions"
        case .delayedTransfers: "Delayed transfers of care per day"
        case .residentialAdmissions: "Residential admissions per 100,000 aged 65+"
        case .reablement: "Still at home 91 days after reablement (%)"
        }
    }

    /// What the plan value is: numerator over denominator times this (100,000 for a rate, 100 for a
    /// percentage); nil where the template takes no numerator and denominator.
    public var multiplier: Double? {
        switch self {
        case .residentialAdmissions: 100_000
        case .reablement: 100
        case .nonElectiveAdmissions, .delayedTransfers: nil
        }
    }

    /// How far a stated plan may be from the value recomputed from its numerator and denominator:
    /// half a unit of the template's printed precision (whole rates, percentages to one decimal).
    public var tolerance: Double {
        switch self {
        case .residentialAdmissions: 0.5
        case .reablement: 0.05
        case .nonElectiveAdmissions, .delayedTransfers: 0
        }
    }

    /// Whether a lower value is better.
    public var lowerIsBetter: Bool { self != .reablement }
}
