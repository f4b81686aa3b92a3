import PlaceModel
import PlacePack
import Statistics
import Store

/// Computes indicators from their definitions for every period, breakdown and group.
public struct IndicatorEngine {
    let store: any PlaceStore
    let persons: PersonIndex
    let years: ClosedRange<Int>
    private let cache = CubeCache()

    /// An engine over the place in `store` (persons and areas are indexed once).
    public init(store: any PlaceStore, years: ClosedRange<Int> = 2014...2023) throws {
        self.store = store
        persons = try PersonIndex(store: store)
        self.years = years
    }

    /// Every result of one indicator.
    public func compute(_ definition: IndicatorDefinition) throws -> [IndicatorResult] {
        if definition.method == .aggregate { return try aggregate(definition) }
        guard let numeratorSelection = definition.numerator, let denominatorSelection = definition.denominator
        else {
            throw EngineError.badDefinition(definition.id, "a numerator and a denominator are required")
        }
        let periods = IndicatorPeriods(definition.period, years: years)
        let counter = SelectionCounter(store: store, persons: persons, periods: periods)
        let numerator = try cache.cube(numeratorSelection, definition.period) {
            try counter.count(numeratorSelection)
        }
        let denominator = try cache.cube(denominatorSelection, definition.period) {
            try counter.count(denominatorSelection)
        }
        var results: [IndicatorResult] = []
        for breakdown in Breakdown.selected(definition.breakdowns, persons: persons) {
            let num = Self.rollUp(numerator, breakdown, periods)
            let den = Self.rollUp(denominator, breakdown, periods)
            for key in den.keys.sorted(by: { ($0.period, $0.group) < ($1.period, $1.group) }) {
                let n = num[key] ?? Array(repeating: 0, count: 19)
                let d = den[key]!
                let estimate = try? Self.estimate(definition, numerator: n, denominator: d)
                results.append(
                    Self.result(
                        definition.id, periods.periods[key.period].label, breakdown.name, key.group,
                        n.reduce(0, +), d.reduce(0, +), estimate))
            }
        }
        return results
    }

    struct GroupKey: Hashable {
        let period: Int
        let group: String
    }

    /// Sums a cube into (period, group) with values by age band.
    static func rollUp(_ cube: Cube, _ breakdown: Breakdown, _ periods: IndicatorPeriods) -> [GroupKey:
        [Double]]
    {
        var byBase: [Int: [String: [Double]]] = [:]
        for (key, amount) in cube.values {
            let parts = Cube.parts(key)
            guard let group = breakdown.group(parts) else { continue }
            byBase[parts.base, default: [:]][group, default: Array(repeating: 0, count: 19)][parts.band] +=
                amount
        }
        var out: [GroupKey: [Double]] = [:]
        for (index, members) in periods.members.enumerated() {
            for base in members {
                for (group, bands) in byBase[base] ?? [:] {
                    let key = GroupKey(period: index, group: group)
                    var total = out[key] ?? Array(repeating: 0, count: 19)
                    for band in 0..<19 { total[band] += bands[band] }
                    out[key] = total
                }
            }
        }
        return out
    }

    static func estimate(_ definition: IndicatorDefinition, numerator n: [Double], denominator d: [Double])
        throws
        -> Estimate
    {
        let x = n.reduce(0, +)
        let total = d.reduce(0, +)
        switch definition.method {
        case .proportion:
            return try Proportion.estimate(
                numerator: x, denominator: total, multiplier: definition.multiplier)
        case .crudeRate:
            return try CrudeRate.estimate(numerator: x, denominator: total, multiplier: definition.multiplier)
        case .dsr:
            var accumulator = DirectlyStandardisedRate.Accumulator()
            let standard = StandardPopulation.esp2013.populations
            for band in 0..<19 where d[band] > 0 {
                try accumulator.add(count: n[band], population: d[band], standardPopulation: standard[band])
            }
            return try accumulator.estimate(multiplier: definition.multiplier)
        case .mean, .aggregate:
            throw EngineError.badDefinition(
                definition.id, "method \(definition.method.rawValue) is not computed from counts")
        }
    }

    static func result(
        _ id: String, _ period: String, _ breakdown: String, _ group: String, _ numerator: Double,
        _ denominator: Double?, _ estimate: Estimate?
    ) -> IndicatorResult {
        let i95 = estimate?.interval(at: 0.95)
        let i998 = estimate?.interval(at: 0.998)
        return IndicatorResult(
            indicator: id, period: period, breakdown: breakdown, group: group, numerator: numerator,
            denominator: denominator, value: estimate?.value, lower95: i95?.lower, upper95: i95?.upper,
            lower998: i998?.lower, upper998: i998?.upper)
    }
}
