import Testing

@testable import Statistics

/// Properties every interval must have, and bad input thrown as errors (never NaN or infinity).
@Suite struct PropertyAndInputTests {
    static let counts: [Double] = [0, 1, 3, 9, 10, 11, 50, 400, 10_000]

    @Test(arguments: counts)
    func intervalsContainTheValue(x: Double) throws {
        for n in [x + 1, 2 * x + 5, 1000 * x + 1000] {
            let estimates = [
                try Proportion.estimate(numerator: x, denominator: n),
                try CrudeRate.estimate(numerator: x, denominator: n),
                try IndirectlyStandardised.ratio(
                    observed: x, populations: [n], referenceCounts: [x + 1], referencePopulations: [n]),
            ]
            for estimate in estimates {
                let value = try #require(estimate.value)
                for interval in estimate.intervals {
                    #expect(
                        interval.lower <= value && value <= interval.upper, "\(estimate.method) \(x)/\(n)")
                    #expect(interval.lower.isFinite && interval.upper.isFinite)
                }
                // The 99.8% interval holds the 95% one.
                #expect(estimate.intervals[1].lower <= estimate.intervals[0].lower)
                #expect(estimate.intervals[1].upper >= estimate.intervals[0].upper)
            }
        }
    }

    @Test(arguments: counts)
    func proportionLimitsStayWithinZeroAndOne(x: Double) throws {
        for n in [x, x + 1, 10 * x + 3] where n > 0 {
            for interval in try Proportion.estimate(numerator: x, denominator: n).intervals {
                #expect(interval.lower >= 0 && interval.upper <= 1, "\(x)/\(n)")
            }
        }
    }

    @Test func intervalsNarrowAsTheDenominatorGrows() throws {
        var previous = (proportion: Double.infinity, rate: Double.infinity, mean: Double.infinity)
        for scale in [1.0, 4, 16, 64, 256] {
            let p = try Proportion.estimate(numerator: 30 * scale, denominator: 100 * scale).intervals[0]
            let r = try CrudeRate.estimate(numerator: 30 * scale, denominator: 1000 * scale).intervals[0]
            let values = (0..<Int(8 * scale)).map { Double($0 % 7) }
            let m = try Mean.estimate(values: values).intervals[0]
            let widths = (p.upper - p.lower, r.upper - r.lower, m.upper - m.lower)
            #expect(widths.0 < previous.proportion && widths.1 < previous.rate && widths.2 < previous.mean)
            previous = (widths.0, widths.1, widths.2)
        }
    }

    @Test func dsrIntervalsContainTheValueAndNarrow() throws {
        var previous = Double.infinity
        for scale in [1.0, 10, 100] {
            let estimate = try DirectlyStandardisedRate.estimate(
                counts: [5, 10, 30].map { $0 * scale }, populations: [1000, 900, 500].map { $0 * scale },
                standardPopulations: [5000, 6000, 2000])
            let value = try #require(estimate.value)
            let interval = estimate.intervals[0]
            #expect(interval.lower < value && value < interval.upper)
            #expect(interval.upper - interval.lower < previous)
            previous = interval.upper - interval.lower
        }
    }

    @Test func badInputIsThrown() throws {
        func reason(_ body: () throws -> Any) -> StatisticsError.Reason? {
            do {
                _ = try body()
                return nil
            } catch let error as StatisticsError { return error.reason } catch { return nil }
        }
        #expect(reason { try Proportion.estimate(numerator: -1, denominator: 10) } == .negativeCount)
        #expect(
            reason { try Proportion.estimate(numerator: 11, denominator: 10) } == .numeratorExceedsDenominator
        )
        #expect(reason { try Proportion.estimate(numerator: 0, denominator: 0) } == .nonPositiveDenominator)
        #expect(reason { try CrudeRate.estimate(numerator: .nan, denominator: 10) } == .notANumber)
        #expect(reason { try CrudeRate.estimate(numerator: 1, denominator: .infinity) } == .notANumber)
        #expect(
            reason { try CrudeRate.estimate(numerator: 1, denominator: 10, multiplier: 0) }
                == .invalidMultiplier)
        #expect(reason { try ConfidenceLevels([0.8]) } == .confidenceOutOfRange)
        #expect(reason { try ConfidenceLevels([1]) } == .confidenceOutOfRange)
        #expect(reason { try ConfidenceLevels([0.95, 0.95]) } == .invalidArgument)
        #expect(reason { try Mean.estimate(values: [1]) } == .tooFewValues)
        #expect(
            reason {
                try DirectlyStandardisedRate.estimate(ageBands: ["0-4"], counts: [1], populations: [10])
            } == .missingAgeBand)
        let bands = StandardPopulation.esp2013.bands.map(\.label)
        var twice = bands
        twice[1] = "0-4"
        let ones = Array(repeating: 1.0, count: bands.count)
        #expect(
            reason { try DirectlyStandardisedRate.estimate(ageBands: twice, counts: ones, populations: ones) }
                == .duplicatedAgeBand)
        #expect(
            reason {
                try DirectlyStandardisedRate.estimate(
                    ageBands: bands + ["95+"], counts: ones + [1], populations: ones + [1])
            } == .unknownAgeBand)
        #expect(
            reason {
                try IndirectlyStandardised.ratio(
                    observed: 1, populations: [0], referenceCounts: [1], referencePopulations: [10])
            } == .nonPositiveDenominator)
        #expect(reason { try StandardPopulation(labels: ["x"], populations: [1]) } == .unknownAgeBand)
        #expect(
            reason { try Proportion.estimate(numerators: [1, 2], denominators: [3]) } == .mismatchedLengths)
    }

    @Test func errorsNameTheFieldAndPosition() {
        do {
            _ = try CrudeRate.estimate(numerators: [1, -2], denominators: [10, 10])
            Issue.record("no error")
        } catch let error as StatisticsError {
            #expect(error.field == "numerator")
            #expect(error.index == 1)
            #expect(error.description.contains("numerator [1]"))
        } catch { Issue.record("\(error)") }
    }

    @Test func labelsFollowTheReference() {
        #expect(ConfidenceLevels.label(0.95) == "95_0")
        #expect(ConfidenceLevels.label(0.998) == "99_8")
        #expect(ConfidenceLevels.label(0.9) == "90_0")
    }
}
