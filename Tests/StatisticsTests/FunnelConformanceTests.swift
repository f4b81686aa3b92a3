import Foundation
import Testing

@testable import Statistics

/// Funnel limits, significance and chart points against PHEindicatormethods 2.1.0's funnel test files,
/// with each call's arguments as tests/testthat/testFunnels.R makes it.
///
/// The expected limit files are printed to 6–10 decimal places, so each figure is compared within
/// relative 1e-6 or half a unit of its last printed decimal, whichever is larger.
@Suite struct FunnelConformanceTests {
    @Test(.enabled(if: ReferenceSource.sharedIsPresent, "../shared/reference/phe is absent: skipped"))
    func sharedLimits() throws { try limits(.shared) }
    @Test func fixtureLimits() throws { try limits(.fixtures) }

    @Test(.enabled(if: ReferenceSource.sharedIsPresent, "../shared/reference/phe is absent: skipped"))
    func sharedSignificance() throws { try significance(.shared) }
    @Test func fixtureSignificance() throws { try significance(.fixtures) }

    @Test(.enabled(if: ReferenceSource.sharedIsPresent, "../shared/reference/phe is absent: skipped"))
    func sharedPoints() throws { try points(.shared) }
    @Test func fixturePoints() throws { try points(.fixtures) }

    func limits(_ source: ReferenceSource) throws {
        let inputs = try source.table("testdata_funnel_prop_inputs.csv").rows
        let x = inputs.map { $0.number("numerator")! }
        let n = inputs.map { $0.number("denominator")! }
        let proportion = try Funnel.proportionLimits(numerators: x, denominators: n, multiplier: 100)
        try compare(proportion, source.table("testdata_funnel_prop_outputs.csv"), "proportion")
        let kept = n.indices.filter { n[$0] < 31000 }
        let varied = try Funnel.proportionLimits(
            numerators: kept.map { x[$0] }, denominators: kept.map { n[$0] }, multiplier: 100)
        try compare(
            varied, source.table("testdata_funnel_prop_outputs_with_axis_variation.csv"), "proportion axis")

        let ratioInputs = try source.table("testdata_funnel_ratio_inputs.csv").rows
        let observed = ratioInputs.map { $0.number("obs")! }
        let expected = ratioInputs.map { $0.number("expected")! }
        let ratioTable = try source.table("testdata_funnel_ratio_outputs.csv")
        for type in Funnel.RatioType.allCases {
            let points = try Funnel.ratioLimits(observed: observed, expected: expected, ratioType: type)
            #expect(points.count == ratioTable.rows.count)
            for (point, row) in zip(points, ratioTable.rows) {
                let what = "ratio \(type) at \(point.x)"
                #expect(point.x == row.number(ratioTable.header[0]))
                for (i, side) in ["lower_2s", "upper_2s", "lower_3s", "upper_3s"].enumerated() {
                    expectPrinted(point.axisValues[i], row, "\(side)_exp_events", what)
                    let limit = [point.lower2s, point.upper2s, point.lower3s, point.upper3s][i]
                    expectPrinted(limit, row, "\(side)_\(type.rawValue)", what)
                }
            }
        }

        let funnels = try source.table("testdata_funnel_rate_input_funnels.csv").rows
        let ev = funnels.map { $0.number("ev")! }
        let rate = funnels.map { $0.number("rate") }
        let none = [Double?](repeating: nil, count: ev.count)
        let dsr = try Funnel.rateLimits(
            numerators: ev, rates: rate, denominators: none, rateType: .dsr, multiplier: 1e5, yearsOfData: 3)
        try compareRates(dsr, source.table("testdata_funnel_rate_outputs.csv"), "rate dsr")
        let maxEv = ev.max()!
        let ev5 = ev.map { $0 == maxEv ? 5 : $0 }
        let crude = try Funnel.rateLimits(
            numerators: ev5, rates: rate, denominators: none, rateType: .crude, multiplier: 1e5,
            yearsOfData: 3)
        try compareRates(crude, source.table("testdata_funnel_rate_outputs_2.csv"), "rate crude")
        // With zero events for the largest area, and its denominator supplied; only the larger areas.
        let pop = ev.indices.map { 1e5 * ev[$0] / rate[$0]! }
        let keep = pop.indices.filter { pop[$0] > pop.max()! / 2 }
        let crude0 = try Funnel.rateLimits(
            numerators: keep.map { ev[$0] == maxEv ? 0 : ev[$0] },
            rates: keep.map { ev[$0] == maxEv ? 0 : rate[$0] },
            denominators: keep.map { pop[$0] }, rateType: .crude, multiplier: 1e5, yearsOfData: 3)
        try compareRates(crude0, source.table("testdata_funnel_rate_outputs_3.csv"), "rate crude with 0")
    }

