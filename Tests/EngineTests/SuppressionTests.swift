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

    @Test func noSuppressedCountCanBeDerivedFromTheTotal() {
        // Random partitions: whenever a group is withheld, at least one other group of the same
        // breakdown is withheld too, so the city total minus the published groups never isolates one.
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let counts = (0..<Int.random(in: 2...8, using: &generator)).map { _ in
                Double(Int.random(in: 0...12, using: &generator))
            }
            let results =
                [result("city", "C", counts.reduce(0, +))]
                + counts.enumerated().map { result("ward", "W\($0)", $1) }
            let published = Suppression.apply(results, threshold: 5)
            let wards = published.filter { $0.result.breakdown == "ward" }
            let hidden = wards.filter(\.suppressed)
            #expect(hidden.count != 1)
            for ward in wards where (1..<5).contains(ward.result.numerator) { #expect(ward.suppressed) }
            // What a reader can derive: total minus published groups = sum of the hidden ones.
            if hidden.count >= 2 {
                let derivable =
                    counts.reduce(0, +) - wards.filter { !$0.suppressed }.map(\.result.numerator).reduce(0, +)
                #expect(derivable == hidden.map(\.result.numerator).reduce(0, +))
            }
        }
    }
}
