import Testing

@testable import Statistics

/// Quickselect gives the element a full sort puts at each rank, with ties, runs and extremes.
@Suite struct OrderStatisticTests {
    @Test(arguments: [1, 2, 3, 10, 101, 10_000])
    func selectsWhatSortingPutsAtEachRank(count: Int) {
        var generator = SeededRandomGenerator(seed: UInt64(count))
        let shapes: [[Double]] = [
            (0..<count).map { _ in Double.random(in: -1...1, using: &generator) },
            (0..<count).map { _ in Double(Int.random(in: 0...3, using: &generator)) },
            (0..<count).map(Double.init),
            (0..<count).map { Double(count - $0) },
            Array(repeating: 7, count: count),
        ]
        for values in shapes {
            let sorted = values.sorted()
            let ranks = Set([0, count / 4, count / 2, count - 1, max(0, count - 2)])
            var work = values
            for k in ranks.sorted(by: >) {
                #expect(OrderStatistic.select(k, in: &work) == sorted[k], "rank \(k) of \(count)")
            }
            #expect(work.sorted() == sorted)
        }
    }
}
