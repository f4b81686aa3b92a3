/// A scenario's model and levers as the NumPy peer in bench/ reads them (`scenario run
/// --export-model`): the levers flattened in the order ``RunLevers`` samples them, a lever not in
/// the file as an interval of zero width at 0.
public struct ScenarioExport: Sendable, Codable {
    /// The model the runs start from.
    public let model: ScenarioModel
    /// Growth a year by setting (``ActivitySetting`` order), as [low, high].
    public let growth: [[Double]]
    /// Growth a year of bed days an admission.
    public let bedDayGrowth: [Double]
    /// Years of better health by the horizon.
    public let healthYears: [Double]
    /// Avoidance by mitigator (``ScenarioLevers/mitigators`` order).
    public let avoidance: [[Double]]
    /// The mitigators' flags (``ActivityFlags`` bits), in the same order.
    public let mitigatorFlags: [UInt8]
    /// Length of stay reduction.
    public let lengthOfStay: [Double]
    /// Delayed days removed.
    public let delayedDays: [Double]
    /// Community units (``ScenarioLevers/communityUnits`` order).
    public let units: [[Double]]
    /// Whether each community service's units are per avoided bed day.
    public let perBedDay: [Bool]
    /// Unit costs (``ScenarioLevers/costed`` order).
    public let costs: [[Double]]
    /// Occupancy.
    public let occupancy: [Double]
    /// Budget growth a year.
    public let budgetGrowth: [Double]

    /// The export of `scenario` on `model`.
    public init(model: ScenarioModel, scenario: ScenarioDefinition) {
        func pair(_ interval: LeverInterval?) -> [Double] { [interval?.low ?? 0, interval?.high ?? 0] }
        self.model = model
        growth = ActivitySetting.allCases.map { pair(scenario.growth[$0.name]) }
        bedDayGrowth = pair(scenario.growth["bed_days"])
        healthYears = pair(scenario.healthStatus)
        avoidance = ScenarioLevers.mitigators.map { pair(scenario.avoidance[$0]) }
        mitigatorFlags = RunLevers.mitigatorFlags.map(\.rawValue)
        lengthOfStay = pair(scenario.efficiencies["length_of_stay_reduction"])
        delayedDays = pair(scenario.efficiencies["delayed_days_removed"])
        units = ScenarioLevers.communityUnits.map { pair(scenario.shift[$0]?.units) }
        perBedDay = ScenarioLevers.communityUnits.map { scenario.shift[$0]?.per == "avoided_bed_day" }
        costs = ScenarioLevers.costed.map { pair(scenario.costs[$0]?.pounds) }
        occupancy = pair(scenario.occupancy)
        budgetGrowth = pair(scenario.budgetGrowth)
    }
}
