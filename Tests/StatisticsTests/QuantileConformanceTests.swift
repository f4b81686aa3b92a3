import Testing

@testable import Statistics

/// Quantile assignment against PHEindicatormethods 2.1.0's testdata_Quantiles (`QuantileInGrp`), with
/// the groupings, numbers of quantiles and inversions of tests/testthat/testQuantiles.R.
@Suite struct QuantileConformanceTests {
    @Test(.enabled(if: ReferenceSource.sharedIsPresent, "../shared/reference/phe is absent: skipped"))
    func sharedQuantiles() throws { try quantiles(.shared) }
    @Test func fixtureQuantiles() throws { try quantiles(.fixtures) }

    /// "RAG - Low is good" (and TRUE) means the lowest quantile holds the highest values.
    static func invert(_ polarity: String) -> Bool {
        polarity == "RAG - Low is good" || polarity.lowercased() == "true"
    }

    func quantiles(_ source: ReferenceSource) throws {
        let rows = try source.table("testdata_Quantiles__testdata_Quantiles.csv").rows.filter {
            $0["Test"]!.hasPrefix("Good")
        }
        // (group set, grouping columns, quantiles, invert from polarity or fixed)
        let cases: [(String, [String], Int, Bool?)] = [
            ("IndSexReg", ["IndSexRef", "ParentCode"], 10, nil),
            ("IndSex", ["IndSexRef"], 7, nil),
            ("None", [], 4, true),
        ]
        var checked = 0
        for (set, keys, count, fixedInvert) in cases {
            let subset = rows.filter { $0["GroupSet"] == set }
            var groups: [String: [Int]] = [:]
            for (i, row) in subset.enumerated() {
                groups[keys.map { row[$0]! }.joined(separator: "|"), default: []].append(i)
            }
            for (key, members) in groups {
                let invert = fixedInvert ?? Self.invert(subset[members[0]]["Polarity"]!)
                let assigned = try Quantiles.assign(
                    values: members.map { subset[$0].number("Value") }, count: count, highestFirst: invert)
                for (member, quantile) in zip(members, assigned) {
                    let expected = subset[member].number("QuantileInGrp").map { Int($0) }
                    #expect(quantile == expected, "\(set) \(key) \(subset[member]["AreaCode"]!)")
                    checked += 1
                }
            }
        }
        #expect(checked == rows.count)
    }

    @Test func tooFewValuesGiveNoQuantiles() throws {
        #expect(try Quantiles.assign(values: [1, 2, nil], count: 3) == [nil, nil, nil])
        #expect(
            try Quantiles.assign(values: [1, 2, 3, nil], count: 3, highestFirst: false) == [1, 2, 3, nil])
        #expect(try Quantiles.assign(values: [5, 5, 1, 9], count: 2) == [1, 1, 2, 1])
    }
}
