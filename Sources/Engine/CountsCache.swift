import Foundation
import PlacePack

/// Counted selections kept for the other indicators of one computation (many share a population).
/// Safe to fill from several threads.
final class CountsCache: @unchecked Sendable {
    private var counts: [String: GroupCounts] = [:]
    private let lock = NSLock()

    /// The key of `selection` counted for `period` periods.
    static func key(_ selection: Selection, _ period: IndicatorDefinition.PeriodType) -> String {
        [
            period.rawValue, selection.table ?? "residents", selection.date ?? "", "\(selection.filters)",
            "\(selection.minAge ?? -1)", "\(selection.maxAge ?? -1)", "\(selection.person)",
            selection.register ?? "", "\(selection.count)", "\(selection.latest)",
        ].joined(separator: "|")
    }

    /// Whether `key` has been counted.
    func contains(_ key: String) -> Bool { lock.withLock { counts[key] != nil } }

    /// Keeps counts under `key`.
    func store(_ key: String, _ value: GroupCounts) { lock.withLock { counts[key] = value } }

    /// Keeps counts under `key`, added to any already kept there (shares of one split pass).
    func accumulate(_ key: String, _ value: GroupCounts) {
        lock.withLock {
            if counts[key] == nil { counts[key] = value } else { counts[key]!.add(value) }
        }
    }

    /// The counts of `request`, counted by `make` the first time.
    func counts(_ request: CountRequest, _ make: () throws -> GroupCounts) rethrows -> GroupCounts {
        let key = request.key
        if let found = lock.withLock({ counts[key] }) { return found }
        let made = try make()
        store(key, made)
        return made
    }
}
