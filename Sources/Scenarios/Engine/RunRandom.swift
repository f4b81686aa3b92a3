import Foundation
import Statistics

/// The random numbers of one Monte Carlo run: a generator seeded from the scenario's seed and the
/// run's number alone, so that a run draws the same numbers whichever thread runs it and whatever
/// runs come before it. Lever values are sampled from their 80% intervals; activity is resampled
/// by Poisson counts (the kept and the avoided activity, which is binomial thinning of a Poisson count).
public struct RunRandom: Sendable {
    private var generator: SeededRandomGenerator

    /// The generator of run `run` of a scenario seeded with `seed`.
    public init(seed: UInt64, run: Int) {
        // Two SplitMix64 steps mix the run into the seed, so that neighbouring runs are unrelated.
        var z = seed &+ 0x9E37_79B9_7F4A_7C15 &* UInt64(truncatingIfNeeded: run &+ 1)
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        generator = SeededRandomGenerator(seed: z ^ (z >> 31))
    }

    /// The standard normal quantile of 0.9: an 80% interval is this many standard deviations each
    /// side of its middle.
    static let z90 = 1.2815515655446004

    /// A uniform number strictly between 0 and 1.
    public mutating func uniform() -> Double { generator.nextOpenUnit() }

    /// A value of `interval`: normal with the interval's middle as mean and 80% of its mass between
    /// low and high, kept within `range` (a share within 0 to 1, for example); exactly the value
    /// of an interval of zero width (no number is drawn for it).
    public mutating func sample(
        _ interval: LeverInterval, within range: ClosedRange<Double> = -.infinity...(.infinity)
    )
        -> Double
    {
        guard interval.high > interval.low else { return interval.low }
        let sd = (interval.high - interval.low) / (2 * Self.z90)
        let value = interval.middle + sd * generator.nextNormal()
        return min(max(value, range.lowerBound), range.upperBound)
    }

    /// A Poisson count of mean `mean`: by multiplying uniforms below 12, else by Hörmann's
    /// transformed rejection (PTRS, as NumPy draws).
    public mutating func poisson(_ mean: Double) -> Int {
        guard mean > 0 else { return 0 }
        if mean < 12 {
            let limit = exp(-mean)
            var product = uniform()
            var count = 0
            while product > limit {
                product *= uniform()
                count += 1
            }
            return count
        }
        let root = mean.squareRoot()
        let logMean = log(mean)
        let b = 0.931 + 2.53 * root
        let a = -0.059 + 0.02483 * b
        let inverseAlpha = 1.1239 + 1.1328 / (b - 3.4)
        let vr = 0.9277 - 3.6224 / (b - 2)
        while true {
            let u = uniform() - 0.5
            let v = uniform()
            let us = 0.5 - abs(u)
            let k = ((2 * a / us + b) * u + mean + 0.43).rounded(.down)
            if us >= 0.07, v <= vr { return Int(k) }
            if k < 0 || (us < 0.013 && v > us) { continue }
            if log(v) + log(inverseAlpha) - log(a / (us * us) + b) <= -mean + k * logMean - lgamma(k + 1) {
                return Int(k)
            }
        }
    }
}
