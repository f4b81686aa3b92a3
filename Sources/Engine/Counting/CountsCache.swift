import Synchronization

/// Counted plans kept for the other indicators of one computation (many share a population).
/// Safe to fill from several threads.
final class CountsCache: Sendable {
    private let counts = Mutex<[CountPlan: GroupCounts]>([:])

    /// Whether `plan` has been counted.
    func contains(_ plan: CountPlan) -> Bool { counts.withLock { $0[plan] != nil } }

    /// Keeps the counts of `plan`.
    func store(_ plan: CountPlan, _ value: GroupCounts) { counts.withLock { $0[plan] = value } }

    /// Keeps the counts of `plan`, added to any already kept for it (shares of one split pass).
    func accumulate(_ plan: CountPlan, _ value: GroupCounts) {
        counts.withLock { counts in
            if counts[plan] == nil { counts[plan] = value } else { counts[plan]!.add(value) }
        }
    }

    /// The counts of `plan`, counted by `make` the first time.
    func counts(_ plan: CountPlan, _ make: () throws -> GroupCounts) rethrows -> GroupCounts {
        if let found = counts.withLock({ $0[plan] }) { return found }
        let made = try make()
        store(plan, made)
        return made
    }
}
