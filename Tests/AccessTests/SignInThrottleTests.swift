import Access
import Foundation
import Testing

/// Failed sign-ins are limited by name and by client address, for a window.
@Suite struct SignInThrottleTests {
    final class Clock: @unchecked Sendable { var date = Date(timeIntervalSince1970: 0) }

    @Test func afterTheLimitAttemptsWaitForTheWindow() throws {
        let clock = Clock()
        let throttle = SignInThrottle(limit: 3, window: 100, now: { clock.date })
        for _ in 0..<3 {
            try throttle.check(name: "ann", client: "10.0.0.1")
            throttle.failed(name: "ann", client: "10.0.0.1")
            clock.date += 10
        }
        #expect(throws: AccessError.tooManyAttempts(retryAfter: 70)) {
            try throttle.check(name: "ANN", client: "10.0.0.9")
        }
        #expect(throws: AccessError.tooManyAttempts(retryAfter: 70)) {
            try throttle.check(name: "bob", client: "10.0.0.1")
        }
        try throttle.check(name: "bob", client: "10.0.0.2")
        clock.date += 71
        try throttle.check(name: "ann", client: "10.0.0.1")
    }

    @Test func aSuccessForgetsTheNamesFailures() throws {
        let clock = Clock()
        let throttle = SignInThrottle(limit: 2, window: 100, now: { clock.date })
        throttle.failed(name: "ann", client: "a")
        throttle.succeeded(name: "ann")
        throttle.failed(name: "ann", client: "b")
        try throttle.check(name: "ann", client: "c")
    }
}
