import Testing

@testable import Statistics

/// Reproduces the PHEindicatormethods 2.1.0 expected means with Student's t limits.
@Suite struct MeanConformanceTests {
    @Test(.enabled(if: ReferenceSource.sharedIsPresent, "../shared/reference/phe is absent: skipped"))
    func sharedMeans() throws { try means(.shared) }
    @Test func fixtureMeans() throws { try means(.fixtures) }

    func means(_ source: ReferenceSource) throws {
        let data = try source.table("testdata_Mean__testdata_Mean.csv").rows
        let results = try source.table("testdata_Mean__testdata_Mean_results.csv").rows
        #expect(results.count == 3)
        for expected in results {
            let area = expected["area"]!
            let values = data.filter { area == "No grouping" || $0["area"] == area }.map {
                $0.number("values")!
            }
            let estimate = try Mean.estimate(values: values)
            expectClose(estimate.numerator, expected.number("value_sum"), "mean \(area) sum")
            #expect(estimate.denominator == expected.number("value_count"))
            expectClose(Mean.standardDeviation(values), expected.number("stdev"), "mean \(area) sd")
            try expectMatches(estimate, expected, "mean \(area)", levels: ["95_0", "99_8"])
        }
    }
}
