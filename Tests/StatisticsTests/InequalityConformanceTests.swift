import Testing

@testable import Statistics

/// The slope and relative index of inequality against PHEindicatormethods 2.1.0's testdata_SII, with
/// each scenario's arguments as tests/testthat/testSII.R passes them.
///
/// SII, RII and intercept are exact (relative 1e-6). The limits come from simulation: the reference
/// figures are from 100,000 repetitions of a different random stream, and PHEindicatormethods' own
/// test accepts a mean relative difference of 0.05. Here every limit must lie within
/// ``simulationTolerance`` of the reference, relative to the limit's distance from the point estimate
/// (the interval's half-width), which is the scale on which Monte Carlo error lives.
@Suite struct InequalityConformanceTests {
    /// 3% of the half-width: the Monte Carlo standard error of a 2.5% quantile from 100,000 draws is
    /// about 0.5% of the half-width, so two independent streams differ by well under 3%.
    static let simulationTolerance = 0.03

    struct Scenario: Sendable, CustomStringConvertible {
        var rows: ClosedRange<Int>
        var valueType: InequalityIndex.ValueType
        var confidence: [Double] = [0.95]
        var multiplier = 1.0
        var transform = false
        var riiCompared = true
        var limitsCompared = true
        var description: String { "rows \(rows)" }
    }

    static let scenarios: [Scenario] = [
        Scenario(rows: 1...20, valueType: .normal),
        Scenario(rows: 21...40, valueType: .normal, confidence: [0.99]),
        Scenario(rows: 41...60, valueType: .normal),
        Scenario(rows: 61...70, valueType: .normal, limitsCompared: false),
        Scenario(rows: 71...90, valueType: .rate),
        Scenario(rows: 91...110, valueType: .proportion),
        Scenario(rows: 111...130, valueType: .proportion, multiplier: 100),
        Scenario(rows: 131...150, valueType: .proportion, multiplier: -100),
        Scenario(rows: 226...245, valueType: .normal, confidence: [0.95, 0.99]),
        Scenario(rows: 246...265, valueType: .normal),
        Scenario(rows: 266...285, valueType: .rate),
        Scenario(rows: 286...305, valueType: .proportion),
        Scenario(rows: 306...325, valueType: .rate, transform: true),
        Scenario(rows: 326...345, valueType: .proportion, transform: true),
        Scenario(rows: 346...365, valueType: .proportion, multiplier: -1, transform: true),
        Scenario(rows: 366...385, valueType: .rate, confidence: [0.95, 0.98], transform: true),
        Scenario(rows: 386...405, valueType: .rate, multiplier: -1, transform: true),
        Scenario(rows: 406...425, valueType: .rate, confidence: [0.98], transform: true),
        Scenario(rows: 426...445, valueType: .rate, transform: true, riiCompared: false),
        Scenario(rows: 446...465, valueType: .proportion, transform: true, riiCompared: false),
        Scenario(rows: 466...485, valueType: .proportion, confidence: [0.98], transform: true),
        Scenario(rows: 486...505, valueType: .proportion, confidence: [0.95, 0.98], transform: true),
    ]

    @Test(
        .enabled(if: ReferenceSource.sharedIsPresent, "../shared/reference/phe is absent: skipped"),
        arguments: scenarios)
    func shared(_ scenario: Scenario) throws { try check(scenario, .shared) }

    /// The fixture is a verbatim copy of the shared file, so with shared present the simulations run
    /// once (above); without it they run on the copy.
    @Test(
        .enabled(if: !ReferenceSource.sharedIsPresent, "../shared/reference/phe is present: checked there"),
        arguments: scenarios)
    func fixture(_ scenario: Scenario) throws { try check(scenario, .fixtures) }