    func significance(_ source: ReferenceSource) throws {
        let inputs = try source.table("testdata_funnel_prop_inputs.csv").rows
        let proportions = try Funnel.proportionSignificance(
            numerators: inputs.map { $0.number("numerator")! },
            denominators: inputs.map { $0.number("denominator")! })
        #expect(proportions.map(\.rawValue) == inputs.map { $0["significance"]! })

        let ratios = try source.table("testdata_funnel_ratio_inputs.csv").rows
        let ratioResult = try Funnel.ratioSignificance(
            observed: ratios.map { $0.number("obs")! }, expected: ratios.map { $0.number("expected")! })
        #expect(ratioResult.map(\.rawValue) == ratios.map { $0["significance"]! })

        let rates = try source.table("testdata_funnel_rate_dsr_inputs.csv").rows
        let cases: [(String, Funnel.RateType, Double, String)] = [
            ("rate_dsr", .dsr, 1e5, "dsr_per_100000"), ("rate_dsr", .dsr, 100, "dsr_per_100"),
            ("rate_crude_per_100000", .crude, 1e5, "crude_per_100000"),
            ("rate_crude_per_100", .crude, 100, "crude_per_100"),
        ]
        for (column, type, multiplier, expected) in cases {
            for withZero in [true, false] {
                if type == .dsr, withZero, multiplier == 100 { continue }  // not among the reference's cases
                let rows = withZero ? rates : rates.filter { $0.number("count") != 0 }
                let result = try Funnel.rateSignificance(
                    numerators: rows.map { $0.number("count")! }, rates: rows.map { $0.number(column) },
                    denominators: rows.map { $0.number("pop") }, rateType: type, multiplier: multiplier)
                let name = "\(expected)_\(withZero ? "with" : "without")_0"
                #expect(result.map(\.rawValue) == rows.map { $0[name]! }, "\(name)")
            }
        }
    }

    func points(_ source: ReferenceSource) throws {
        let rows = try source.table("testdata_funnel_rate_input_funnels.csv").rows
        let ev = rows.map { $0.number("ev")! }
        let maxEv = ev.max()!
        let rate = rows.map { $0.number("rate") }
        let none = [Double?](repeating: nil, count: ev.count)
        let dsr = try Funnel.ratePoints(
            numerators: ev.map { $0 == maxEv ? 5 : $0 }, rates: rate, denominators: none, rateType: .dsr,
            multiplier: 1e5, yearsOfData: 3)
        let crude = try Funnel.ratePoints(
            numerators: ev, rates: rate, denominators: none, rateType: .crude, multiplier: 1e5, yearsOfData: 3
        )
        let withDenominator = try Funnel.ratePoints(
            numerators: ev.map { $0 == maxEv ? 0 : $0 }, rates: rate,
            denominators: rows.map { $0.number("pop") },
            rateType: .crude, multiplier: 1e5, yearsOfData: 5)
        for (i, row) in rows.enumerated() {
            expectPrinted(dsr[i].rate, row, "rate_chart", "dsr points \(i)")
            expectPrinted(dsr[i].populationPerYear, row, "denominator_derived", "dsr points \(i)")
            expectPrinted(crude[i].rate, row, "rate_chart_crude", "crude points \(i)")
            expectPrinted(crude[i].populationPerYear, row, "denominator_derived_crude", "crude points \(i)")
            expectPrinted(
                withDenominator[i].rate, row, "rate_chart_crude_with_denom", "denominator points \(i)")
            expectPrinted(
                withDenominator[i].populationPerYear, row, "denominator_derived_crude_with_denom",
                "denominator points \(i)")
        }
    }

    func compare(_ points: [Funnel.LimitPoint], _ table: Table, _ what: String) throws {
        #expect(points.count == table.rows.count)
        let h = table.header
        for (point, row) in zip(points, table.rows) {
            #expect(point.x == row.number(h[0]), "\(what) x")
            let values = [point.lower2s, point.upper2s, point.lower3s, point.upper3s, point.baseline!]
            for (value, column) in zip(values, h.dropFirst()) {
                expectPrinted(value, row, column, "\(what) at \(point.x)")
            }
        }
    }

    func compareRates(_ points: [Funnel.LimitPoint], _ table: Table, _ what: String) throws {
        #expect(points.count == table.rows.count)
        for (point, row) in zip(points, table.rows) {
            #expect(point.x == row.number("Events"), "\(what) events")
            let w = "\(what) at \(point.x)"
            for (i, side) in ["lower_2s", "upper_2s", "lower_3s", "upper_3s"].enumerated() {
                expectPrinted(point.axisValues[i], row, "\(side)_population_1_year", w)
                expectPrinted(
                    [point.lower2s, point.upper2s, point.lower3s, point.upper3s][i], row, "\(side)_limit", w)
            }
            expectPrinted(point.baseline, row, "baseline", w)
        }
    }

    /// Compares with a printed figure: relative 1e-6, or half a unit of its last decimal.
    func expectPrinted(
        _ actual: Double?, _ row: [String: String], _ column: String, _ what: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let text = row[column] ?? ""
        let decimals =
            text.split(separator: ".").dropFirst().first.map { $0.prefix { $0.isNumber }.count } ?? 0
        let exponent = text.lowercased().contains("e")
        let printed = exponent ? 0 : 0.5 * pow(10, -Double(decimals)) * 1.000001
        expectClose(
            actual, row.number(column), absolute: max(printed, 1e-9), "\(what) \(column)",
            sourceLocation: sourceLocation)
    }
}
