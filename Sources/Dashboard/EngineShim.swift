// TEMPORARY: stands in for Engine's published-results API until it lands on main.
import Engine
import PlacePack
import Statistics
import Store

struct PublishedResult: Sendable {
    var indicator, period, breakdown, group: String
    var suppressed: Bool
    var numerator, denominator, value, lower95, upper95, lower998, upper998: Double?
    var benchmark: Double?
    var benchmarkLabel: String?
    var comparison95, comparison998: BenchmarkComparison.Result?
    var assessment: BenchmarkComparison.Assessment?
    var trend: TrendTest.Direction?
    var trendText: String?
}

struct PublishedInequality: Sendable {
    var indicator, period: String
    var suppressed: Bool
    var deprived, rest, gapAbsolute, gapAbsoluteLower, gapAbsoluteUpper, gapRelative, gapRelativeLower,
        gapRelativeUpper, sii, siiLower, siiUpper, rii, riiLower, riiUpper: Double?
}

struct PoorestProgress: Sendable {
    enum Answer: Sendable {
        case yes, no, unclear
        var text: String { "Not yet known." }
    }
    var indicator, firstPeriod, lastPeriod: String
    var answer: Answer
    var gapFirst, gapLast, change, changeLower, changeUpper: Double?
}

struct PublishedResults: Sendable {
    let store: any PlaceStore
    let set: IndicatorSet
    var unsuppressed = false

    init(store: any PlaceStore, set: IndicatorSet, unsuppressed: Bool = false) {
        self.store = store
        self.set = set
        self.unsuppressed = unsuppressed
    }

    func results(indicator: String, breakdown: String, period: String? = nil) throws -> [PublishedResult] {
        let raw = try IndicatorResults(store: store).results(
            indicator: indicator, breakdown: breakdown, period: period)
        let definition = set.indicator(indicator)
        return Suppression.apply(raw, threshold: set.suppressionThreshold).map { p in
            let r = p.result
            let s = p.suppressed && !unsuppressed
            let bench = definition?.benchmark?.england
            var cmp: BenchmarkComparison.Result?
            if !s, let bench, let l = r.lower95, let u = r.upper95 {
                cmp = BenchmarkComparison.compare(lower: l, upper: u, benchmark: bench)
            }
            let polarity: BenchmarkComparison.Polarity =
                definition?.polarity == .higherIsBetter
                ? .highIsGood : definition?.polarity == .lowerIsBetter ? .lowIsGood : .noJudgement
            return PublishedResult(
                indicator: r.indicator, period: r.period, breakdown: r.breakdown, group: r.group,
                suppressed: s,
                numerator: s ? nil : r.numerator, denominator: r.denominator, value: s ? nil : r.value,
                lower95: s ? nil : r.lower95, upper95: s ? nil : r.upper95, lower998: s ? nil : r.lower998,
                upper998: s ? nil : r.upper998, benchmark: bench,
                benchmarkLabel: bench == nil ? nil : "England (assumed)",
                comparison95: cmp, comparison998: nil,
                assessment: cmp.map { BenchmarkComparison.assess($0, polarity: polarity) },
                trend: nil, trendText: nil)
        }
    }

    func inequalities(indicator: String) throws -> [PublishedInequality] { [] }
    func progress(indicator: String) throws -> PoorestProgress? { nil }
    func computedAt() throws -> String? { nil }
}

struct ScorecardRow: Sendable {
    var definition: IndicatorDefinition
    var latest: PublishedResult?
    var series: [PublishedResult]
    var inequality: PublishedInequality?
    var progress: PoorestProgress?
}

struct PrioritySection: Sendable {
    var priority: Priority
    var rows: [ScorecardRow]
}

struct OutcomeSection: Sendable {
    var outcome: Outcome
    var priorities: [PrioritySection]
}

struct SetSection: Sendable {
    var id, name: String
    var rows: [ScorecardRow]
}

struct Scorecard: Sendable {
    var vision: String
    var synthetic: Bool
    var area: String
    var areaName: String
    var breakdown: String
    var period: String?
    var outcomes: [OutcomeSection]
    var sets: [SetSection]
}

struct ScorecardBuilder {
    let store: any PlaceStore
    let pack: PlacePack
    let set: IndicatorSet

    init(store: any PlaceStore, pack: PlacePack, unsuppressed: Bool = false) throws {
        self.store = store
        self.pack = pack
        set = try pack.indicators()
    }

    func scorecard(area: String? = nil, period: String? = nil) throws -> Scorecard {
        let reader = PublishedResults(store: store, set: set)
        let city = try store.dataset()["city_code"] ?? ""
        let g = pack.geography
        let code = area ?? city
        let breakdown =
            area == nil
            ? "city" : g.ward(code) != nil ? "ward" : g.localCarePartnership(code) != nil ? "lcp" : "pcn"
        func row(_ d: IndicatorDefinition) throws -> ScorecardRow {
            let series = try reader.results(indicator: d.id, breakdown: breakdown).filter { $0.group == code }
            return ScorecardRow(
                definition: d, latest: series.last, series: series, inequality: nil, progress: nil)
        }
        let outcomes = try pack.strategy.outcomes.map { o in
            OutcomeSection(
                outcome: o,
                priorities: try pack.strategy.priorities.compactMap { p in
                    let rows = try set.indicators.filter {
                        $0.outcome == o.number && $0.priorities.contains(p.number)
                    }.map(row)
                    return rows.isEmpty ? nil : PrioritySection(priority: p, rows: rows)
                })
        }
        let sets = try [
            ("leeds-plan", "Leeds Health and Care Plan"), ("better-lives", "Better Lives"),
            ("cyp", "Children and Young People's Plan"),
        ].map {
            id, name in
            SetSection(id: id, name: name, rows: try set.indicators.filter { $0.sets.contains(id) }.map(row))
        }
        return Scorecard(
            vision: pack.strategy.vision, synthetic: try store.dataset()["synthetic"] == "true", area: code,
            areaName: area.map { g.ward($0)?.name ?? $0 } ?? pack.name, breakdown: breakdown, period: period,
            outcomes: outcomes, sets: sets)
    }
}
