/// The levers of one Monte Carlo run: each of the scenario's 80% intervals sampled once, in a fixed
/// order (docs/scenarios.md), from the run's own random numbers.
struct RunLevers {
    /// The migration variant drawn (index into ``ScenarioModel/variants``).
    var variant = 0
    /// Growth a year beyond demography, by ``ActivitySetting``.
    var growth = [Double](repeating: 0, count: ActivitySetting.allCases.count)
    /// Growth a year of bed days an admission, beyond demography.
    var bedDayGrowth = 0.0
    /// Years of better health at the same age by the horizon.
    var healthYears = 0.0
    /// Share of eligible activity avoided by the horizon, by ``ScenarioLevers/mitigators``.
    var avoidance = [Double](repeating: 0, count: ScenarioLevers.mitigators.count)
    /// Share of length of stay (days not delayed) removed by the horizon.
    var lengthOfStay = 0.0
    /// Share of delayed days removed by the horizon.
    var delayedDays = 0.0
    /// Units of each community service (``ScenarioLevers/communityUnits``) per avoided admission or
    /// bed day.
    var units = [Double](repeating: 0, count: ScenarioLevers.communityUnits.count)
    /// Whether each community service's units are per avoided bed day (else per avoided admission).
    var perBedDay = [Bool](repeating: false, count: ScenarioLevers.communityUnits.count)
    /// Unit costs in pounds, by ``ScenarioLevers/costed``.
    var costs = [Double](repeating: 0, count: ScenarioLevers.costed.count)
    /// Bed occupancy.
    var occupancy = 1.0
    /// Budget growth a year.
    var budgetGrowth = 0.0

    /// The flag each mitigator acts on, in ``ScenarioLevers/mitigators`` order.
    static let mitigatorFlags: [ActivityFlags] = [
        .ambulatoryCareSensitive, .frail, .endOfLife, .readmission, .frequentAttender,
    ]

    /// Samples the levers of `scenario` for a model whose variants and weights are `model`'s.
    init(_ scenario: ScenarioDefinition, _ model: ScenarioModel, _ random: inout RunRandom) {
        let u = random.uniform()
        var cumulative = 0.0
        variant = model.variants.count - 1
        for (v, weight) in model.weights.enumerated() {
            cumulative += weight
            if u < cumulative {
                variant = v
                break
            }
        }
        let growthRange = -1.0...1.0
        for setting in ActivitySetting.allCases {
            if let interval = scenario.growth[setting.name] {
                growth[setting.rawValue] = random.sample(interval, within: growthRange)
            }
        }
        if let interval = scenario.growth["bed_days"] {
            bedDayGrowth = random.sample(interval, within: growthRange)
        }
        healthYears = random.sample(scenario.healthStatus, within: -10...10)
        for (m, name) in ScenarioLevers.mitigators.enumerated() {
            if let interval = scenario.avoidance[name] {
                avoidance[m] = random.sample(interval, within: 0...1)
            }
        }
        if let interval = scenario.efficiencies["length_of_stay_reduction"] {
            lengthOfStay = random.sample(interval, within: 0...1)
        }
        if let interval = scenario.efficiencies["delayed_days_removed"] {
            delayedDays = random.sample(interval, within: 0...1)
        }
        for (c, name) in ScenarioLevers.communityUnits.enumerated() {
            guard let shift = scenario.shift[name] else { continue }
            units[c] = random.sample(shift.units, within: 0...(.infinity))
            perBedDay[c] = shift.per == "avoided_bed_day"
        }
        for (c, name) in ScenarioLevers.costed.enumerated() {
            if let cost = scenario.costs[name] {
                costs[c] = random.sample(cost.pounds, within: 0...(.infinity))
            }
        }
        occupancy = random.sample(scenario.occupancy, within: 0.01...1)
        budgetGrowth = random.sample(scenario.budgetGrowth, within: growthRange)
    }

    /// The share of a group's activity kept at fraction `f` of the way to the horizon: each of its
    /// mitigators avoids its share times `f`, one after another.
    func keep(_ flags: UInt8, _ f: Double) -> Double {
        var keep = 1.0
        for (m, flag) in Self.mitigatorFlags.enumerated() where flags & flag.rawValue != 0 {
            keep *= 1 - avoidance[m] * f
        }
        return keep
    }
}
