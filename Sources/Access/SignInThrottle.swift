import Foundation
import Synchronization

/// Limits failed sign-ins: after ``limit`` failures for one name, or from one client address,
/// within ``window``, further attempts are refused until the window has passed since the first
/// of them. A success clears the name's failures.
public final class SignInThrottle: Sendable {
    /// Failures allowed within the window.
    public let limit: Int
    /// The window.
    public let window: TimeInterval
    private let now: @Sendable () -> Date
    private let failures = Mutex<[String: [Date]]>([:])

    /// A throttle allowing `limit` failures per `window` seconds (tests set the clock).
    public init(
        limit: Int = 5, window: TimeInterval = 15 * 60, now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.limit = limit
        self.window = window
        self.now = now
    }

    /// Checks that `name` from `client` may try to sign in now.
    ///
    /// - Throws: ``AccessError/tooManyAttempts(retryAfter:)``.
    public func check(name: String, client: String) throws {
        let time = now()
        let wait = failures.withLock { table -> TimeInterval in
            var longest: TimeInterval = 0
            for key in Self.keys(name, client) {
                let recent = (table[key] ?? []).filter { time.timeIntervalSince($0) < window }
                table[key] = recent.isEmpty ? nil : recent
                if recent.count >= limit, let first = recent.first {
                    longest = max(longest, window - time.timeIntervalSince(first))
                }
            }
            return longest
        }
        if wait > 0 { throw AccessError.tooManyAttempts(retryAfter: Int(wait.rounded(.up))) }
    }

    /// Records a failed attempt.
    public func failed(name: String, client: String) {
        let time = now()
        failures.withLock { table in
            for key in Self.keys(name, client) { table[key, default: []].append(time) }
        }
    }

    /// Records a success: the name's failures are forgotten.
    public func succeeded(name: String) {
        _ = failures.withLock { $0.removeValue(forKey: "name:" + name.lowercased()) }
    }

    private static func keys(_ name: String, _ client: String) -> [String] {
        ["name:" + name.lowercased(), "client:" + client]
    }
}
