import PlacePack
import Statistics
import Testing

@testable import Engine

/// The gap, SII/RII and "poorest improving fastest" on figures worked out by hand.
@Suite struct InequalityAnalysisTests {
    func close(_ a: Double?, _ b: Double, _ tolerance: Double = 1e-5) -> Bool {
        guard let a else { return false }
        return abs(a - b) <= tolerance * max(1, abs(b))
    }

    func result(
        _ breakdown: String, _ group: String, _ period: String, _ value: Double, _ lower: Double,
        _ upper: Double, denominator: Double = 1000
    ) -> IndicatorResult {
        IndicatorResult(
            indicator: "x", period: period, breakdown: breakdown, group: group, numerator: 10,
            denominator: denominator, value: value, lower95: lower, upper95: upper, lower998: nil,
            upper998: nil)
    }

    func definition(_ polarity: IndicatorDefinition.Polarity, method: IndicatorDefinition.Method = .crudeRate)
        -> IndicatorDefinition
    {
        IndicatorDefinition(
            id: "x", name: "x", sets: [], definition: "", follows: "", outcome: nil, priorities: [],
            polarity: polarity, unit: "", multiplier: 100_000, method: method, period: .calendarYear,
            breakdowns: [.decile], benchmark: nil, target: nil, note: nil, aggregate: nil, numerator: nil,
            denominator: nil)
    }

    @Test func absoluteGapKeepsEachSidesOwnLimits() throws {
        // deprived 10 (8 to 13), rest 5 (4 to 7): gap 5;
        // lower 5 − √((10−8)² + (7−5)²) = 5 − √8 = 2.171573; upper 5 + √((13−10)² + (5−4)²) = 5 + √10 = 8.162278.
        let gap = try #require(
            InequalityAnalysis.difference(
                result("deprivation", "deprived", "2019", 10, 8, 13),
                result("deprivation", "rest", "2019", 5, 4, 7)))
        #expect(close(gap.0, 5) && close(gap.1, 2.171573) && close(gap.2, 8.162278))
    }

    @Test func relativeGapOnTheLogScale() throws {
        // ratio 2; log limits: ln2 − √(ln(10/8)² + ln(7/5)²) = 0.693147 − 0.403740 → e^0.289406 = 1.335634;
        // ln2 + √(ln(13/10)² + ln(5/4)²) = 0.693147 + 0.344424 → e^1.037571 = 2.822354.
        let ratio = try #require(
            InequalityAnalysis.ratio(
                result("deprivation", "deprived", "2019", 10, 8, 13),
                result("deprivation", "rest", "2019", 5, 4, 7)))
        #expect(close(ratio.0, 2) && close(ratio.1, 1.335634) && close(ratio.2, 2.822354))
    }

    @Test func slopeIndexOfAStraightLineIsItsSlope() throws {
        // Equal populations, decile d at rank midpoint (d − 0.5)/10 with value 102.5 − 50 × midpoint:
        // the fitted line runs from 102.5 (most deprived end) to 52.5, so SII = −50, RII = 52.5/102.5.
        let deciles = (1...10).map { d -> IndicatorResult in
            let v = 102.5 - 50 * (Double(d) - 0.5) / 10
            return result("decile", String(d), "2019", v, v * 0.98, v * 1.02)
        }
        let sii = try #require(
            InequalityAnalysis(definition: definition(.lowerIsBetter), repetitions: 1000).slopeIndex(deciles))
        #expect(close(sii.sii, -50, 1e-9))
        #expect(close(sii.rii, 52.5 / 102.5, 1e-9))
        #expect(sii.siiIntervals[0].lower < -50 && sii.siiIntervals[0].upper > -50)
    }

    @Test func poorestImprovingFastestReadsThroughPolarity() throws {
        // Gap 20 − 10 = 10 in 2014, 14 − 9 = 5 in 2023: change −5. SEs from 95% limits: (22−18)/3.919928 = 1.020426
        // twice and (11−9)/3.919928 = 0.510213 twice; SE of the change √2.603172 = 1.613435; 95%: −5 ± 3.162272.
        let rows = [
            result("deprivation", "deprived", "2014", 20, 18, 22),
            result("deprivation", "rest", "2014", 10, 9, 11),
            result("deprivation", "deprived", "2023", 14, 12, 16),
            result("deprivation", "rest", "2023", 9, 8, 10),
        ]
        let periods = ["2014", "2023"]
        let lower = try #require(
            InequalityAnalysis(definition: definition(.lowerIsBetter)).progress(rows, periods: periods))
        #expect(lower.answer == .faster)
        #expect(
            close(lower.change, -5) && close(lower.changeLower, -8.162272)
                && close(lower.changeUpper, -1.837728))
        let higher = try #require(
            InequalityAnalysis(definition: definition(.higherIsBetter)).progress(rows, periods: periods))
        #expect(higher.answer == .slower)
        let neutral = try #require(
            InequalityAnalysis(definition: definition(.noJudgement)).progress(rows, periods: periods))
        #expect(neutral.answer == .faster)
        // With wide limits the same change is not significant.
        let wide = rows.map {
            result($0.breakdown, $0.group, $0.period, $0.value!, $0.value! - 8, $0.value! + 8)
        }
        #expect(
            InequalityAnalysis(definition: definition(.lowerIsBetter)).progress(wide, periods: periods)?
                .answer
                == .fasterNotSignificant)
    }

    @Test func progressCannotBeCalculatedFromOnePeriod() throws {
        let rows = [
            result("deprivation", "deprived", "2019", 20, 18, 22),
            result("deprivation", "rest", "2019", 10, 9, 11),
        ]
        let answer = InequalityAnalysis(definition: definition(.lowerIsBetter)).progress(
            rows, periods: ["2019"])
        #expect(answer?.answer == .notCalculated)
    }

    @Test func eachLCPHasItsOwnGapWithheldWhenACountIsSmall() {
        // City rows and, within two LCPs, their deprived areas and the rest. L1's counts are all 10
        // (published); L2's deprived numerator is 3, so L2's gap is withheld (its rows are never published).
        func within(_ group: String, _ value: Double, numerator: Double) -> IndicatorResult {
            IndicatorResult(
                indicator: "x", period: "2019", breakdown: "lcp-deprivation", group: group,
                numerator: numerator,
                denominator: 1000, value: value, lower95: value - 1, upper95: value + 1, lower998: nil,
                upper998: nil)
        }
        let rows = [
            result("deprivation", "deprived", "2019", 20, 18, 22),
            result("deprivation", "rest", "2019", 10, 9, 11),
            within("L1|deprived", 30, numerator: 10), within("L1|rest", 12, numerator: 10),
            within("L2|deprived", 3, numerator: 3), within("L2|rest", 8, numerator: 10),
        ]
        let out = InequalityAnalysis(definition: definition(.lowerIsBetter)).inequalities(
            rows, periods: ["2019"], city: "C", threshold: 5)
        #expect(out.map(\.area) == ["C", "L1", "L2"])
        #expect(out[0].gapAbsolute == 10 && out[1].gapAbsolute == 18)
        #expect(out[1].sii == nil)
        #expect(out[2].suppressed && out[2].gapAbsolute == nil && out[2].deprived == nil)
    }
}
