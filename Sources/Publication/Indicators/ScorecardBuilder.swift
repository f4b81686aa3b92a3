import Engine
import PlacePack
import Store

/// Assembles the ``Scorecard`` from stored results, the pack's strategy and its indicator set.
public struct ScorecardBuilder {
    let store: any PlaceStore
    let strategy: Strategy
    let set: IndicatorSet
    /// The published results it reads (shared, so a server reads each indicator once).
    public let published: PublishedResults

    /// The names of the plans other than the strategy, by set id.
    public static let setNames = [
        ("leeds-plan", "Leeds Health and Care Plan: the obsessions"),
        ("better-lives", "Better Lives (adult social care)"),
        ("cyp", "Children and Young People's Plan"),
    ]

    /// A builder over `store` for the pack's strategy and indicators.
    public init(store: any PlaceStore, pack: PlacePack, unsuppressed: Bool = false) throws {
        let set = try pack.indicators()
        try self.init(
            store: store, strategy: pack.strategy, set: set,
            published: PublishedResults(store: store, set: set, unsuppressed: unsuppressed))
    }

    /// A builder reading through an existing publisher.
    public init(store: any PlaceStore, strategy: Strategy, set: IndicatorSet, published: PublishedResults) {
        self.store = store
        self.strategy = strategy
        self.set = set
        self.published = published
    }

    /// The scorecard of `area` (a city, ward, LCP, PCN or practice code; nil for the city) in
    /// `period` (nil: each indicator's latest).
    public func scorecard(area: String? = nil, period: String? = nil) throws -> Scorecard {
        let place = try AreaDirectory(store: store).area(area)
        let requested = try period.map { text -> Period in
            guard let parsed = Period(text) else { throw EngineError.unknownPeriod(text) }
            return parsed
        }
        func row(_ definition: IndicatorDefinition) throws -> ScorecardRow {
            let series = try published.results(
                indicator: definition.id, breakdown: place.kind, group: place.code)
            let latest = Self.choose(series, requested)
            let inequalities = try published.inequalities(
                indicator: definition.id, area: place.kind == "lcp" ? place.code : nil)
            return ScorecardRow(
                definition: definition, latest: latest, series: series,
                inequality: inequalities.last { $0.period == latest?.period }
                    ?? (latest == nil ? inequalities.last : nil),
                progress: try published.progress(indicator: definition.id))
        }
        let strategyRows = try set.indicators.filter { $0.sets.contains("hws") }.map(row)
        var outcomes: [Scorecard.OutcomeSection] = []
        var served = Set<Int>()
        for outcome in strategy.outcomes {
            let rows = strategyRows.filter { $0.definition.outcome == outcome.number }
            let numbers = Set(rows.compactMap(\.definition.priorities.first)).sorted()
            served.formUnion(numbers)
            outcomes.append(
                Scorecard.OutcomeSection(
                    outcome: outcome,
                    priorities: numbers.compactMap { n in
                        strategy.priority(n).map { priority in
                            Scorecard.PrioritySection(
                                priority: priority, rows: rows.filter { $0.definition.priorities.first == n })
                        }
                    }))
        }
        let sets = try Self.setNames.map { id, name in
            Scorecard.SetSection(
                id: id, name: name, rows: try set.indicators.filter { $0.sets.contains(id) }.map(row))
        }
        return Scorecard(
            vision: strategy.vision, synthetic: try store.dataset()["synthetic"] == "true", area: place.code,
            areaName: place.name, breakdown: place.kind, period: period, outcomes: outcomes,
            otherPriorities: strategy.priorities.filter { !served.contains($0.number) }, sets: sets,
            unsuppressed: published.unsuppressed)
    }

    /// The result for the requested period: its own label, else the latest period that does not
    /// reach beyond it; with no request, the latest.
    static func choose(_ series: [PublishedResult], _ requested: Period?) -> PublishedResult? {
        guard let requested else { return series.last }
        if let exact = series.last(where: { $0.period == requested.label }) { return exact }
        let (startYear, endYear) = (requested.start.year, requested.end.year)
        return series.last { r in
            guard let p = Period(r.period) else { return false }
            let financial = r.period.contains("/")
            return p.start.year <= startYear && p.end.year <= endYear + (financial ? 1 : 0)
        }
    }
}
