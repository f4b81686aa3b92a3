import Testing

@testable import Statistics

/// The shared normal deviates are exactly the seeded generator's, whatever order they are asked
/// for in, and an SII is the same whether its deviates come from the store of them or afresh.
@Suite struct NormalDrawsTests {
    static func fresh(_ count: Int, seed: UInt64) -> [Double] {
        var generator = SeededRandomGenerator(seed: seed)
        return (0..<count).map { _ in generator.nextNormal() }
    }

    @Test func deviatesAreTheGeneratorsInOrder() {
        for (count, seed) in [(7, UInt64(90_001)), (150_000, 90_001), (10, 90_001), (3, 90_002)] {
            let shared = NormalDraws.first(count, seed: seed)
            #expect(shared.count >= count)
            #expect(Array(shared.prefix(count)) == Self.fresh(count, seed: seed))
        }
        // Past the limit, drawn afresh, still the same sequence.
        let long = NormalDraws.limit + 5
        #expect(NormalDraws.first(long, seed: 90_003).suffix(5) == Self.fresh(long, seed: 90_003).suffix(5))
    }

    @Test func anSIIDrawsTheSameDeviatesOnAnyThread() async throws {
        let quantiles = (1...10).map { i in
            InequalityIndex.Quantile(
                order: Double(i), population: 1_000, value: 50 + 3 * Double(i), standardError: 2)
        }
        let once = try InequalityIndex.compute(quantiles: quantiles, repetitions: 2_000, seed: 77)
        let results = try await withThrowingTaskGroup(of: InequalityIndex.Result.self) { group in
            for _ in 0..<4 {
                group.addTask {
                    try InequalityIndex.compute(quantiles: quantiles, repetitions: 2_000, seed: 77)
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        for result in results {
            #expect(result.siiIntervals.map(\.lower) == once.siiIntervals.map(\.lower))
            #expect(result.riiIntervals.map(\.upper) == once.riiIntervals.map(\.upper))
        }
        // Values rising by 3 a tenth of the population: a slope of 30 from bottom to top.
        #expect(abs(once.sii - 30) < 1e-9)
        #expect(once.siiIntervals.allSatisfy { $0.lower < 30 && $0.upper > 30 })
    }
}
