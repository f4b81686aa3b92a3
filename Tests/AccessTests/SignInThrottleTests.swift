import Access
import Foundation
import Testing

/// Sign-in attempts are reserved before the password is checked and slowed by increasing delays,
/// counted by name and client, by client, and by name (issue 12, items 10, 11 and 17).
@Suite struct SignInThrottleTests {
    final class Clock: @unchecked Sendable { var date = Date(timeIntervalSince1970: 0) }

    @Test func pastTheLimitEachAttemptWaitsLongerButNeverLongerThanTheLongestDelay() throws {
        let clock = Clock()
        let throttle = SignInThrottle(limit: 3, window: 900, longestDelay: 30, now: { clock.date })
        for _ in 0..<3 { _ = try throttle.reserve(name: "ann", client: "10.0.0.1") }
        var waits: [Int] = []
        for _ in 0..<6 {
            do {
                _ = try throttle.reserve(name: "ann", client: "10.0.0.1")
                Issue.record("an attempt past the limit was not delayed")
            } catch let error as AccessError {
                let wait = try #require(error.retryAfter)
                waits.append(wait)
                clock.date += TimeInterval(wait)
                _ = try throttle.reserve(name: "ann", client: "10.0.0.1")
            }
        }
        #expect(waits == [2, 4, 8, 16, 30, 30])
    }

    @Test func concurrentAttemptsAreCountedBeforeAnyPasswordIsChecked() async throws {
        let throttle = SignInThrottle(limit: 5)
        let outcomes = await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<30 {
                group.addTask { (try? throttle.reserve(name: "ann", client: "10.0.0.1")) != nil }
            }
            return await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(outcomes.filter { $0 }.count == 5)
    }

    /// One attacker cannot lock a named user out: from another address the user still signs in,
    /// and even the name's own limit only delays, for at most the longest delay.
    @Test func anAttackerOnlyDelaysTheUserTheyTarget() throws {
        let clock = Clock()
        let throttle = SignInThrottle(limit: 2, window: 900, longestDelay: 60, now: { clock.date })
        for _ in 0..<2 { _ = try throttle.reserve(name: "ann", client: "attacker") }
        #expect(throws: AccessError.self) { try throttle.reserve(name: "ann", client: "attacker") }
        let own = try throttle.reserve(name: "ann", client: "ann's desk")
        throttle.succeeded(own)
        // Many attackers reach the name's limit (10 × 2): the user waits, then signs in.
        for i in 0..<20 { _ = try? throttle.reserve(name: "ann", client: "bot\(i)") }
        #expect(throws: AccessError.self) { try throttle.reserve(name: "ann", client: "ann's desk") }
        clock.date += 60
        #expect(throws: Never.self) { try throttle.reserve(name: "ann", client: "ann's desk") }
    }

    @Test func aSuccessForgetsTheNamesFailuresAndTakesItsOwnAttemptBack() throws {
        let throttle = SignInThrottle(limit: 2)
        _ = try throttle.reserve(name: "ann", client: "a")
        throttle.succeeded(try throttle.reserve(name: "ann", client: "a"))
        _ = try throttle.reserve(name: "ann", client: "a")
        _ = try throttle.reserve(name: "ann", client: "a")
        #expect(throws: AccessError.self) { try throttle.reserve(name: "ann", client: "a") }
    }

    @Test func theTableIsBounded() throws {
        let throttle = SignInThrottle(limit: 5, capacity: 300)
        for i in 0..<2_000 {
            _ = try throttle.reserve(name: "user\(i)", client: "10.0.\(i / 250).\(i % 250)")
        }
        #expect(throttle.keysHeld <= 300)
        #expect(throttle.keysHeld >= 200)
    }
}

/// At most `capacity` password checks run at once; a full queue is refused at once.
@Suite struct VerificationSlotsTests {
    final class Peak: @unchecked Sendable {
        let lock = NSLock()
        var (now, most) = (0, 0)
        func change(_ by: Int) {
            lock.withLock {
                now += by; most = max(most, now)
            }
        }
    }

    @Test func checksRunInBoundedSlotsAndAFullQueueIsRefused() async throws {
        let slots = VerificationSlots(capacity: 2, queue: 3)
        let peak = Peak()
        let results = await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<12 {
                group.addTask {
                    do {
                        return try await slots.run {
                            peak.change(1)
                            try await Task.sleep(for: .milliseconds(100))
                            peak.change(-1)
                            return true
                        }
                    } catch { return false }
                }
            }
            return await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(peak.most == 2)
        #expect(results.filter { $0 }.count >= 5)
        #expect(results.filter { !$0 }.count >= 1, "beyond 2 running and 3 waiting, refused")
        #expect(slots.inUse == 0)
    }
}

/// Weak passwords are refused (issue 12, item 14); strong ones and passphrases pass.
@Suite struct PasswordStrengthTests {
    @Test(arguments: [
        "aaaaaaaaaaaabcde", "Password1234!", "qwertyuiop123", "Leeds2026Leeds2026", "abcdefghijklmnop",
        "P@ssw0rd2026!!", "welcome1welcome1", "1234567890abcd", "nhsleedsnhsleeds", "zxcvbnm,./asdf",
    ])
    func weakPasswordsAreRefused(password: String) {
        #expect(throws: AccessError.self, "\(password)") {
            try UserDirectory.checkStrength(password, name: "ann")
        }
    }

    @Test(arguments: [
        "correct horse battery staple", "Tq7#mZp2!vRx9Lw", "violet kettle under marsh", "gT4kP9sW2xQ7mN3b",
    ])
    func strongPasswordsPass(password: String) throws {
        try UserDirectory.checkStrength(password, name: "ann")
    }

    /// Generated passwords pass, even for a name short enough to turn up in one by chance (a
    /// name of two letters is in about one password in forty).
    @Test func generatedPasswordsPass() throws {
        for _ in 0..<200 {
            try UserDirectory.checkStrength(UserDirectory.generatePassword(for: "ann"), name: "ann")
            try UserDirectory.checkStrength(UserDirectory.generatePassword(for: "ab"), name: "ab")
        }
    }
}
