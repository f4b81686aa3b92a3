import PlacePack
import Statistics
import Testing

@testable import Engine

/// Benchmark comparisons and trends added to results.
@Suite struct ResultAnalysisTests {
    func result(
        _ breakdown: String, _ group: String, _ period: String, _ value: Double, _ lower: Double,
        _ upper: Double
    )
        -> IndicatorResult
    {
        IndicatorResult(
            indicator: "x", period: period, breakdown: breakdown, group: group, numerator: 50,
            denominator: 1000,
            value: value, lower95: lower, upper95: upper, lower998: lower - 1, upper998: upper + 1)
    }

    func definition(england: Double?, period: String? = "2019") -> IndicatorDefinition {
        IndicatorDefinition(
            id: "x", name: "x", sets: [], definition: "", follows: "", outcome: nil, priorities: [],
            polarity: .lowerIsBetter, unit: "", multiplier: 100_000, method: .crudeRate,
            period: .calendarYear,
            breakdowns: [.ward],
            benchmark: england.map { .init(england: $0, period: period, source: "test", assumed: true) },
            target: nil, note: nil, aggregate: nil, numerator: nil, denominator: nil)
    }

    @Test func areasAreComparedWithTheCityAndTheCityWithEngland() {
        let results = [
            result("city", "C", "2019", 50, 45, 55), result("ward", "W1", "2019", 70, 60, 80),
            result("ward", "W2", "2019", 52, 40, 64), result("ward", "W3", "2019", 30, 20, 40),
        ]
        let out = ResultAnalysis(definition: definition(england: 40), cityName: "Leeds").analyse(
            results, periods: ["2019"])
        // City 45–55 lies above England's 40: higher (worse, lower is better).
        #expect(out[0].compared95 == .higher && out[0].benchmark == 40)
        #expect(out[0].benchmarkLabel == "England 2019 (assumed)")
        // W1 60–80 above the city's 50; W2 40–64 contains it; W3 20–40 below.
        #expect(out[1...].map(\.compared95) == [.higher, .similar, .lower])
        #expect(out[1...].allSatisfy { $0.benchmark == 50 && $0.benchmarkLabel == "Leeds" })
        // At 99.8% (limits 1 wider) W3's 19–41 still lies below 50.
        #expect(out[3].compared998 == .lower)
    }

    @Test func aLoadedEnglandValueIsTheCitysBenchmarkForItsPeriod() {
        let results = [result("city", "C", "2018", 50, 45, 55), result("city", "C", "2019", 50, 45, 55)]
        var analysis = ResultAnalysis(definition: definition(england: 40), cityName: "Leeds")
        analysis.loaded = ["2018": 52]
        let out = analysis.analyse(results, periods: ["2018", "2019"])
        // 2018 has a loaded value: 45–55 contains 52, similar; the label says where it came from.
        #expect(out[0].benchmark == 52 && out[0].compared95 == .similar)
        #expect(out[0].benchmarkLabel == "England 2018 (Fingertips)")
        // 2019 has none: the pack's assumed value, as before.
        #expect(out[1].benchmark == 40 && out[1].benchmarkLabel == "England 2019 (assumed)")
    }

    @Test func theTrendNeedsFiveConsecutivePeriods() {
        let years = (2015...2019).map(String.init)
        let rising = years.enumerated().map { i, y in
            result("city", "C", y, 50 + 10 * Double(i), 48 + 10 * Double(i), 52 + 10 * Double(i))
        }
        let out = ResultAnalysis(definition: definition(england: nil), cityName: "Leeds").analyse(
            rising, periods: years)
        #expect(out[0..<4].allSatisfy { $0.trend == nil })
        #expect(out[4].trend == .increasing)
        // A gap in the series: no five consecutive periods, no trend.
        let gappy = Array(rising.prefix(2) + rising.suffix(2))
        let out2 = ResultAnalysis(definition: definition(england: nil), cityName: "Leeds").analyse(
            gappy, periods: years)
        #expect(out2.allSatisfy { $0.trend == nil })
    }

    @Test func proportionsUseTheChiSquaredTestForTrend() throws {
        // 10, 20, 30, 40, 50 of 1000 each: the Cochran–Armitage χ² is large, so the trend is increasing.
        var proportion = definition(england: nil)
        proportion = IndicatorDefinition(
            id: "p", name: "p", sets: [], definition: "", follows: "", outcome: nil, priorities: [],
            polarity: .higherIsBetter, unit: "%", multiplier: 100, method: .proportion, period: .calendarYear,
            breakdowns: [], benchmark: nil, target: nil, note: nil, aggregate: nil, numerator: nil,
            denominator: nil)
        let years = (2015...2019).map(String.init)
        let results = years.enumerated().map { i, y in
            IndicatorResult(
                indicator: "p", period: y, breakdown: "city", group: "C", numerator: Double(10 * (i + 1)),
                denominator: 1000, value: Double(i + 1), lower95: nil, upper95: nil, lower998: nil,
                upper998: nil)
        }
        let out = ResultAnalysis(definition: proportion, cityName: "Leeds").analyse(results, periods: years)
        let expected = try TrendTest.proportions(
            numerators: [10, 20, 30, 40, 50], denominators: Array(repeating: 1000, count: 5))
        #expect(out[4].trend == .increasing && out[4].trendSlope == expected.slope)
    }
}
