import Testing

@testable import Publication
@testable import Scenarios

/// The scenario figures as published: rounded, and an LCP's or decile's observed baseline count
/// below the threshold withheld, with the rates that would give it back.
@Suite struct PublishedScenarioTests {
    static let record = StoredScenario(
        id: "test-0", scenarioID: "test", name: "Test", fileName: "test.yaml", fileHash: "", seed: 1, runs: 1,
        baselineYear: 2020, horizonYear: 2021, codeVersion: "scenarios-v1", contentVersion: "", createdAt: "",
        synthetic: true)

    static func series(_ measure: ScenarioMeasure, area: Int, _ values: [Double]) -> ScenarioSeries {
        ScenarioSeries(measure: measure, area: area, mean: values, p10: values, p50: values, p90: values)
    }

    @Test func smallObservedCountsAndTheirRatesAreWithheld() {
        let outcome = ScenarioOutcome(
            years: [2020, 2021],
            areas: [.init(kind: .city, name: "Leeds"), .init(kind: .lcp, name: "LCP01")],
            runs: 1,
            series: [
                Self.series(.bedDays, area: 0, [1_234, 1_301]), Self.series(.bedDays, area: 1, [3, 4]),
                Self.series(.bedDaysPer100k, area: 1, [6.8, 9.1]), Self.series(.beds, area: 1, [0.01, 0.01]),
                Self.series(.emergencyAdmissions, area: 1, [12, 3]),
                Self.series(.costTotal, area: 0, [1_234_567, 2_345_678]),
                Self.series(.deprivedGap, area: 0, [12.345, 11.06]),
            ], costWaterfall: [], bedDayWaterfall: [], gapNarrowed: 1)
        let published = PublishedScenario(record: Self.record, outcome: outcome, threshold: 5)
        // The city's bed days are rounded to 10; the LCP's 3 observed bed days are withheld, with
        // their rate and beds; the modelled year is published.
        #expect(published.series(.bedDays)?.p50 == [1_230, 1_300])
        #expect(published.series(.bedDays, area: 1)?.p50 == [nil, 0])
        #expect(published.series(.bedDaysPer100k, area: 1)?.p50 == [nil, 9])
        #expect(published.series(.beds, area: 1)?.mean == [nil, 0])
        // 12 is not small; a modelled 3 is not withheld.
        #expect(published.series(.emergencyAdmissions, area: 1)?.p50 == [10, 0])
        #expect(published.series(.costTotal)?.p90 == [1_230_000, 2_350_000])
        #expect(published.series(.deprivedGap)?.p10 == [12.3, 11.1])
    }
}