    @Test(.enabled(if: ReferenceSource.sharedIsPresent, "../shared/reference/phe is absent: skipped"))
    func fixtureIsACopyOfShared() throws {
        let name = "testdata_SII__testdata_SII.csv"
        let shared = try String(contentsOf: ReferenceSource.shared.url(name), encoding: .utf8)
        let copy = try String(contentsOf: ReferenceSource.fixtures.url(name), encoding: .utf8)
        #expect(shared == copy)
    }

    @Test func sameSeedSameLimitsOtherSeedOtherLimits() throws {
        let quantiles = (1...10).map {
            InequalityIndex.Quantile(
                order: Double($0), population: 1000 + Double($0), value: 70 + Double($0), standardError: 1)
        }
        let a = try InequalityIndex.compute(quantiles: quantiles, repetitions: 2000, seed: 7)
        let b = try InequalityIndex.compute(quantiles: quantiles, repetitions: 2000, seed: 7)
        let c = try InequalityIndex.compute(quantiles: quantiles, repetitions: 2000, seed: 8)
        #expect(a == b)
        #expect(a.siiIntervals != c.siiIntervals)
        #expect(a.sii == c.sii)
        for interval in a.siiIntervals { #expect(interval.lower < a.sii && a.sii < interval.upper) }
    }

    func check(_ scenario: Scenario, _ source: ReferenceSource) throws {
        let all = try source.table("testdata_SII__testdata_SII.csv").rows
        let rows = all.filter { scenario.rows.contains(Int($0["RecordNo"]!)!) }
        #expect(rows.count == scenario.rows.count)
        var groups: [String: [[String: String]]] = [:]
        for row in rows { groups[row["Area"]!, default: []].append(row) }
        #expect(groups.count == 2)
        for (area, group) in groups {
            let quantiles = try group.map { row in
                let value = try #require(row.number("Value"))
                let se: Double
                if !scenario.transform, let given = row.number("StandardError") {
                    se = given
                } else {
                    se = InequalityIndex.standardError(
                        lower: try #require(row.number("LowerCL")),
                        upper: try #require(row.number("UpperCL")),
                        valueType: scenario.valueType)
                }
                return InequalityIndex.Quantile(
                    order: row.number("Quantile")!, population: row.number("Population")!, value: value,
                    standardError: se)
            }
            let result = try InequalityIndex.compute(
                quantiles: quantiles, valueType: scenario.valueType, transform: scenario.transform,
                confidence: ConfidenceLevels(scenario.confidence), multiplier: scenario.multiplier,
                repetitions: 100_000, seed: 20_240_501)
            let expected = try #require(group.first { $0.number("sii") != nil })
            let what = "SII \(scenario) \(area)"
            expectClose(result.sii, expected.number("sii"), "\(what) sii")
            if scenario.riiCompared { expectClose(result.rii, expected.number("rii"), "\(what) rii") }
            if let intercept = expected.number("Intercept") {
                expectClose(result.intercept, intercept, "\(what) intercept")
            }
            guard scenario.limitsCompared else { continue }
            for (i, _) in scenario.confidence.enumerated() {
                let n = i + 1
                compare(result.siiIntervals[i], point: result.sii, expected, "sii", n, what)
                if scenario.riiCompared {
                    compare(result.riiIntervals[i], point: result.rii, expected, "rii", n, what)
                }
            }
        }
    }

    func compare(
        _ interval: ConfidenceInterval, point: Double, _ row: [String: String], _ name: String, _ n: Int,
        _ what: String
    ) {
        guard let lower = row.number("\(name)_lowercl_\(n)"), let upper = row.number("\(name)_uppercl_\(n)")
        else {
            Issue.record("\(what): no reference \(name) limits \(n)")
            return
        }
        let lowerError = abs(interval.lower - lower) / abs(point - lower)
        let upperError = abs(interval.upper - upper) / abs(upper - point)
        #expect(
            lowerError <= Self.simulationTolerance,
            "\(what) \(name) lower \(n): \(interval.lower) vs \(lower)")
        #expect(
            upperError <= Self.simulationTolerance,
            "\(what) \(name) upper \(n): \(interval.upper) vs \(upper)")
    }
}
