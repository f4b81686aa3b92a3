import Foundation

/// Positions of the unit costs in ``RunLevers/costs`` (``ScenarioLevers/costed`` order).
enum Cost {
    static let emergency = 0
    static let elective = 1
    static let bedDay = 2
    static let ae = 3
    static let careHome = 4
    static let reablement = 5
    /// The cost of each community service of ``ScenarioLevers/communityUnits``, in its order.
    static let community = [6, 5, 7, 8]
    /// The cost of a record of each ``ActivitySetting``.
    static let setting = [emergency, elective, ae, careHome, reablement]
}

extension RunSimulation {
    /// The community services' measures, in ``ScenarioLevers/communityUnits`` order.
    static let communityMeasures: [ScenarioMeasure] = [
        .communityBedDays, .communityReablement, .homeCareHours, .neighbourhoodContacts,
    ]
    /// The cost measures that make up the total.
    static let costMeasures: [ScenarioMeasure] = [
        .costEmergency, .costElective, .costBedDays, .costAE, .costCareHome, .costReablement, .costCommunity,
    ]

    /// Completes model area `a`'s measures of year `t` (population, the shift to community, costs,
    /// budget, money released) and adds them to the city, its LCP and its decile.
    mutating func finishArea(
        _ a: Int, _ t: Int, _ levers: RunLevers, _ out: UnsafeMutableBufferPointer<Double>
    ) {
        let c = levers.costs
        let v = levers.variant
        area[ScenarioMeasure.population.index] =
            model.population[(v * (model.years + 1) + t) * model.areaCount + a]
        let avoidedAdmissions = area[ScenarioMeasure.avoidedAdmissions.index]
        let avoidedBedDays =
            area[ScenarioMeasure.avoidedBedDays.index] + area[ScenarioMeasure.efficiencyBedDays.index]
        for (i, measure) in Self.communityMeasures.enumerated() {
            let units = levers.units[i] * (levers.perBedDay[i] ? avoidedBedDays : avoidedAdmissions)
            area[measure.index] += units
            area[ScenarioMeasure.costCommunity.index] += units * c[Cost.community[i]]
        }
        let total = Self.costMeasures.reduce(0.0) { $0 + area[$1.index] }
        area[ScenarioMeasure.costTotal.index] = total
        if t == 0 { baseCost[a] = total }
        area[ScenarioMeasure.budget.index] = baseCost[a] * pow(1 + levers.budgetGrowth, Double(t))
        area[ScenarioMeasure.released.index] =
            avoidedAdmissions * c[Cost.emergency] + avoidedBedDays * c[Cost.bedDay]
            + area[ScenarioMeasure.avoidedAttendances.index] * c[Cost.ae]
        let lcp = a / 11
        let targets = [0, lcp < layout.lcpCount ? 1 + lcp : nil, layout.decileArea(a % 11)].compactMap { $0 }
        for (m, value) in area.enumerated() where value != 0 {
            for target in targets { out[layout.index(m, target, t)] += value }
        }
    }

    /// Works out year `t`'s measures that are not sums (per 100,000, beds, gaps) for every output
    /// area, and the city's deprived gap.
    func finishYear(_ t: Int, _ levers: RunLevers, _ out: UnsafeMutableBufferPointer<Double>) {
        func value(_ measure: ScenarioMeasure, _ o: Int) -> Double { out[layout.index(measure.index, o, t)] }
        for o in layout.areas.indices {
            let bedDays = value(.bedDays, o)
            let population = value(.population, o)
            out[layout.index(ScenarioMeasure.bedDaysPer100k.index, o, t)] =
                population > 0 ? bedDays / population * 100_000 : 0
            out[layout.index(ScenarioMeasure.beds.index, o, t)] = bedDays / 365 / levers.occupancy
            out[layout.index(ScenarioMeasure.financialGap.index, o, t)] =
                value(.costTotal, o) - value(.budget, o)
            out[layout.index(ScenarioMeasure.netReleased.index, o, t)] =
                value(.released, o) - value(.costCommunity, o)
        }
        let deprived = layout.decileArea(1)!
        let rest = (2...10).map { layout.decileArea($0)! }
        let restPopulation = rest.reduce(0.0) { $0 + value(.population, $1) }
        let restAdmissions = rest.reduce(0.0) { $0 + value(.emergencyAdmissions, $1) }
        let deprivedPopulation = value(.population, deprived)
        out[layout.index(ScenarioMeasure.deprivedGap.index, 0, t)] =
            deprivedPopulation > 0 && restPopulation > 0
            ? (value(.emergencyAdmissions, deprived) / deprivedPopulation - restAdmissions / restPopulation)
                * 1000
            : 0
    }

    /// The run's waterfall from the baseline to the horizon, in expectation: the total cost and the
    /// hospital bed days after each step (``ScenarioOutcome/steps``), as changes.
    func waterfall(_ levers: RunLevers, _ out: UnsafeMutableBufferPointer<Double>) {
        let settings = ActivitySetting.allCases.count
        let c = levers.costs
        let bedDays = steps.map { step in (0..<settings).reduce(0.0) { $0 + step[settings + $1] } }
        let costs = steps.indices.map { i in
            (0..<settings).reduce(bedDays[i] * c[Cost.bedDay]) { $0 + steps[i][$1] * c[Cost.setting[$1]] }
        }
        let emergency = ActivitySetting.emergencyAdmission.rawValue
        let avoidedAdmissions = steps[3][emergency] - steps[4][emergency]
        let avoidedBedDays = bedDays[3] - bedDays[5]
        let shift = (0..<levers.units.count).reduce(0.0) { sum, i in
            sum + levers.units[i] * (levers.perBedDay[i] ? avoidedBedDays : avoidedAdmissions)
                * c[Cost.community[i]]
        }
        let costSteps = [costs[0]] + (1..<6).map { costs[$0] - costs[$0 - 1] } + [shift, costs[5] + shift]
        let bedSteps = [bedDays[0]] + (1..<6).map { bedDays[$0] - bedDays[$0 - 1] } + [0, bedDays[5]]
        for (i, value) in (costSteps + bedSteps).enumerated() { out[layout.width + i] = value }
    }
}
