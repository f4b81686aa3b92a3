import PlaceModel
import Publication
import Engine
import Foundation
import PlacePack
import Store
import Testing

/// The scorecard and published results on a small SYNTHETIC Leeds with every indicator computed.
@Suite(.serialized) struct ScorecardTests {
    static let computed: Result<SQLiteStore, any Error> = Result {
        let store = try SynthFixture.synthesise(persons: 3_000, seed: 5)
        try IndicatorComputation(store: store, set: SynthFixture.leeds().indicators()).run()
        return store
    }

    @Test func theScorecardListsEveryStrategyIndicatorOnceUnderItsOutcome() throws {
        let store = try Self.computed.get()
        let pack = try SynthFixture.leeds()
        let card = try ScorecardBuilder(store: store, pack: pack).scorecard()
        #expect(card.synthetic && card.breakdown == "city")
        #expect(card.outcomes.map(\.outcome.number) == [1, 2, 3, 4, 5])
        let ids = card.outcomes.flatMap { $0.priorities.flatMap { $0.rows.map(\.definition.id) } }
        let hws = try pack.indicators().indicators.filter { $0.sets.contains("hws") }.map(\.id)
        #expect(ids.sorted() == hws.sorted())
        #expect(card.sets.map(\.id) == ["leeds-plan", "better-lives", "cyp"])
        #expect(card.sets[0].rows.count == 3)
        // Every person-level indicator with deciles has a city result, an inequality and a progress answer.
        for row in card.outcomes.flatMap({ $0.priorities.flatMap(\.rows) })
        where row.definition.breakdowns.contains(.decile) {
            #expect(row.latest != nil, "\(row.definition.id)")
            #expect(row.progress != nil, "\(row.definition.id)")
        }
        let json = try JSONEncoder().encode(card)
        let object = try JSONSerialization.jsonObject(with: json) as? [String: Any]
        #expect(object?["synthetic"] as? Bool == true)
    }

    @Test func aWardScorecardComparesTheWardWithTheCity() throws {
        let store = try Self.computed.get()
        let ward = try AreaDirectory(store: store).areas(kind: "ward")[0]
        let card = try ScorecardBuilder(store: store, pack: SynthFixture.leeds()).scorecard(
            area: ward.code, period: "2019")
        #expect(card.areaName == ward.name && card.breakdown == "ward")
        let rows = card.outcomes.flatMap { $0.priorities.flatMap(\.rows) }.compactMap(\.latest)
        #expect(!rows.isEmpty)
        for r in rows where !r.suppressed && r.benchmark != nil {
            #expect(r.benchmarkLabel == "Leeds")
            #expect(r.period.hasPrefix("2019") || r.period.hasSuffix("19"))
        }
        #expect(throws: EngineError.self) {
            try ScorecardBuilder(store: store, pack: SynthFixture.leeds()).scorecard(area: "NOPE")
        }
    }

    @Test func anLCPScorecardShowsTheLCPsOwnGap() throws {
        let store = try Self.computed.get()
        let lcp = try AreaDirectory(store: store).areas(kind: "lcp")[0]
        let card = try ScorecardBuilder(store: store, pack: SynthFixture.leeds()).scorecard(area: lcp.code)
        let gaps = card.outcomes.flatMap { $0.priorities.flatMap(\.rows) }.compactMap(\.inequality)
        #expect(!gaps.isEmpty)
        #expect(gaps.allSatisfy { $0.area == lcp.code && $0.sii == nil })
    }

    @Test func publishedResultsWithholdSmallCountsUnlessAskedExplicitly() throws {
        let store = try Self.computed.get()
        let set = try SynthFixture.leeds().indicators()
        let published = try PublishedResults(store: store, set: set)
        let open = try PublishedResults(store: store, set: set, unsuppressed: true)
        var withheld = 0
        for definition in set.indicators {
            let shown = try published.results(indicator: definition.id)
            let raw = try open.results(indicator: definition.id)
            #expect(shown.count == raw.count)
            for (s, r) in zip(shown, raw) {
                if let n = r.numerator, r.denominator != nil, n >= 1, n < Double(set.suppressionThreshold) {
                    #expect(
                        s.suppressed && s.numerator == nil && s.value == nil, "\(definition.id) \(s.group)")
                }
                if s.suppressed {
                    withheld += 1
                } else {
                    #expect(s.numerator == r.numerator && s.value == r.value)
                }
            }
            #expect(raw.allSatisfy { !$0.suppressed })
        }
        #expect(withheld > 0)
    }
}
