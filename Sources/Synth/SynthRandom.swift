import Foundation
import Statistics

/// The synthesis's random draws, from the Statistics module's seeded generator (xoshiro256**).
///
/// Each LSOA gets its own stream, derived from the seed and the LSOA's position, so the synthetic
/// place is the same whatever the order or parallelism of generation.
struct SynthRandom {
    private var generator: SeededRandomGenerator

    /// A stream for `seed` and `stream`.
    init(seed: UInt64, stream: UInt64) {
        generator = SeededRandomGenerator(
            seed: seed &* 0x9E37_79B9_7F4A_7C15 ^ (stream &+ 1) &* 0xBF58_476D_1CE4_E5B9)
    }

    mutating func next() -> UInt64 { generator.next() }

    /// Uniform in [0, 1).
    mutating func uniform() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool { uniform() < p }

    /// Uniform whole number in `range`.
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    /// Exponential with mean 1.
    mutating func exponential() -> Double { -log(1 - uniform()) }

    /// Standard normal (Box-Muller).
    mutating func normal() -> Double {
        let u1 = 1 - uniform()
        return sqrt(-2 * log(u1)) * cos(2 * Double.pi * uniform())
    }

    /// Poisson with mean `lambda` (multiplication method; the means here are small).
    mutating func poisson(_ lambda: Double) -> Int {
        guard lambda > 0 else { return 0 }
        if lambda > 30 { return max(0, Int((lambda + sqrt(lambda) * normal()).rounded())) }
        let limit = exp(-lambda)
        var product = uniform()
        var count = 0
        while product > limit {
            count += 1
            product *= uniform()
        }
        return count
    }

    /// An index drawn with probability proportional to `weights`.
    mutating func pick(_ weights: [Double]) -> Int {
        let total = weights.reduce(0, +)
        var target = uniform() * total
        for (index, weight) in weights.enumerated() {
            target -= weight
            if target < 0 { return index }
        }
        return weights.count - 1
    }

    /// A key drawn with probability proportional to its weight.
    mutating func pick(_ weights: [(key: String, value: Double)]) -> String {
        weights[pick(weights.map(\.value))].key
    }
}
