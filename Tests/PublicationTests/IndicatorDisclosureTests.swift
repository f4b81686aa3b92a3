import Engine
import Statistics
import Testing

@testable import Publication

@Suite struct IndicatorDisclosureTests {
    func result(_ breakdown: String, _ group: String, _ numerator: Double, period: String = "2019")
        -> IndicatorResult
    {
        IndicatorResult(
            indicator: "i", period: period, breakdown: breakdown, group: group, numerator: numerator,
            denominator: 1000,
            value: numerator, lower95: nil, upper95: nil, lower998: nil, upper998: nil)
    }

    @Test func smallCountsAreSuppressedAndZeroIsNot() {
        let outcome = IndicatorDisclosure.solve(
            [
                result("city", "C", 100), result("ward", "A", 3), result("ward", "B", 0),
                result("ward", "C", 97),
            ], threshold: 5)
        // A (3) is small; B (0) is withheld so that A cannot be subtracted out; C too, since
        // A + B = 3 would still bound A to 0..3, narrower than the small-number range.
        #expect(outcome.withheld == [false, true, true, true])
        #expect(outcome.proven && outcome.exposed.isEmpty)
        let zeros = IndicatorDisclosure.solve(
            [result("city", "C", 100), result("ward", "A", 0), result("ward", "B", 100)], threshold: 5)
        #expect(zeros.withheld == [false, false, false])
    }

    /// The case the issue found: "the rest" (3) withheld, but the city and decile 1 (= deprived
    /// Leeds) published, so rest = city − decile 1. Decile 1 must now be withheld too.
    @Test func deprivedIsDecileOneAndTheRestIsDecilesTwoToTen() {
        var results = [
            result("city", "C", 100), result("deprivation", "deprived", 97), result("deprivation", "rest", 3),
            result("decile", "1", 97), result("decile", "2", 3),
        ]
        results += (3...10).map { result("decile", String($0), 0) }
        let outcome = IndicatorDisclosure.solve(results, threshold: 5)
        let hidden = Dictionary(
            uniqueKeysWithValues: zip(results.map { "\($0.breakdown)|\($0.group)" }, outcome.withheld))
        #expect(hidden["deprivation|rest"] == true)
        #expect(hidden["decile|1"] == true || hidden["city|C"] == true)
        #expect(outcome.proven && outcome.exposed.isEmpty)
        // The old mask (the rule without the deprivation identities): rest, deprived, decile 2 and a
        // zero decile withheld, decile 1 published. The exact analysis catches it.
        var old = [Bool](repeating: false, count: results.count)
        for i in [1, 2, 4, 5] { old[i] = true }
        let identities = IndicatorDisclosure.identities(results, parents: [:])
        let exposed = DisclosureControl.exposed(
            [results.map { Int($0.numerator) }], hidden: old, identities: identities, threshold: 5)
        #expect(exposed.contains(2))
    }

    @Test func identitiesCoverEveryBreakdownLevelAndDeprivation() {
        let results = [
            result("city", "C", 10), result("ward", "W1", 4), result("ward", "W2", 6), result("lcp", "L", 10),
            result("deprivation", "deprived", 4), result("deprivation", "rest", 6), result("decile", "1", 4),
            result("decile", "2", 6),
        ]
        let identities = IndicatorDisclosure.identities(results, parents: ["W1": "L", "W2": "L"])
        let shapes = Set(identities.map { "\($0.total)>\($0.parts.sorted())" })
        #expect(shapes.contains("0>[1, 2]"))  // city = wards
        #expect(shapes.contains("0>[3]"))  // city = LCPs
        #expect(shapes.contains("3>[1, 2]"))  // LCP = its wards
        #expect(shapes.contains("4>[6]"))  // deprived = decile 1
        #expect(shapes.contains("5>[7]"))  // rest = deciles 2-10
        #expect(shapes.contains("0>[4, 5]") && shapes.contains("0>[6, 7]"))
    }

    /// Random places: cells (ward × decile × practice) with small counts, added up to every published
    /// breakdown. The exact analysis finds no withheld count determined or narrowly bounded, and an
    /// attacker who repeatedly solves any identity with one unknown never reaches a withheld count.
    @Test(arguments: [1, 2, 3] as [UInt64])
    func noWithheldCountCanBeDerived(seed: UInt64) {
        var generator = SeededRandomGenerator(seed: seed)
        for _ in 0..<60 {
            let wards = Int.random(in: 2...6, using: &generator)
            let practices = Int.random(in: 2...6, using: &generator)
            var parents: [String: String] = [:]
            for w in 0..<wards { parents["W\(w)"] = "L\(w % 2)" }
            for p in 0..<practices { parents["P\(p)"] = "N\(p % 3)" }
            var totals: [String: Double] = [:]
            for w in 0..<wards {
                for d in 1...3 {
                    let p = Int.random(in: 0..<practices, using: &generator)
                    let n = Double(
                        Int.random(in: 0...4, using: &generator) * Int.random(in: 0...2, using: &generator))
                    for key in [
                        "city|C", "ward|W\(w)", "lcp|L\(w % 2)", "decile|\(d)", "practice|P\(p)",
                        "pcn|N\(p % 3)", "deprivation|\(d == 1 ? "deprived" : "rest")",
                    ] {
                        totals[key, default: 0] += n
                    }
                }
            }
            let results = totals.keys.sorted().map { key -> IndicatorResult in
                let parts = key.split(separator: "|").map(String.init)
                return result(parts[0], parts[1], totals[key]!)
            }
            let outcome = IndicatorDisclosure.solve(results, threshold: 5, parents: parents)
            #expect(outcome.proven && outcome.exposed.isEmpty)
            for (r, hidden) in zip(results, outcome.withheld) where (1..<5).contains(r.numerator) {
                #expect(hidden)
            }
            var known = outcome.withheld.map { !$0 }
            let identities = IndicatorDisclosure.identities(results, parents: parents)
            var solved = true
            while solved {
                solved = false
                for identity in identities {
                    let unknown = ([identity.total] + identity.parts).filter { !known[$0] }
                    if unknown.count == 1 {
                        known[unknown[0]] = true
                        solved = true
                        #expect(!outcome.withheld[unknown[0]], "derived \(results[unknown[0]].group)")
                    }
                }
            }
        }
    }
}
