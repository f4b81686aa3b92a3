import Access
@testable import Dashboard
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// Sign-in, sessions, CSRF and the limit on failed sign-ins.
@Suite struct SignInTests {
    @Test func signingInRotatesTheSessionAndSetsASecureHTTPOnlyStrictCookie() async throws {
        let dashboard = try await AccessFixture.dashboard()
        let app = Application(router: dashboard.router())
        try await app.test(.router) { raw in
            let client = SessionClient(raw)
            let form = try await client.get("/signin")
            #expect(form.status == 200)
            #expect(form.body.contains("name=\"csrf\""))
            let anonymous = try #require(client.cookie)
            let cookie = try #require(form.headers[values: .setCookie].first)
            for flag in ["HttpOnly", "Secure", "SameSite=Strict", "Path=/"] {
                #expect(cookie.contains(flag), "session cookie has \(flag)")
            }
            let signedIn = try await client.signIn("ann.analyst", AccessFixture.password)
            #expect(signedIn.status == 303)
            #expect(signedIn.headers[.location] == "/population")
            #expect(client.cookie != nil && client.cookie != anonymous, "a new session id at sign-in")
            let page = try await client.get("/population")
            #expect(page.body.contains("Signed in as <strong>ann.analyst</strong>"))
            // Sign out: the session ends; the same cookie no longer signs anyone in.
            let token = try await client.token()
            let out = try await client.post("/signout", [("csrf", token)])
            #expect(out.status == 303)
            let after = try await client.get("/population")
            #expect(!after.body.contains("Signed in as"))
        }
    }

    @Test func aFormWithoutTheSessionsTokenIsRefused() async throws {
        let dashboard = try await AccessFixture.dashboard()
        let app = Application(router: dashboard.router())
        try await app.test(.router) { raw in
            let client = SessionClient(raw)
            _ = try await client.token()
            for token in ["", "forged", String(repeating: "0", count: 64)] {
                let page = try await client.post(
                    "/signin",
                    [("name", "ann.analyst"), ("password", AccessFixture.password), ("csrf", token)])
                #expect(page.status == 403, "token '\(token)'")
                #expect(page.body.contains("The form has expired"))
            }
            // No session at all (a request from another site carries no cookie under SameSite=Strict).
            let stranger = SessionClient(raw)
            let page = try await stranger.post(
                "/signin", [("name", "ann.analyst"), ("password", AccessFixture.password), ("csrf", "x")])
            #expect(page.status == 403)
        }
    }

    @Test func wrongPasswordsAreLimitedAndTheMessageSaysNothingAboutWhichWasWrong() async throws {
        _ = try await AccessFixture.dashboard()
        let clock = TestClock()
        let throttle = SignInThrottle(limit: 3, window: 600, now: { clock.now })
        let dashboard = try Dashboard(
            store: DashboardFixture.store, pack: DashboardFixture.pack, throttle: throttle)
        let app = Application(router: dashboard.router())
        try await app.test(.router) { raw in
            let client = SessionClient(raw)
            let unknown = try await client.signIn("nobody.here", "whatever-password")
            let wrong = try await client.signIn("ann.analyst", "not-the-password")
            #expect(unknown.status == 401)
            #expect(wrong.status == 401)
            #expect(unknown.body.contains(AccessError.signInFailed.description))
            #expect(wrong.body.contains(AccessError.signInFailed.description))
            _ = try await client.signIn("ann.analyst", "still-not-it")
            _ = try await client.signIn("ann.analyst", "nor-this")
            let limited = try await client.signIn("ann.analyst", AccessFixture.password)
            #expect(limited.status == 429, "the right password waits while delayed")
            let wait = limited.headers[.retryAfter].flatMap(Int.init)
            #expect(wait.map { $0 > 0 && $0 <= 300 } == true)
            clock.advance(TimeInterval(wait ?? 0))
            #expect(try await client.signIn("ann.analyst", AccessFixture.password).status == 303)
        }
    }

