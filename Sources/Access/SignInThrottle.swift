import Foundation
import Synchronization

/// Limits sign-in attempts by increasing delays, not lockouts.
///
/// Each attempt is reserved, and counted as a failure, before its password is checked, so
/// concurrent attempts cannot slip past the limit; a success takes its own count back and clears
/// the name's. Failures are counted for three keys, each with a number allowed freely within
/// ``window``: the name from one client (``limit``), one client for any names (4 × ``limit``),
/// and the name from every client (10 × ``limit``). Past that, the next attempt for the key waits
/// 2, 4, 8, … seconds after the last failure, up to ``longestDelay``: an attacker is slowed to a
/// guess per delay, and nobody can lock a user out for longer than that. The table is bounded: at
/// ``capacity`` keys, expired ones are dropped, then the oldest.
public final class SignInThrottle: Sendable {
    /// Failures allowed freely for a name from one client within the window.
    public let limit: Int
    /// How long a failure is remembered.
    public let window: TimeInterval
    /// The longest delay asked for.
    public let longestDelay: TimeInterval
    /// Keys remembered at most.
    public let capacity: Int
    private let now: @Sendable () -> Date
    private let table = Mutex<[String: Failures]>([:])

    /// Failures of one key: how many in the window, and the last.
    struct Failures: Sendable {
        var count: Int
        var last: Date
    }

    /// One reserved attempt: give it back with ``succeeded(_:)`` when the password was right.
    public struct Attempt: Sendable {
        fileprivate let name: String
        fileprivate let keys: [String]
    }

    /// A throttle allowing `limit` free failures per name and client per `window` seconds (tests
    /// set the clock).
    public init(
        limit: Int = 5, window: TimeInterval = 15 * 60, longestDelay: TimeInterval = 5 * 60,
        capacity: Int = 100_000, now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.limit = limit
        self.window = window
        self.longestDelay = longestDelay
        self.capacity = capacity
        self.now = now
    }

    /// Reserves an attempt by `name` from `client`, counting it as a failure until it succeeds.
    ///
    /// - Throws: ``AccessError/tooManyAttempts(retryAfter:)`` with the seconds to wait.
    public func reserve(name: String, client: String) throws -> Attempt {
        let time = now()
        let keys = Self.keys(name.lowercased(), client)
        let allowed = [limit, 4 * limit, 10 * limit]
        let wait = table.withLock { table -> TimeInterval in
            var wait: TimeInterval = 0
            for (key, free) in zip(keys, allowed) {
                guard var entry = table[key] else { continue }
                if time.timeIntervalSince(entry.last) >= window {
                    table[key] = nil
                    continue
                }
                entry.count = max(entry.count, 0)
                if entry.count >= free {
                    let delay = min(longestDelay, pow(2, Double(min(entry.count - free + 1, 30))))
                    wait = max(wait, delay - time.timeIntervalSince(entry.last))
                }
            }
            guard wait <= 0 else { return wait }
            if table.count + keys.count > capacity { prune(&table, at: time) }
            for key in keys {
                if var entry = table[key] {
                    entry.count += 1
                    entry.last = time
                    table[key] = entry
                } else {
                    table[key] = Failures(count: 1, last: time)
                }
            }
            return 0
        }
        if wait > 0 { throw AccessError.tooManyAttempts(retryAfter: Int(wait.rounded(.up))) }
        return Attempt(name: name.lowercased(), keys: keys)
    }

    /// The password was right: the attempt is not a failure, and the name's failures are forgotten
    /// (the client's other failures stay).
    public func succeeded(_ attempt: Attempt) {
        table.withLock { table in
            for key in attempt.keys where key.hasPrefix("client:") { table[key]?.count -= 1 }
            for key in attempt.keys where !key.hasPrefix("client:") { table[key] = nil }
        }
    }

    /// Keys remembered now (for tests of the bound).
    public var keysHeld: Int { table.withLock { $0.count } }

    /// Drops expired keys; if that is not enough, the oldest, until a tenth of the capacity is free.
    private func prune(_ table: inout [String: Failures], at time: Date) {
        table = table.filter { time.timeIntervalSince($0.value.last) < window }
        let excess = table.count - (capacity - max(3, capacity / 10))
        guard excess > 0 else { return }
        for (key, _) in table.sorted(by: { $0.value.last < $1.value.last }).prefix(excess) {
            table[key] = nil
        }
    }

    private static func keys(_ name: String, _ client: String) -> [String] {
        ["pair:\(client)|\(name)", "client:" + client, "name:" + name]
    }
}
