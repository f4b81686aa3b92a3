import PlacePack

/// A Left Shift scenario, as its file in the pack gives it (format in docs/scenarios.md): how many
/// Monte Carlo runs from which seed, the baseline and horizon years, and every lever.
public struct ScenarioDefinition: Sendable, Equatable {
    /// The scenario's id (the file's `id`).
    public let id: String
    /// Its name for people.
    public let name: String
    /// What it assumes, in a sentence or two.
    public let description: String
    /// The seed every run's random numbers come from.
    public let seed: UInt64
    /// How many Monte Carlo runs.
    public let runs: Int
    /// The year whose activity is the baseline.
    public let baselineYear: Int
    /// The last year projected.
    public let horizonYear: Int
    /// The weight of each migration variant of the pack's projection (adding up to 1).
    public let demography: [String: Double]
    /// Growth a year beyond demography, by setting.
    public let growth: [String: LeverInterval]
    /// Years of better health at the same age by the horizon (health status adjustment).
    public let healthStatus: LeverInterval
    /// The share of eligible activity avoided by the horizon, by mitigator.
    public let avoidance: [String: LeverInterval]
    /// Shares of length of stay and of delayed days removed by the horizon.
    public let efficiencies: [String: LeverInterval]
    /// Community capacity needed, by service.
    public let shift: [String: Shift]
    /// Unit costs, by setting.
    public let costs: [String: UnitCost]
    /// The bed occupancy beds are planned at.
    public let occupancy: LeverInterval
    /// The budget's growth a year.
    public let budgetGrowth: LeverInterval
    /// The scenario file's name, as errors name it.
    public var file = ""
    /// The line of its `baseline_year`, for refusing a year with no data there.
    public var baselineLine: Int?

    /// The refusal of a baseline year the store has no data for, at its file, line and field.
    public var noDataForBaseline: PackError {
        PackError(
            .outOfRange, file: file, line: baselineLine, field: "baseline_year",
            message:
                "the store has no activity or residents in \(baselineYear): choose a year the data covers")
    }

    /// Units of a community service needed for each avoided admission or bed day.
    public struct Shift: Sendable, Equatable {
        /// `avoided_admission` or `avoided_bed_day`.
        public let per: String
        /// Units needed for each.
        public let units: LeverInterval
    }

    /// A unit cost in pounds, with where it comes from.
    public struct UnitCost: Sendable, Equatable {
        /// Pounds a unit.
        public let pounds: LeverInterval
        /// Its source.
        public let source: String
        /// Whether it is an assumption rather than a published figure.
        public let assumed: Bool
    }
}

extension ScenarioDefinition {
    /// The same scenario from another baseline year to another horizon year (for a back-test).
    public func rebased(baseline: Int, horizon: Int) -> ScenarioDefinition {
        var copy = ScenarioDefinition(
            id: id, name: name, description: description, seed: seed, runs: runs, baselineYear: baseline,
            horizonYear: horizon, demography: demography, growth: growth, healthStatus: healthStatus,
            avoidance: avoidance, efficiencies: efficiencies, shift: shift, costs: costs,
            occupancy: occupancy,
            budgetGrowth: budgetGrowth)
        copy.file = file
        copy.baselineLine = baselineLine
        return copy
    }
}