    /// 30 wrong passwords at once: the attempts past the limit are refused before bcrypt runs
    /// (issue 12, item 10).
    @Test func concurrentWrongPasswordsAreLimitedBeforeTheirPasswordsAreChecked() async throws {
        _ = try await AccessFixture.dashboard()
        // The clock stands still: on a slow machine the later attempts would otherwise arrive
        // after the first delay had passed, and be allowed as they should be.
        let clock = TestClock()
        let throttle = SignInThrottle(limit: 5, now: { clock.now })
        let dashboard = try Dashboard(
            store: DashboardFixture.store, pack: DashboardFixture.pack, throttle: throttle)
        let app = Application(router: dashboard.router())
        try await app.test(.router) { raw in
            let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
                for i in 0..<30 {
                    group.addTask {
                        try await SessionClient(raw).signIn("ann.analyst", "wrong guess number \(i)").status
                    }
                }
                return try await group.reduce(into: [Int]()) { $0.append($1) }
            }
            #expect(statuses.filter { $0 == 401 }.count == 5)
            #expect(statuses.filter { $0 == 429 }.count == 25)
        }
    }

    /// Behind a trusted proxy, failures count against the address it forwards: one client's
    /// guesses do not delay another's sign-in. A header from anyone else is ignored (issue 12,
    /// item 11).
    @Test func failuresCountAgainstTheForwardedAddressOfATrustedProxyOnly() async throws {
        _ = try await AccessFixture.dashboard()
        // The throttle's clock stands still, so its delays cannot run out while a slow machine
        // hashes the guesses.
        let instant = Date()
        for trusted in [true, false] {
            let dashboard = try Dashboard(
                store: DashboardFixture.store, pack: DashboardFixture.pack,
                throttle: SignInThrottle(limit: 2, now: { instant }),
                trustedProxies: trusted ? ["local"] : [])
            let app = Application(router: dashboard.router())
            try await app.test(.router) { raw in
                let attacker = SessionClient(raw, headers: [Dashboard.forwardedFor: "203.0.113.9"])
                // Guesses at 9 names: past the 8 failures one client may make freely.
                for i in 0..<9 { _ = try await attacker.signIn("nobody\(i)", "a wrong guess") }
                let other = SessionClient(raw, headers: [Dashboard.forwardedFor: "198.51.100.7, 203.0.113.1"])
                let page = try await other.signIn("ann.analyst", AccessFixture.password)
                #expect(page.status == (trusted ? 303 : 429), "trusted proxy: \(trusted)")
            }
        }
    }

    @Test func publicPagesNeedNoSignIn() async throws {
        let dashboard = try await AccessFixture.dashboard()
        let app = Application(router: dashboard.router())
        try await app.test(.router) { raw in
            let client = SessionClient(raw)
            for path in [
                "/", "/indicators", "/areas", "/about", "/population", "/population/segments",
                "/api/population/segments", "/api/cohorts",
            ] {
                let status = try await client.get(path).status
                #expect(status == 200, "\(path)")
                #expect(client.cookie == nil, "\(path) starts no session")
            }
            #expect(client.cookie == nil, "public pages start no session")
            #expect(try await client.get("/signin").status == 200)
            #expect(client.cookie != nil, "the sign-in page starts a session for its form")
        }
    }

    @Test func nextOnlyLeadsToThisSite() {
        #expect(Dashboard.safeNext("/population/cohorts/x") == "/population/cohorts/x")
        #expect(Dashboard.safeNext("//evil.example/") == nil)
        // Browsers drop tabs and line breaks: /<TAB>/evil.example/ would go to another site.
        for hostile in [
            "/\t/evil.example/", "/\n/evil.example/", "/\r/evil.example", "/ /evil.example", "/\u{0}x",
            "/%09/evil.example/", "/%2F/evil.example", "/%5Cevil.example",
        ] {
            #expect(Dashboard.safeNext(hostile) == nil, "\(hostile.debugDescription)")
        }
        #expect(Dashboard.safeNext("https://evil.example/") == nil)
        #expect(Dashboard.safeNext("/\\evil.example") == nil)
        #expect(Dashboard.safeNext("/population?by=lcp%20x") == nil)
        #expect(Dashboard.safeNext("/population/cohorts/end-of-life-register?by=lcp") != nil)
    }

    /// `/api/about` and `/about` name loaded files without the server's folders (issue 12, item 18).
    @Test func loadedFilesAreNamedWithoutTheServersFolders() {
        #expect(JSONAPI.fileName("/srv/placehealth/incoming/2026-11/persons.csv") == "persons.csv")
        #expect(JSONAPI.fileName("persons.csv") == "persons.csv")
        #expect(JSONAPI.fileName("synth") == "synth")
    }
}

/// A clock the tests move by hand.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var time = Date(timeIntervalSince1970: 1_800_000_000)
    var now: Date { lock.withLock { time } }
    func advance(_ seconds: TimeInterval) { lock.withLock { time += seconds } }
}
