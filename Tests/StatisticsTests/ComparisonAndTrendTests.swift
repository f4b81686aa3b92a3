import Testing

@testable import Statistics

/// Benchmark comparison and the recent-trend test (no PHEindicatormethods reference: checked against
/// an independent weighted least-squares fit, numpy's `lstsq`, whose figures are written here).
@Suite struct ComparisonAndTrendTests {
    @Test func benchmarkComparisonUsesTheWholeInterval() throws {
        let estimate = try Proportion.estimate(numerator: 65, denominator: 100)
        // 95%: 0.5525–0.7364; 99.8%: 0.4955–0.7784.
        #expect(BenchmarkComparison.compare(estimate, benchmark: 0.5, level: 0.95) == .higher)
        #expect(BenchmarkComparison.compare(estimate, benchmark: 0.5, level: 0.998) == .similar)
        #expect(BenchmarkComparison.compare(estimate, benchmark: 0.8, level: 0.998) == .lower)
        #expect(BenchmarkComparison.compare(estimate, benchmark: 0.5, level: 0.9) == nil)
        #expect(BenchmarkComparison.assess(.higher, polarity: .highIsGood) == .better)
        #expect(BenchmarkComparison.assess(.higher, polarity: .lowIsGood) == .worse)
        #expect(BenchmarkComparison.assess(.lower, polarity: .lowIsGood) == .better)
        #expect(BenchmarkComparison.assess(.lower, polarity: .noJudgement) == .lower)
        #expect(BenchmarkComparison.assess(.similar, polarity: .highIsGood) == .similar)
    }

    @Test func suppressedEstimatesAreNotCompared() throws {
        let small = try DirectlyStandardisedRate.estimate(
            counts: [1, 2], populations: [100, 100], standardPopulations: [1, 1])
        #expect(BenchmarkComparison.compare(small, benchmark: 0, level: 0.95) == nil)
    }

    @Test func proportionTrendIsTheChiSquaredTestForTrend() throws {
        let result = try TrendTest.proportions(
            numerators: [1, 2, 83, 90, 129, 70, 60], denominators: [5, 5, 86, 93, 136, 82, 80])
        expectClose(result.slope, -0.053908935782662905, relative: 1e-10, "slope")
        expectClose(result.chiSquared, 28.5003066248993, relative: 1e-10, "chi-squared")
        #expect(result.direction == .decreasing)
        #expect(result.describe(polarity: .lowIsGood) == "Decreasing and getting better")
    }

    @Test func otherTrendsUseInverseVarianceWeights() throws {
        let y = [10.0, 11, 12.5, 13, 14.2]
        let result = try TrendTest.values(
            y, lower: zip(y, [1, 1.2, 0.9, 1.1, 1.0]).map { $0 - $1 },
            upper: zip(y, [1.1, 1.0, 1.0, 1.2, 0.9]).map { $0 + $1 })
        expectClose(result.slope, 1.040390986048586, relative: 1e-10, "slope")
        expectClose(result.chiSquared, 39.998157452061385, relative: 1e-10, "chi-squared")
        #expect(result.direction == .increasing)
        #expect(result.describe(polarity: .lowIsGood) == "Increasing and getting worse")
        let flat = try TrendTest.values(
            [10, 10.1, 9.9, 10, 10.05], lower: [9, 9, 9, 9, 9], upper: [11, 11, 11, 11, 11])
        #expect(flat.direction == .noSignificantChange)
    }

    @Test func trendsNeedFivePointsAndAVariance() throws {
        #expect(
            try TrendTest.proportions(numerators: [1, 2, 3, 4], denominators: [10, 10, 10, 10]).direction
                == .cannotBeCalculated)
        #expect(
            try TrendTest.proportions(numerators: [0, 0, 0, 0, 0], denominators: [10, 10, 10, 10, 10])
                .direction == .cannotBeCalculated)
        #expect(
            try TrendTest.values([1, 2, 3, 4, 5], lower: [1, 2, 3, 4, 5], upper: [1, 2, 3, 4, 5]).direction
                == .cannotBeCalculated)
        #expect(throws: StatisticsError.self) {
            try TrendTest.proportions(numerators: [11, 1, 1, 1, 1], denominators: [10, 10, 10, 10, 10])
        }
    }
}
