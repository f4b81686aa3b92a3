import Population

/// A risk model's out-of-time report as published, from `placehealth risk report --format json` and
/// `GET /api/population/risk` alike: every member present, a withheld count (``RiskDisclosure``) and
/// every figure made of it null.
public struct RiskReportDocument: Encodable, Sendable {
    /// The figures for everyone, or one group.
    public struct Performance: Encodable, Sendable {
        /// The group (`all`, a decile, an ethnic group).
        public let group: String
        /// Persons scored.
        public let persons: Nullable<Int>
        /// Persons with an emergency admission in the 12 months.
        public let events: Nullable<Int>
        /// Share with the outcome.
        public let observedRate: Nullable<Double>
        /// Mean predicted risk.
        public let meanRisk: Nullable<Double>
        /// Area under the ROC curve.
        public let auroc: Nullable<Double>
        /// Brier score.
        public let brier: Nullable<Double>
        /// Persons flagged in the place's top 2%.
        public let flagged: Nullable<Int>
        /// Share of the flagged with the outcome.
        public let ppvTop2: Nullable<Double>
        /// Share of those with the outcome who were flagged.
        public let sensitivityTop2: Nullable<Double>

        init(_ p: RiskReport.Performance, _ hidden: RiskDisclosure.Row, _ audience: Audience) {
            func show<T>(_ value: T?, _ withheld: Bool) -> Nullable<T> {
                .init(audience.value(value, withheld: withheld))
            }
            group = p.group
            persons = show(p.persons, hidden.persons)
            events = show(p.events, hidden.events)
            observedRate = show(p.observedRate, hidden.rate)
            meanRisk = show(p.meanRisk, hidden.persons)
            auroc = show(p.auroc, hidden.rate)
            brier = show(p.brier, hidden.rate)
            flagged = show(p.flagged, hidden.flagged)
            ppvTop2 = show(p.ppvTop2, hidden.ppv)
            sensitivityTop2 = show(p.sensitivityTop2, hidden.sensitivity)
        }
    }

    /// A tenth of the test period's persons by predicted risk.
    public struct Tenth: Encodable, Sendable {
        /// Persons.
        public let persons: Nullable<Int>
        /// Mean predicted risk.
        public let predicted: Nullable<Double>
        /// Share with the outcome.
        public let observed: Nullable<Double>
    }

    /// The model's version.
    public let modelVersion: String
    /// Index date of the training period.
    public let trainDate: String
    /// Index date of the test period.
    public let testDate: String
    /// Persons in the training period.
    public let trainPersons: Nullable<Int>
    /// Admitted persons in the training period.
    public let trainEvents: Nullable<Int>
    /// AUROC on the training period itself.
    public let trainAUROC: Nullable<Double>
    /// The test period, everyone.
    public let overall: Performance
    /// Calibration slope on the test period.
    public let calibrationSlope: Double
    /// Calibration intercept on the test period.
    public let calibrationIntercept: Double
    /// Calibration plot: tenths of predicted risk.
    public let calibrationDeciles: [Tenth]
    /// By IMD decile of the home.
    public let byDeprivationDecile: [Performance]
    /// By ethnic group.
    public let byEthnicGroup: [Performance]
    /// Newton iterations of the fit.
    public let iterations: Int
    /// Whether the fit converged.
    public let converged: Bool
    /// Whether withheld counts are null for this audience.
    public let suppressed: Bool
    /// Counts from 1 to this minus 1 are small.
    public let suppressionThreshold: Int
    /// Whether the data are synthetic.
    public let synthetic: Bool

    /// `report` as `audience` may see it under `mask`.
    public init(_ report: RiskReport, mask: RiskDisclosure, audience: Audience) {
        modelVersion = report.modelVersion
        trainDate = report.trainDate
        testDate = report.testDate
        let training = mask.training
        trainPersons = .init(audience.value(report.trainPersons, withheld: training.persons))
        trainEvents = .init(audience.value(report.trainEvents, withheld: training.events))
        trainAUROC = .init(audience.value(report.trainAUROC, withheld: training.persons || training.events))
        overall = Performance(report.overall, mask.overall, audience)
        calibrationSlope = report.calibrationSlope
        calibrationIntercept = report.calibrationIntercept
        calibrationDeciles = report.calibrationDeciles.enumerated().map { r, tenth in
            let hidden = mask.tenth(r)
            return Tenth(
                persons: .init(audience.value(tenth.persons, withheld: hidden.persons)),
                predicted: .init(audience.value(tenth.predicted, withheld: hidden.persons)),
                observed: .init(audience.value(tenth.observed, withheld: hidden.observed)))
        }
        byDeprivationDecile = report.byDeprivationDecile.enumerated().map {
            Performance($1, mask.decile($0), audience)
        }
        byEthnicGroup = report.byEthnicGroup.enumerated().map { Performance($1, mask.ethnic($0), audience) }
        iterations = report.iterations
        converged = report.converged
        suppressed = !audience.unsuppressed
        suppressionThreshold = audience.threshold
        synthetic = report.synthetic
    }
}
