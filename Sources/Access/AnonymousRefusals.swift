import Foundation
import Synchronization

/// Refused person-level requests from no signed-in user, counted in memory by minute. They are not
/// written to the append-only log one by one (nothing was shown and nobody is accountable, so a
/// flood of them would only fill the log): a minute's counts are written as one row per action and
/// channel when the minute is over, so the store is written at most once a minute for them.
final class AnonymousRefusals: Sendable {
    /// One minute's counts.
    struct Tally: Sendable, Equatable {
        /// The minute (`YYYY-MM-DDTHH:MM`, UTC).
        var minute: String
        /// Refusals by action and channel.
        var counts: [Key: Int]
    }

    /// What was refused, through what.
    struct Key: Sendable, Hashable {
        let action: AuditEntry.Action
        let channel: AuditEntry.Channel
    }

    private let current = Mutex(Tally(minute: "", counts: [:]))

    /// Counts one refusal at `minute`; returns the previous minute's tally when this one starts a
    /// new minute (to be written).
    func add(_ key: Key, minute: String) -> Tally? {
        current.withLock { tally in
            var finished: Tally?
            if tally.minute != minute {
                finished = tally.counts.isEmpty ? nil : tally
                tally = Tally(minute: minute, counts: [:])
            }
            tally.counts[key, default: 0] += 1
            return finished
        }
    }

    /// Takes the counts not yet written (for a review or at shutdown).
    func take() -> Tally? {
        current.withLock { tally in
            defer { tally.counts = [:] }
            return tally.counts.isEmpty ? nil : tally
        }
    }
}
