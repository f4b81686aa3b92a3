import Engine
import Foundation
import PlacePack
import Statistics
import Store
import Synchronization

/// The disclosure control of a computation, solved indicator by indicator as the results are
/// worked out (from several threads at once, ``IndicatorComputation/run(progress:analysed:)``),
/// and what it found.
public final class DisclosureTally: Sendable {
    /// What the control found so far.
    public struct Found: Sendable {
        /// Results withheld.
        public var withheld = 0
        /// Withheld results that could not be protected (none when the control succeeded).
        public var exposed = 0
        /// Indicators of sums, checked by the rule only (not by the exact analysis).
        public var ruleOnly = 0
        /// The threads' time spent solving.
        public var seconds = 0.0
    }

    private let threshold: Int
    private let parents: [String: String]
    private let found = Mutex(Found())

    /// A tally for the indicators of `set` in `store` (whose areas give the nesting).
    ///
    /// - Throws: the store's errors.
    public init(_ store: any PlaceStore, _ set: IndicatorSet) throws {
        threshold = set.suppressionThreshold
        parents = try IndicatorDisclosure.parents(store)
    }

    /// Solves the control of one indicator's `results`, as they are stored.
    public func solve(_ results: [IndicatorResult]) {
        let began = Date()
        let outcome = IndicatorDisclosure.solve(
            IndicatorDisclosure.inStoredOrder(results), threshold: threshold, parents: parents)
        let seconds = Date().timeIntervalSince(began)
        found.withLock {
            $0.withheld += outcome.withheld.filter { $0 }.count
            $0.exposed += outcome.exposed.count
            if !outcome.proven { $0.ruleOnly += 1 }
            $0.seconds += seconds
        }
    }

    /// What the control found.
    public var result: Found { found.withLock { $0 } }
}
