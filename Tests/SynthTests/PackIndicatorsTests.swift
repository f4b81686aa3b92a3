import PlaceModel
import Engine
import PlacePack
import Testing

/// Every indicator the Leeds pack defines runs on a small synthetic place, and its counts add up.
@Suite struct PackIndicatorsTests {
    @Test func everyLeedsIndicatorComputesAndWardsAddUpToTheCity() throws {
        let pack = try SynthFixture.leeds()
        let set = try pack.indicators()
        #expect(set.indicators.filter { $0.sets.contains("hws") }.count == 21)
        #expect(set.indicators.filter { $0.sets.contains("leeds-plan") }.count == 3)
        #expect(set.indicators.filter { $0.sets.contains("better-lives") }.count >= 8)
        #expect(set.indicators.filter { $0.sets.contains("cyp") }.count >= 8)
        let hws = Set(pack.strategy.indicators.map(\.id))
        #expect(hws.isSubset(of: Set(set.indicators.map(\.id))))
        let store = try SynthFixture.synthesise(persons: 3_000, seed: 21)
        let engine = try IndicatorEngine(store: store)
        for definition in set.indicators {
            let results = try engine.compute(definition)
            #expect(!results.isEmpty, "\(definition.id) gave no results")
            guard definition.method != .aggregate, definition.breakdowns.contains(.ward) else { continue }
            for period in Set(results.map(\.period)) {
                let city = results.first { $0.period == period && $0.breakdown == "city" }?.numerator ?? -1
                let wards = results.filter { $0.period == period && $0.breakdown == "ward" }.map(\.numerator)
                    .reduce(0, +)
                #expect(
                    abs(city - wards) < 1e-6, "\(definition.id) \(period): wards \(wards) vs city \(city)")
            }
        }
    }
}
