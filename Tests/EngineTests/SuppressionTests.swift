import Testing

@testable import Engine

@Suite struct SuppressionTests {
    func result(_ breakdown: String, _ group: String, _ numerator: Double) -> IndicatorResult {
        IndicatorResult(
            indicator: "i", period: "2019", breakdown: breakdown, group: group, numerator: numerator,
            denominator: 1000,
            value: numerator, lower95: nil, upper95: nil, lower998: nil, upper998: nil)
    }

    @Test func smallCountsAreSuppressedAndZeroIsNot() {
        let published = Suppression.apply(
            [
                result("city", "C", 100), result("ward", "A", 3), result("ward", "B", 0),
                result("ward", "C", 97),
            ], threshold: 5)
        #expect(published.map(\.suppressed) == [false, true, true, false])
    }

    @Test func noSuppressedCountCanBeDerivedByAnyChainOfSubtractions() {
        // Random places: cells (ward × decile × practice) with small counts, added up to every
        // published breakdown. An attacker knows every additive relation (city = Σ groups of each
        // breakdown, LCP = Σ its wards, PCN = Σ its practices) and repeatedly solves any relation
        // with one unknown. No withheld count may ever be solved.
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
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
                        "pcn|N\(p % 3)",
                    ] {
                        totals[key, default: 0] += n
                    }
                }
            }
            let results = totals.keys.sorted().map { key -> IndicatorResult in
                let parts = key.split(separator: "|").map(String.init)
                return result(parts[0], parts[1], totals[key]!)
            }
            let published = Suppression.apply(results, threshold: 5, parents: parents)
            for p in published where (1..<5).contains(p.result.numerator) { #expect(p.suppressed) }
            var known = published.map { !$0.suppressed }
            // The attacker's own relations, from how the counts were made.
            let index = Dictionary(
                uniqueKeysWithValues: results.enumerated().map { ("\($1.breakdown)|\($1.group)", $0) })
            var relations: [(Int, [Int])] = ["ward", "lcp", "decile", "practice", "pcn"].map { kind in
                (index["city|C"]!, results.indices.filter { results[$0].breakdown == kind })
            }
            for (child, parent) in parents {
                let up = child.hasPrefix("W") ? "lcp" : "pcn"
                guard let total = index["\(up)|\(parent)"] else { continue }
                let kind = child.hasPrefix("W") ? "ward" : "practice"
                relations.append(
                    (
                        total,
                        results.indices.filter {
                            results[$0].breakdown == kind && parents[results[$0].group] == parent
                        }
                    ))
            }
            var solved = true
            while solved {
                solved = false
                for (total, parts) in relations {
                    let unknown = ([total] + parts).filter { !known[$0] }
                    if unknown.count == 1 {
                        known[unknown[0]] = true
                        solved = true
                        #expect(!published[unknown[0]].suppressed, "derived \(results[unknown[0]].group)")
                    }
                }
            }
        }
    }
}
