import Foundation

/// One worker's simulation of runs, with its scratch space: each run's levers, then each year's
/// activity, area by area (formulas in docs/scenarios.md).
struct RunSimulation {
    let model: ScenarioModel
    let scenario: ScenarioDefinition
    let layout: RunLayout
    /// One model area's additive measures.
    var area: [Double]
    /// Each model area's baseline cost, this run.
    var baseCost: [Double]
    /// The waterfall's sums at the horizon, by step and setting: records and bed days.
    var steps: [[Double]]

    init(model: ScenarioModel, scenario: ScenarioDefinition, layout: RunLayout) {
        (self.model, self.scenario, self.layout) = (model, scenario, layout)
        area = Array(repeating: 0, count: ScenarioMeasure.additive.count)
        baseCost = Array(repeating: 0, count: model.areaCount)
        steps = Array(repeating: Array(repeating: 0, count: 2 * ActivitySetting.allCases.count), count: 6)
    }

    /// Simulates run `run` of `seed` into `out` (its row: ``RunLayout``).
    mutating func simulate(seed: UInt64, run: Int, into out: UnsafeMutableBufferPointer<Double>) {
        var random = RunRandom(seed: seed, run: run)
        let levers = RunLevers(scenario, model, &random)
        for i in steps.indices { for j in steps[i].indices { steps[i][j] = 0 } }
        for t in 0...model.years { year(t, levers, &random, out) }
        waterfall(levers, out)
    }

    /// Year `t` (0 the baseline, observed) of the run.
    private mutating func year(
        _ t: Int, _ levers: RunLevers, _ random: inout RunRandom, _ out: UnsafeMutableBufferPointer<Double>
    ) {
        let f = model.years > 0 ? Double(t) / Double(model.years) : 0
        let settings = ActivitySetting.allCases.count
        var women = [Double](repeating: 1, count: settings)
        var men = women
        var growth = women
        for s in 0..<settings {
            women[s] = exp(-model.slopes[s * 2] * levers.healthYears * f)
            men[s] = exp(-model.slopes[s * 2 + 1] * levers.healthYears * f)
            growth[s] = pow(1 + levers.growth[s], Double(t))
        }
        let bedDayGrowth = pow(1 + levers.bedDayGrowth, Double(t))
        let keep = (0..<32).map { levers.keep(UInt8($0), f) }
        let (los, delayed) = (levers.lengthOfStay * f, levers.delayedDays * f)
        let groups = model.groups
        let horizon = t == model.years && t > 0
        model.expected.withUnsafeBufferPointer { e in
            var g = 0
            for a in 0..<model.areaCount {
                for i in area.indices { area[i] = 0 }
                while g < groups.count, groups[g].area == a {
                    let s = groups[g].setting
                    var (kept, avoided, keptNotDelayed, keptDelayed, avoidedBedDays) = (
                        0.0, 0.0, 0.0, 0.0, 0.0
                    )
                    while g < groups.count, groups[g].area == a, groups[g].setting == s {
                        let o = model.offset(variant: levers.variant, year: t, group: g)
                        let demography = e[o] + e[o + 1] + e[o + 2]
                        let records = e[o] + e[o + 1] * women[s] + e[o + 2] * men[s]
                        let bedGrowth = growth[s] * bedDayGrowth
                        let healthyNotDelayed = e[o + 3] + e[o + 4] * women[s] + e[o + 5] * men[s]
                        let healthyDelayed = e[o + 6] + e[o + 7] * women[s] + e[o + 8] * men[s]
                        let notDelayed = healthyNotDelayed * bedGrowth
                        let delayedDays = healthyDelayed * bedGrowth
                        let k = keep[Int(groups[g].flags)]
                        let grown = records * growth[s]
                        kept += grown * k
                        avoided += grown * (1 - k)
                        keptNotDelayed += notDelayed * k
                        keptDelayed += delayedDays * k
                        avoidedBedDays += (notDelayed + delayedDays) * (1 - k)
                        if horizon {
                            let base = model.offset(variant: levers.variant, year: 0, group: g)
                            let allBedDays = notDelayed + delayedDays
                            addStep(
                                0, s, e[base] + e[base + 1] + e[base + 2],
                                (3..<9).reduce(0.0) { $0 + e[base + $1] })
                            addStep(1, s, demography, (3..<9).reduce(0.0) { $0 + e[o + $1] })
                            addStep(2, s, records, healthyNotDelayed + healthyDelayed)
                            addStep(3, s, grown, allBedDays)
                            addStep(4, s, grown * k, allBedDays * k)
                            addStep(
                                5, s, grown * k, (notDelayed * (1 - los) + delayedDays * (1 - delayed)) * k)
                        }
                        g += 1
                    }
                    let keptCount = t == 0 ? kept : Double(random.poisson(kept))
                    let avoidedCount = t == 0 || avoided <= 0 ? 0 : Double(random.poisson(avoided))
                    record(
                        ActivitySetting(rawValue: s)!, levers, keptCount, avoidedCount,
                        notDelayed: kept > 0 ? keptNotDelayed / kept : 0,
                        delayed: kept > 0 ? keptDelayed / kept : 0,
                        avoidedPer: avoided > 0 ? avoidedBedDays / avoided : 0, los: los,
                        delayedShare: delayed)
                }
                finishArea(a, t, levers, out)
            }
        }
        finishYear(t, levers, out)
    }

