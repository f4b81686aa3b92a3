import Foundation
import Testing

@testable import Scenarios

/// The Monte Carlo draws: lever intervals hold 80% of their samples, Poisson counts
/// have the right mean and variance, and a run's numbers depend on the seed and the run alone.
@Suite struct RunRandomTests {
    static let draws = 200_000

    /// Within `k` standard errors of `expected`, the standard error being `sd / √n`.
    static func near(_ value: Double, _ expected: Double, sd: Double, n: Int = draws, k: Double = 5) -> Bool {
        abs(value - expected) <= k * sd / Double(n).squareRoot()
    }

    @Test func anIntervalHoldsEightyPercentOfItsSamples() {
        var random = RunRandom(seed: 7, run: 0)
        let interval = LeverInterval(0.10, 0.30)
        var samples = (0..<Self.draws).map { _ in random.sample(interval) }
        samples.sort()
        // The 10th and 90th percentiles are the interval's ends (each within a small tolerance).
        #expect(abs(samples[Self.draws / 10] - 0.10) < 0.002)
        #expect(abs(samples[Self.draws * 9 / 10] - 0.30) < 0.002)
        #expect(Self.near(samples.reduce(0, +) / Double(Self.draws), 0.20, sd: 0.2 / (2 * RunRandom.z90)))
        // Zero width: the value itself; a range keeps samples within it.
        #expect(random.sample(LeverInterval(0.25, 0.25)) == 0.25)
        #expect(
            (0..<1_000).allSatisfy { _ in
                (0...0.5).contains(random.sample(LeverInterval(0.3, 0.7), within: 0...0.5))
            })
    }

    @Test(arguments: [0.5, 3.0, 11.9, 12.0, 40.0, 2_500.0])
    func poissonCountsHaveTheirMeanAsMeanAndVariance(mean: Double) {
        var random = RunRandom(seed: 11, run: Int(mean * 10))
        let counts = (0..<Self.draws).map { _ in Double(random.poisson(mean)) }
        let average = counts.reduce(0, +) / Double(Self.draws)
        let variance = counts.reduce(0) { $0 + ($1 - average) * ($1 - average) } / Double(Self.draws - 1)
        #expect(Self.near(average, mean, sd: mean.squareRoot()), "mean \(average)")
        // The variance of a sample variance of a Poisson is about (2λ² + λ) / n.
        #expect(Self.near(variance, mean, sd: (2 * mean * mean + mean).squareRoot()), "variance \(variance)")
        #expect(counts.allSatisfy { $0 >= 0 })
    }

    @Test func edgesNeedNoNumbers() {
        var random = RunRandom(seed: 1, run: 1)
        #expect(random.poisson(0) == 0)
    }

    @Test func aRunsNumbersDependOnTheSeedAndTheRunAlone() async {
        func numbers(_ seed: UInt64, _ run: Int) -> [Double] {
            var random = RunRandom(seed: seed, run: run)
            return (0..<5).map { _ in random.uniform() }
        }
        let alone = (0..<8).map { numbers(42, $0) }
        // The same runs drawn on other threads, in another order.
        let threaded = await withTaskGroup(of: (Int, [Double]).self) { group in
            for run in (0..<8).reversed() { group.addTask { (run, numbers(42, run)) } }
            return await group.reduce(into: [Int: [Double]]()) { $0[$1.0] = $1.1 }
        }
        #expect((0..<8).allSatisfy { threaded[$0] == alone[$0] })
        #expect(Set(alone.map { $0[0] }).count == 8)
        #expect(numbers(43, 0) != alone[0])
    }
}
