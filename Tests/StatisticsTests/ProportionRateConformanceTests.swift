import Testing

@testable import Statistics

/// Reproduces the PHEindicatormethods 2.1.0 expected values for Wilson, Byar's, proportions and rates.
@Suite struct ProportionRateConformanceTests {
    @Test(.enabled(if: ReferenceSource.sharedIsPresent, "../shared/reference/phe is absent: skipped"))
    func sharedByarsWilson() throws { try byarsWilson(.shared) }
    @Test func fixtureByarsWilson() throws { try byarsWilson(.fixtures) }

    @Test(.enabled(if: ReferenceSource.sharedIsPresent, "../shared/reference/phe is absent: skipped"))
    func sharedProportions() throws { try proportions(.shared) }
    @Test func fixtureProportions() throws { try proportions(.fixtures) }

    @Test(.enabled(if: ReferenceSource.sharedIsPresent, "../shared/reference/phe is absent: skipped"))
    func sharedRates() throws { try rates(.shared) }
    @Test func fixtureRates() throws { try rates(.fixtures) }

    /// testdata_B_W: single counts with Byar's (x) or Wilson (x, n) limits at 95% and 99.8%.
    func byarsWilson(_ source: ReferenceSource) throws {
        let table = try source.table("testdata_Byars_Wilson__testdata_B_W.csv")
        #expect(table.rows.count == 13)
        for (i, row) in table.rows.enumerated() {
            let x = try #require(row.number("x"))
            let level = row["confidence"] == "95%" ? 0.95 : 0.998
            let z = try ConfidenceLevels([level]).zValues[0]
            if row["method"] == "Wilson" {
                let n = try #require(row.number("n"))
                let (lower, upper) = Wilson.limits(x, n, z: z)
                expectClose(lower, row.number("lowercl"), "B_W row \(i + 2) Wilson lower")
                expectClose(upper, row.number("uppercl"), "B_W row \(i + 2) Wilson upper")
            } else {
                expectClose(Byars.lower(x, z: z), row.number("lowercl"), "B_W row \(i + 2) Byars lower")
                expectClose(Byars.upper(x, z: z), row.number("uppercl"), "B_W row \(i + 2) Byars upper")
            }
        }
    }

    /// testdata_Prop (95% and 99.8%, multipliers 1 and 100) and testdata_Prop_g (grouped: rows summed).
    func proportions(_ source: ReferenceSource) throws {
        var checked = 0
        for row in try source.table("testdata_Proportion__testdata_Prop.csv").rows {
            guard let x = row.number("Numerator"), let n = row.number("Denominator") else {
                // The reference returns NA for a missing numerator or denominator; this library throws.
                #expect(row.number("value") == nil)
                continue
            }
            let estimate = try Proportion.estimate(
                numerator: x, denominator: n, multiplier: try #require(row.number("multiplier")))
            try expectMatches(estimate, row, "Prop \(row["Area"]!)", levels: ["95_0", "99_8"])
            #expect(estimate.method.rawValue == row["method"])
            checked += 1
        }
        for row in try source.table("testdata_Proportion__testdata_Prop_g.csv").rows {
            guard let x = row.number("Numerator"), let n = row.number("Denominator") else { continue }
            // Each group is two identical rows of testdata_Prop, summed.
            let estimate = try Proportion.estimate(
                numerators: [x / 2, x / 2], denominators: [n / 2, n / 2], confidence: ConfidenceLevels([0.95])
            )
            try expectMatches(estimate, row, "Prop_g \(row["Area"]!)", levels: [""])
            checked += 1
        }
        #expect(checked == 24)
    }

    /// testdata_Rate (exact below 10, Byar's from 10; multipliers 100 and 100000) and testdata_Rate_g.
    func rates(_ source: ReferenceSource) throws {
        var checked = 0
        for row in try source.table("testdata_Rate__testdata_Rate.csv").rows {
            guard let x = row.number("Numerator"), let n = row.number("Denominator") else {
                #expect(row.number("value") == nil)
                continue
            }
            let estimate = try CrudeRate.estimate(
                numerator: x, denominator: n, multiplier: try #require(row.number("multiplier")))
            try expectMatches(estimate, row, "Rate \(row["Area"]!)", levels: ["95_0", "99_8"])
            #expect(estimate.method.rawValue == row["method"])
            checked += 1
        }
        for row in try source.table("testdata_Rate__testdata_Rate_g.csv").rows {
            guard let x = row.number("Numerator"), let n = row.number("Denominator") else { continue }
            let estimate = try CrudeRate.estimate(
                numerators: [x / 2, x / 2], denominators: [n / 2, n / 2], confidence: ConfidenceLevels([0.95])
            )
            try expectMatches(estimate, row, "Rate_g \(row["Area"]!)", levels: [""])
            #expect(estimate.method.rawValue == row["method"])
            checked += 1
        }
        #expect(checked == 26)
    }
}

/// Compares an estimate with a reference row: `value` and `lower<label>cl`/`upper<label>cl` per level
/// (label "" means the single-level columns `lowercl`/`uppercl`).
func expectMatches(
    _ estimate: Estimate, _ row: [String: String], _ what: String, levels labels: [String],
    relative: Double = 1e-6, sourceLocation: SourceLocation = #_sourceLocation
) throws {
    expectClose(
        estimate.value, row.number("value"), relative: relative, "\(what) value",
        sourceLocation: sourceLocation)
    #expect(estimate.intervals.count == labels.count, sourceLocation: sourceLocation)
    for (interval, label) in zip(estimate.intervals, labels) {
        let suffix = label.isEmpty ? "cl" : "\(label)cl"
        expectClose(
            interval.lower, row.number("lower\(suffix)"), relative: relative, "\(what) lower\(suffix)",
            sourceLocation: sourceLocation)
        expectClose(
            interval.upper, row.number("upper\(suffix)"), relative: relative, "\(what) upper\(suffix)",
            sourceLocation: sourceLocation)
    }
}
