/// A published figure the synthetic place is calibrated against: the engine computes `metric`
/// on the synthetic data and compares it with `published` within `tolerance`.
public struct CalibrationTarget: Sendable, Equatable {
    /// The target's id, unique within the pack (for example `deaths-per-year`).
    public let id: String
    /// What the figure is, in plain English.
    public let description: String
    /// The engine metric id (one of ``CalibrationMetric/all``, or `not_modelled`).
    public let metric: String
    /// The unit of `published` (for example `persons`, `percent`, `per 1,000`, `years`).
    public let unit: String
    /// The period the figure refers to (for example `2019` or `2018/19`).
    public let period: String
    /// The published value.
    public let published: Double
    /// How close the synthetic value must be.
    public let tolerance: Tolerance
    /// The citation: a seed document (`seed 001`) or a publication; for assumptions, the reason.
    public let source: String
    /// Whether the figure is an assumption (a plausible value chosen without a citation).
    public let assumption: Bool
    /// Whether the figure is a count that scales with the number of synthetic persons (so a
    /// smaller synthetic run compares against `published` x persons / population target).
    public let scalesWithPersons: Bool
    /// The seed document number (`000`...`004`) when the figure comes from one.
    public let seedDocument: String?
    /// Why a figure is not modelled, or any other note.
    public let note: String?

    /// Creates a calibration target.
    public init(
        id: String, description: String, metric: String, unit: String, period: String, published: Double,
        tolerance: Tolerance, source: String, assumption: Bool, scalesWithPersons: Bool,
        seedDocument: String? = nil, note: String? = nil
    ) {
        self.id = id
        self.description = description
        self.metric = metric
        self.unit = unit
        self.period = period
        self.published = published
        self.tolerance = tolerance
        self.source = source
        self.assumption = assumption
        self.scalesWithPersons = scalesWithPersons
        self.seedDocument = seedDocument
        self.note = note
    }

    /// Whether the synthetic data models this figure (false for `metric: not_modelled`).
    public var isModelled: Bool { metric != CalibrationMetric.notModelled }

    /// The published value scaled to a synthetic population of `persons` (for counts that scale
    /// with persons); other figures are returned unchanged.
    public func expected(forPersons persons: Int, populationTarget: Int) -> Double {
        guard scalesWithPersons, populationTarget > 0 else { return published }
        return published * Double(persons) / Double(populationTarget)
    }
}