    /// Adds expected records and bed days of setting `s` to waterfall step `step`.
    @inline(__always) private mutating func addStep(
        _ step: Int, _ s: Int, _ records: Double, _ bedDays: Double
    ) {
        steps[step][s] += records
        steps[step][ActivitySetting.allCases.count + s] += bedDays
    }

    /// Adds a setting's kept and avoided counts of one area and year to ``area``.
    private mutating func record(
        _ setting: ActivitySetting, _ levers: RunLevers, _ kept: Double, _ avoided: Double,
        notDelayed: Double,
        delayed: Double, avoidedPer: Double, los: Double, delayedShare: Double
    ) {
        let c = levers.costs
        switch setting {
        case .emergencyAdmission, .electiveAdmission:
            let bedDays = kept * (notDelayed * (1 - los) + delayed * (1 - delayedShare))
            area[ScenarioMeasure.bedDays.index] += bedDays
            area[ScenarioMeasure.efficiencyBedDays.index] +=
                kept * (notDelayed * los + delayed * delayedShare)
            area[ScenarioMeasure.avoidedBedDays.index] += avoided * avoidedPer
            area[ScenarioMeasure.costBedDays.index] += bedDays * c[Cost.bedDay]
            if setting == .emergencyAdmission {
                area[ScenarioMeasure.emergencyAdmissions.index] += kept
                area[ScenarioMeasure.avoidedAdmissions.index] += avoided
                area[ScenarioMeasure.costEmergency.index] += kept * c[Cost.emergency]
            } else {
                area[ScenarioMeasure.electiveAdmissions.index] += kept
                area[ScenarioMeasure.costElective.index] += kept * c[Cost.elective]
            }
        case .aeAttendance:
            area[ScenarioMeasure.aeAttendances.index] += kept
            area[ScenarioMeasure.avoidedAttendances.index] += avoided
            area[ScenarioMeasure.costAE.index] += kept * c[Cost.ae]
        case .careHomeAdmission:
            area[ScenarioMeasure.careHomeAdmissions.index] += kept
            area[ScenarioMeasure.costCareHome.index] += kept * c[Cost.careHome]
        case .reablementEpisode:
            area[ScenarioMeasure.reablementEpisodes.index] += kept
            area[ScenarioMeasure.costReablement.index] += kept * c[Cost.reablement]
        }
    }
}
