import Synchronization

/// The standard normal deviates of a seeded generator (``SeededRandomGenerator/nextNormal()``), in
/// order, worked out once for each seed and shared: every SII of a computation simulates from the
/// same seed, so each would otherwise invert the normal distribution at the same uniforms again.
/// The values are exactly the generator's, so results do not change.
enum NormalDraws {
    /// The longest sequence kept for a seed (8 MB); longer ones are drawn afresh each time.
    static let limit = 1_000_000

    private static let cache = Mutex<[UInt64: [Double]]>([:])

    /// The first `count` deviates of the generator seeded with `seed`.
    static func first(_ count: Int, seed: UInt64) -> [Double] {
        guard count <= limit else { return draw(count, seed: seed) }
        if let kept = cache.withLock({ $0[seed] }), kept.count >= count { return kept }
        // Worked out outside the lock; two threads asking at once both work it out, the same.
        let made = draw(max(count, 100_000), seed: seed)
        cache.withLock { kept in
            if (kept[seed]?.count ?? 0) < made.count { kept[seed] = made }
        }
        return made
    }

    private static func draw(_ count: Int, seed: UInt64) -> [Double] {
        var generator = SeededRandomGenerator(seed: seed)
        return (0..<count).map { _ in generator.nextNormal() }
    }
}
