/// How well a risk model did on a later period it was not fitted on (out of time): overall, and
/// by deprivation decile and ethnic group so that unfairness is visible.
public struct RiskReport: Sendable, Codable, Hashable {
    /// The figures for all persons, or one group.
    public struct Performance: Sendable, Codable, Hashable {
        /// The group (`all`, a decile, an ethnic group).
        public let group: String
        /// Persons scored.
        public let persons: Int
        /// Persons with an emergency admission in the 12 months.
        public let events: Int
        /// Share with the outcome.
        public let observedRate: Double
        /// Mean predicted risk.
        public let meanRisk: Double
        /// Area under the ROC curve (nil without both outcomes).
        public let auroc: Double?
        /// Brier score.
        public let brier: Double
        /// Persons flagged in the place's top 2%.
        public let flagged: Int
        /// Share of the flagged with the outcome.
        public let ppvTop2: Double?
        /// Share of those with the outcome who were flagged.
        public let sensitivityTop2: Double?
    }

    /// The model's version.
    public let modelVersion: String
    /// Index date of the training period.
    public let trainDate: String
    /// Index date of the test period.
    public let testDate: String
    /// Persons and events in the training period.
    public let trainPersons: Int
    /// Events (admitted persons) in the training period.
    public let trainEvents: Int
    /// AUROC on the training period itself (optimistic: for comparison only).
    public let trainAUROC: Double?
    /// Test period, all persons.
    public let overall: Performance
    /// Calibration slope on the test period (1 is ideal).
    public let calibrationSlope: Double
    /// Calibration intercept on the test period (0 is ideal).
    public let calibrationIntercept: Double
    /// Calibration plot: deciles of predicted risk, test period.
    public let calibrationDeciles: [ModelMetrics.CalibrationGroup]
    /// Test period by IMD decile of the home.
    public let byDeprivationDecile: [Performance]
    /// Test period by ethnic group.
    public let byEthnicGroup: [Performance]
    /// Newton iterations of the fit, and whether it converged.
    public let iterations: Int
    /// Whether the fit converged.
    public let converged: Bool
    /// Whether the data are synthetic.
    public let synthetic: Bool
}
