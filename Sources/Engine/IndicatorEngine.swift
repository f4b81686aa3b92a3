import PlaceModel
import PlacePack
import Statistics
import Store

/// Computes indicators from their definitions for every period, breakdown and group.
public struct IndicatorEngine: Sendable {
    let store: any PlaceStore
    let persons: PersonIndex
    let layout: GroupLayout
    let years: ClosedRange<Int>
    let cache = CountsCache()

    /// An engine over the place in `store` (persons and areas are indexed once).
    public init(store: any PlaceStore, years: ClosedRange<Int> = 2014...2023) throws {
        self.store = store
        persons = try PersonIndex(store: store)
        layout = GroupLayout(persons)
        self.years = years
    }

    /// Every result of one indicator, by breakdown, then period, then group.
    public func compute(_ definition: IndicatorDefinition) throws -> [IndicatorResult] {
        if definition.method == .aggregate { return try aggregate(definition) }
        guard let numeratorSelection = definition.numerator, let denominatorSelection = definition.denominator
        else {
            throw EngineError.badDefinition(definition.id, "a numerator and a denominator are required")
        }
        let periods = IndicatorPeriods(definition.period, years: years)
        let counter = SelectionCounter(store: store, persons: persons, layout: layout, periods: periods)
        let numerator = try cache.counts(numeratorSelection, definition.period) {
            try counter.count(numeratorSelection)
        }
        let denominator = try cache.counts(denominatorSelection, definition.period) {
            try counter.count(denominatorSelection)
        }
        var results: [IndicatorResult] = []
        for breakdown in GroupLayout.selected(definition.breakdowns) {
            for (index, period) in periods.periods.enumerated() {
                let bases = periods.members[index]
                for group in layout.members[breakdown] ?? [] {
                    let d = denominator.bands(group: group, bases: bases)
                    guard d.contains(where: { $0 != 0 }) else { continue }
                    let n = numerator.bands(group: group, bases: bases)
                    let estimate = try? Self.estimate(definition, numerator: n, denominator: d)
                    results.append(
                        Self.result(
                            definition.id, period.label, breakdown, layout.groups[group].code, n.reduce(0, +),
                            d.reduce(0, +), estimate))
                }
            }
        }
        return results
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
