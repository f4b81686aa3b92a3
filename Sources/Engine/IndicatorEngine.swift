import PlaceColumns
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

    /// An engine over the place in `store`, counting on `columns`, the store's shared columnar model
    /// (opened from its snapshot, or read from the store on `readers` too, when not given).
    public init(
        store: any PlaceStore, readers: [any PlaceStore] = [], years: ClosedRange<Int> = 2014...2023,
        columns: PlaceColumns? = nil
    ) throws {
        self.store = store
        let model = try columns ?? PlaceColumns.open(store, readers: readers)
        persons = PersonIndex(columns: model, cityCode: try store.dataset()["city_code"] ?? "city")
        layout = GroupLayout(persons)
        self.years = years
    }

    /// Every result of one indicator, by breakdown, then period, then group.
    public func compute(_ definition: IndicatorDefinition) throws -> [IndicatorResult] {
        if definition.method == .aggregate { return try aggregate(definition) }
        return try rows(definition, breakdowns: GroupLayout.selected(definition.breakdowns))
    }

    /// Results within each LCP (its deciles, its deprived areas and the rest), for the LCP's own
    /// inequality; empty unless the indicator allows deciles. Not published as results.
    func withinLCP(_ definition: IndicatorDefinition) throws -> [IndicatorResult] {
        guard definition.method != .aggregate, definition.breakdowns.contains(.decile) else { return [] }
        return try rows(definition, breakdowns: GroupLayout.withinLCP)
    }

    /// The deprivation results (deprived and rest, the deciles, and within each LCP) on the basis
    /// of the indicator's inequality figures: directly age-standardised rates (ESP 2013) of the same
    /// counts when its basis is ``InequalityBasis/Kind/ageStandardised``, else its own results.
    /// Not published as results: the inequality analysis reads them.
    func forInequality(_ definition: IndicatorDefinition, computed: [IndicatorResult]) throws
        -> [IndicatorResult]
    {
        let deprivation = ["deprivation", "decile"]
        guard definition.inequality.kind == .ageStandardised else {
            return computed.filter { deprivation.contains($0.breakdown) } + (try withinLCP(definition))
        }
        let within = definition.breakdowns.contains(.decile) ? GroupLayout.withinLCP : []
        let breakdowns = GroupLayout.selected(definition.breakdowns).filter { deprivation.contains($0) }
        return try rows(definition, breakdowns: breakdowns + within, method: .dsr)
    }

    /// The results of `breakdowns`, estimated by `method` (the definition's own unless given).
    private func rows(
        _ definition: IndicatorDefinition, breakdowns: [String], method: IndicatorDefinition.Method? = nil
    ) throws -> [IndicatorResult] {
        let periods = IndicatorPeriods(definition.period, years: years)
        let counter = SelectionCounter(persons: persons, layout: layout, periods: periods)
        let counts = try CountPlan.plans(definition).map { plan in
            try cache.counts(plan) { try counter.count(plan) }
        }
        let city = layout.members["city"]?.first ?? 0
        var results: [IndicatorResult] = []
        for breakdown in breakdowns {
            for (index, period) in periods.periods.enumerated() {
                let bases = periods.members[index]
                let reference = counts.map { $0.bands(group: city, bases: bases) }
                for group in layout.members[breakdown] ?? [] {
                    let slots = counts.map { $0.bands(group: group, bases: bases) }
                    // A group with events but no population at the middle of the year (someone
                    // who arrived after it) keeps its row, without a value, so tables still add up.
                    let denominator = slots[definition.method == .mean ? 2 : 1]
                    guard denominator.contains(where: { $0 != 0 }) || slots[0].contains(where: { $0 != 0 })
                    else {
                        continue
                    }
                    let estimate = try? Self.estimate(
                        definition, slots, reference: reference, method: method)
                    results.append(
                        Self.result(
                            definition.id, period.label, breakdown, layout.groups[group].code,
                            Self.total(slots[0]), Self.total(slots[definition.method == .mean ? 2 : 1]),
                            estimate))
                }
            }
        }
        return results
    }

    /// The sum of the age bands (not the under-ones' slot, which they include).
    static func total(_ slots: [Double]) -> Double { slots.prefix(GroupCounts.bands).reduce(0, +) }

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
