import Foundation
import Testing

@testable import Statistics

/// Rates of summed record values (bed days, delayed days): the compound Poisson variance Σx², on
/// cases whose answer is known without the formula.
@Suite struct SummedValueRateTests {
    func close(_ a: Double?, _ b: Double?, _ tolerance: Double = 1e-9) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        return abs(a - b) <= tolerance * max(1, abs(b))
    }

    /// When every value is 1, the sum is a count and the limits are the count's.
    @Test(arguments: [0.0, 3, 9, 10, 57, 1234])
    func valuesOfOneAreACount(count: Double) throws {
        let summed = try CrudeRate.estimate(sum: count, sumOfSquares: count, denominator: 5000)
        let counted = try CrudeRate.estimate(numerator: count, denominator: 5000)
        #expect(close(summed.value, counted.value))
        for level in [0.95, 0.998] {
            #expect(close(summed.interval(at: level)?.lower, counted.interval(at: level)?.lower))
            #expect(close(summed.interval(at: level)?.upper, counted.interval(at: level)?.upper))
        }
    }

    /// m stays of k nights each: the rate is k times the rate of m stays, and so are its limits
    /// (the effective number of events is m).
    @Test(arguments: [(4.0, 5.0), (20, 5), (20, 30), (300, 2.5)])
    func equalValuesScaleTheirCount(stays: Double, nights: Double) throws {
        let summed = try CrudeRate.estimate(
            sum: stays * nights, sumOfSquares: stays * nights * nights, denominator: 8000)
        let stayRate = try CrudeRate.estimate(numerator: stays, denominator: 8000)
        #expect(close(summed.value, stayRate.value.map { $0 * nights }))
        for level in [0.95, 0.998] {
            #expect(
                close(
                    summed.interval(at: level)?.lower, stayRate.interval(at: level).map { $0.lower * nights })
            )
            #expect(
                close(
                    summed.interval(at: level)?.upper, stayRate.interval(at: level).map { $0.upper * nights })
            )
        }
        #expect(summed.method == stayRate.method)
    }

    /// A sum made of a few long stays is less certain than the same sum of many short ones.
    @Test func fewLongStaysWidenTheInterval() throws {
        let long = try CrudeRate.estimate(sum: 100, sumOfSquares: 5 * 20 * 20, denominator: 1000)
        let short = try CrudeRate.estimate(sum: 100, sumOfSquares: 100, denominator: 1000)
        let l = try #require(long.interval(at: 0.95)), s = try #require(short.interval(at: 0.95))
        #expect(l.upper - l.lower > 3 * (s.upper - s.lower))
    }

    /// A DSR whose bands hold m stays of k nights each has k times the limits of the stays' DSR;
    /// with sums of squares equal to the counts it is the plain DSR.
    @Test func standardisedSumsScaleTheirCounts() throws {
        let stays = [12.0, 30, 45, 80]
        let populations = [4000.0, 5000, 3000, 1500]
        let standard = [5500.0, 6000, 5000, 2500]
        let k = 6.0
        var summed = DirectlyStandardisedRate.Accumulator()
        var counted = DirectlyStandardisedRate.Accumulator()
        var plain = DirectlyStandardisedRate.Accumulator()
        for i in stays.indices {
            try summed.add(
                count: stays[i] * k, population: populations[i], standardPopulation: standard[i],
                sumOfSquares: stays[i] * k * k)
            try counted.add(count: stays[i], population: populations[i], standardPopulation: standard[i])
            try plain.add(
                count: stays[i], population: populations[i], standardPopulation: standard[i],
                sumOfSquares: stays[i])
        }
        let s = try summed.estimate(), c = try counted.estimate(), p = try plain.estimate()
        #expect(close(s.value, c.value.map { $0 * k }))
        #expect(close(s.interval(at: 0.95)?.lower, c.interval(at: 0.95).map { $0.lower * k }))
        #expect(close(s.interval(at: 0.998)?.upper, c.interval(at: 0.998).map { $0.upper * k }))
        #expect(close(p.value, c.value))
        #expect(close(p.interval(at: 0.95)?.lower, c.interval(at: 0.95)?.lower))
        #expect(close(p.interval(at: 0.95)?.upper, c.interval(at: 0.95)?.upper))
    }

    @Test func negativeSumsOfSquaresAreRefused() {
        #expect(throws: StatisticsError.self) {
            try CrudeRate.estimate(sum: 10, sumOfSquares: -1, denominator: 100)
        }
    }
}
