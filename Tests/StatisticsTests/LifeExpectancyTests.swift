import Testing

@testable import Statistics

/// Life expectancy against the figures in PHEindicatormethods 2.1.0's own tests
/// (tests/testthat/testLifeExpectancy.R: `answer1` for `df1`, `answer_widecis` for `df_widecis_plus`),
/// copied into Fixtures/le_chiang_reference.csv. The R test compares them to 4 decimal places.
@Suite struct LifeExpectancyTests {
    static let labels =
        ["0", "1-4"] + stride(from: 5, through: 85, by: 5).map { "\($0)-\($0 + 4)" } + ["90+"]

    func group(_ area: String) throws -> [[String: String]] {
        try ReferenceSource.fixtures.table("le_chiang_reference.csv").rows.filter { $0["area"] == area }
    }

    @Test func chiangMatchesReference() throws {
        let rows = try group("df1")
        let table = try LifeExpectancy.table(
            ageBands: rows.map { $0["startage"]! }, deaths: rows.map { $0.number("deaths")! },
            populations: rows.map { $0.number("pops")! }, confidence: ConfidenceLevels([0.95]))
        #expect(table.count == 20)
        for (row, expected) in zip(table, rows) {
            expectClose(row.estimate.value, expected.number("value"), relative: 1e-8, "LE at \(row.ageBand)")
            // answer1's limits were made with z = 1.96 (the R test compares them to 4 decimal places,
            // where qnorm(0.975) and 1.96 agree): they are value ± 1.96·SE to 1e-8, ours to 4 places.
            let se = try #require(row.standardError)
            let value = try #require(row.estimate.value)
            expectClose(
                value - 1.96 * se, expected.number("lower95_0cl"), relative: 1e-8, "LE lower (z = 1.96)")
            expectClose(
                value + 1.96 * se, expected.number("upper95_0cl"), relative: 1e-8, "LE upper (z = 1.96)")
            let interval = try #require(row.estimate.interval(at: 0.95))
            expectClose(
                interval.lower, expected.number("lower95_0cl"), relative: 0, absolute: 5e-5, "LE lower")
            expectClose(
                interval.upper, expected.number("upper95_0cl"), relative: 0, absolute: 5e-5, "LE upper")
        }
        #expect(table[0].estimate.numerator == 9357)
        #expect(table[0].estimate.denominator == 787954)
        #expect(table[19].estimate.numerator == 1937)
    }

    @Test func wideIntervalsSuppressTheValueButKeepTheLimits() throws {
        let rows = try group("widecis_area2")
        let table = try LifeExpectancy.table(
            ageBands: rows.map { $0["startage"]! }, deaths: rows.map { $0.number("deaths")! },
            populations: rows.map { $0.number("pops")! })
        for (row, expected) in zip(table, rows) {
            expectClose(
                row.estimate.value, expected.number("value"), relative: 1e-8, "LE value at \(row.ageBand)")
            let interval = try #require(row.estimate.interval(at: 0.95))
            expectClose(interval.lower, expected.number("lower95_0cl"), "lower at \(row.ageBand)")
            expectClose(interval.upper, expected.number("upper95_0cl"), "upper at \(row.ageBand)")
            #expect((row.estimate.suppression == .intervalWiderThan20Years) == (row.estimate.value == nil))
        }
    }

    @Test func moreDeathsThanPeopleSuppressesTheGroup() throws {
        let rows = try group("widecis_area1")
        let table = try LifeExpectancy.table(
            ageBands: rows.map { $0["startage"]! }, deaths: rows.map { $0.number("deaths")! },
            populations: rows.map { $0.number("pops")! })
        #expect(table.allSatisfy { $0.estimate.value == nil && $0.estimate.intervals.isEmpty })
        #expect(table.allSatisfy { $0.estimate.suppression == .deathsExceedPopulation })
    }

    @Test func smallPopulationIsSuppressed() throws {
        let table = try LifeExpectancy.table(
            ageBands: Self.labels, deaths: Array(repeating: 1, count: 20),
            populations: Array(repeating: 200, count: 20))
        #expect(
            table.allSatisfy { $0.estimate.suppression == .populationAtMost5000 && $0.estimate.value == nil })
    }

    @Test func bandsInAnyOrderAndStyle() throws {
        let rows = try group("df1")
        let labels = Self.labels.map { $0.replacingOccurrences(of: "-", with: " – ") }
        let order = Array((0..<20).reversed())
        let table = try LifeExpectancy.table(
            ageBands: order.map { labels[$0] }, deaths: order.map { rows[$0].number("deaths")! },
            populations: order.map { rows[$0].number("pops")! })
        expectClose(
            table[0].estimate.value, rows[0].number("value"), relative: 1e-8, "LE at birth, reordered")
    }

    @Test func badBandsAreErrors() throws {
        let deaths = Array(repeating: 10.0, count: 20)
        let pops = Array(repeating: 10_000.0, count: 20)
        let missing = #expect(throws: StatisticsError.self) {
            try LifeExpectancy.table(
                ageBands: Array(Self.labels.dropLast()), deaths: Array(deaths.dropLast()),
                populations: Array(pops.dropLast()))
        }
        #expect(missing?.reason == .missingAgeBand)
        var repeated = Self.labels
        repeated[3] = "5-9"
        let duplicate = #expect(throws: StatisticsError.self) {
            try LifeExpectancy.table(ageBands: repeated, deaths: deaths, populations: pops)
        }
        #expect(duplicate?.reason == .duplicatedAgeBand)
        #expect(duplicate?.index == 3)
        var negative = deaths
        negative[4] = -1
        let error = #expect(throws: StatisticsError.self) {
            try LifeExpectancy.table(ageBands: Self.labels, deaths: negative, populations: pops)
        }
        #expect(error?.reason == .negativeCount)
        var zero = pops
        zero[5] = 0
        #expect(throws: StatisticsError.self) {
            try LifeExpectancy.table(ageBands: Self.labels, deaths: deaths, populations: zero)
        }
    }

    @Test func noDeathsInTheLastBandIsUndefinedNotNaN() throws {
        var deaths = Array(repeating: 10.0, count: 20)
        deaths[19] = 0
        let table = try LifeExpectancy.table(
            ageBands: Self.labels, deaths: deaths, populations: Array(repeating: 10_000, count: 20))
        for row in table {
            #expect(row.estimate.value.map { $0.isFinite } ?? true)
            #expect(row.estimate.intervals.allSatisfy { $0.lower.isFinite && $0.upper.isFinite })
        }
        #expect(table[0].estimate.suppression == .lifeTableUndefined)
    }
}
