import PlacePack
import Synchronization

/// Counted selections kept for the other indicators of one computation (many share a population).
/// Safe to fill from several threads.
final class CountsCache: Sendable {
    private let counts = Mutex<[String: GroupCounts]>([:])

    /// The key of `selection` counted for `period` periods.
    static func key(_ selection: Selection, _ period: IndicatorDefinition.PeriodType) -> String {
        [
            period.rawValue, selection.table ?? "residents", selection.date ?? "", "\(selection.filters)",
            "\(selection.minAge ?? -1)", "\(selection.maxAge ?? -1)", "\(selection.person)",
            selection.register ?? "", "\(selection.count)", "\(selection.latest)",
        ].joined(separator: "|")
    }

    /// Whether `key` has been counted.
    func contains(_ key: String) -> Bool { counts.withLock { $0[key] != nil } }

    /// Keeps counts under `key`.
    func store(_ key: String, _ value: GroupCounts) { counts.withLock { $0[key] = value } }

    /// Keeps counts under `key`, added to any already kept there (shares of one split pass).
    func accumulate(_ key: String, _ value: GroupCounts) {
        counts.withLock { counts in
            if counts[key] == nil { counts[key] = value } else { counts[key]!.add(value) }
        }
    }

    /// The counts of `request`, counted by `make` the first time.
    func counts(_ request: CountRequest, _ make: () throws -> GroupCounts) rethrows -> GroupCounts {
        let key = request.key
        if let found = counts.withLock({ $0[key] }) { return found }
        let made = try make()
        store(key, made)
        return made
    }
}
