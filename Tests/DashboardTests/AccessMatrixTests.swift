import Access
import Dashboard
import Foundation
import Hummingbird
import HummingbirdTesting
import Population
import Testing

/// Every role against every endpoint that shows person-level data, in and out of scope: the
/// answer (status, and data only when allowed) and the audit entry written for it.
@Suite(.serialized) struct AccessMatrixTests {
    /// A person-level endpoint, asked for a scope.
    struct Endpoint: Sendable {
        let name: String
        let action: AuditEntry.Action
        let channel: AuditEntry.Channel
        /// Sends the request for `scope` with the session of `client`.
        let send: @Sendable (SessionClient, String) async throws -> Page
        /// Whether a granted answer holds the data.
        let holdsData: @Sendable (Page) -> Bool
    }

    static let cohort = "respiratory-missing-cases"

    static var endpoints: [Endpoint] {
        let person = AccessFixture.areas.person
        let cohort = Self.cohort
        return [
            Endpoint(
                name: "web list", action: .caseFindingList, channel: .web,
                send: { c, scope in
                    try await c.post(
                        "/population/cohorts/\(cohort)/people",
                        [("csrf", try await c.token()), ("scope", scope), ("purpose", "case-finding")])
                },
                holdsData: {
                    $0.body.contains("PERSON-LEVEL") && $0.body.contains("Case-finding list: who and why")
                }),
            Endpoint(
                name: "web export", action: .caseFindingExport, channel: .web,
                send: { c, scope in
                    try await c.post(
                        "/population/cohorts/\(cohort)/people.csv",
                        [("csrf", try await c.token()), ("scope", scope), ("purpose", "case-finding")])
                }, holdsData: { $0.body.contains("person_id,age,sex") }),
            Endpoint(
                name: "web timeline", action: .timeline, channel: .web,
                send: { c, scope in
                    try await c.post(
                        "/population/people/\(person)",
                        [("csrf", try await c.token()), ("scope", scope), ("purpose", "direct-care")])
                }, holdsData: { $0.body.contains("Person \(person)") && $0.body.contains("Every record") }),
            Endpoint(
                name: "api list", action: .caseFindingList, channel: .api,
                send: { c, scope in
                    try await c.get("/api/cohorts/\(cohort)/people?scope=\(scope)&purpose=case-finding")
                }, holdsData: { $0.body.contains("\"entries\"") }),
            Endpoint(
                name: "api export", action: .caseFindingExport, channel: .api,
                send: { c, scope in
                    try await c.get("/api/cohorts/\(cohort)/people.csv?scope=\(scope)&purpose=case-finding")
                }, holdsData: { $0.body.contains("person_id,age,sex") }),
            Endpoint(
                name: "api timeline", action: .timeline, channel: .api,
                send: { c, scope in
                    try await c.get("/api/people/\(person)/timeline?scope=\(scope)&purpose=direct-care")
                },
                holdsData: { $0.body.contains("\"entries\"") && $0.body.contains("\"personID\":\(person)") }),
        ]
    }

    /// Who asks, for which scope, and what must happen.
    struct Case: Sendable {
        let user: String?
        let scope: String
        let status: Int
    }

    static var cases: [Case] {
        let a = AccessFixture.areas
        let inside = "practice:\(a.inPractice)"
        let outside = "practice:\(a.outPractice)"
        return [
            Case(user: nil, scope: inside, status: 401),
            Case(user: "pat.public", scope: inside, status: 403),
            Case(user: "ann.analyst", scope: inside, status: 403),
            Case(user: "gail.ig", scope: inside, status: 403),
            Case(user: "adam.admin", scope: inside, status: 403),
            Case(user: "cara.practice", scope: inside, status: 200),
            Case(user: "cara.practice", scope: outside, status: 403),
            Case(user: "cara.practice", scope: "lcp:\(a.lcp)", status: 403),
            Case(user: "carl.lcp", scope: inside, status: 200),
            Case(user: "carl.lcp", scope: "lcp:\(a.lcp)", status: 200),
            Case(user: "carl.lcp", scope: outside, status: 403),
            Case(user: "cleo.other", scope: inside, status: 403),
        ]
    }

    @Test func everyRoleAgainstEveryPersonLevelEndpoint() async throws {
        let dashboard = try await AccessFixture.dashboard()
        let app = Application(router: dashboard.router())
        try await app.test(.router) { raw in
            for c in Self.cases {
                let client = SessionClient(raw)
                let role = c.user.flatMap { AccessFixture.users[$0]?.role } ?? .public
                if let name = c.user {
                    #expect(
                        try await client.signIn(name, AccessFixture.password).status == 303,
                        "\(name) signs in")
                }
                for endpoint in Self.endpoints {
                    let before = try AccessFixture.lastEntry()
                    let page = try await endpoint.send(client, c.scope)
                    let label = "\(c.user ?? "anonymous") \(endpoint.name) \(c.scope)"
                    #expect(page.status == c.status, "\(label): status")
                    #expect(endpoint.holdsData(page) == (c.status == 200), "\(label): data only when allowed")
                    let written = try AccessFixture.entries(after: before)
                    guard c.user != nil else {
                        // Refusals of no signed-in user are counted, not logged (issue 12, item 6);
                        // other suites may write their own entries meanwhile.
                        #expect(written.filter { $0.user == "anonymous" }.isEmpty, "\(label): no audit entry")
                        continue
                    }
                    // Suites run in parallel and sign in as the same users: this request's entry is
                    // the one of this user, action, channel and scope with the expected outcome.
                    let outcome: AuditEntry.Outcome = c.status == 200 ? .granted : .refused
                    let own = written.filter {
                        $0.user == c.user && $0.action == endpoint.action && $0.channel == endpoint.channel
                            && $0.scope?.parameter == c.scope && $0.outcome == outcome
                    }
                    #expect(own.count >= 1, "\(label): its audit entry")
                    guard let entry = own.last else { continue }
                    #expect(entry.user == (c.user ?? "anonymous"), "\(label): who")
                    #expect(entry.role == role, "\(label): role")
                    #expect(entry.action == endpoint.action, "\(label): action")
                    #expect(entry.channel == endpoint.channel, "\(label): channel")
                    #expect(entry.outcome == (c.status == 200 ? .granted : .refused), "\(label): outcome")
                    let purpose: Purpose = endpoint.action == .timeline ? .directCare : .caseFinding
                    #expect(entry.purpose == purpose, "\(label): purpose")
                    #expect(entry.scope?.parameter == c.scope, "\(label): scope")
                    if c.status != 200 { #expect(entry.records == 0, "\(label): nothing shown") }
                }
            }
        }
    }

    @Test func aDisabledUserIsRefusedAndTheirOpenSessionEnds() async throws {
        let dashboard = try await AccessFixture.dashboard()
        let app = Application(router: dashboard.router())
        try await app.test(.router) { raw in
            let client = SessionClient(raw)
            let page = try await client.signIn("dora.disabled", AccessFixture.password)
            #expect(page.status == 401)
            let before = try AccessFixture.lastEntry()
            let list = try await Self.endpoints[3].send(client, "practice:\(AccessFixture.areas.inPractice)")
            #expect(list.status == 401)
            #expect(try AccessFixture.entries(after: before).isEmpty)
        }
    }

    @Test func aPersonLevelRequestWithoutAPurposeIsNotAnswered() async throws {
        let dashboard = try await AccessFixture.dashboard()
        let app = Application(router: dashboard.router())
        try await app.test(.router) { raw in
            let client = SessionClient(raw)
            #expect(try await client.signIn("cara.practice", AccessFixture.password).status == 303)
            let before = try AccessFixture.lastEntry()
            let page = try await client.get(
                "/api/cohorts/\(Self.cohort)/people?scope=practice:\(AccessFixture.areas.inPractice)")
            #expect(page.status == 400)
            #expect(!page.body.contains("\"entries\""))
            #expect(try AccessFixture.entries(after: before).isEmpty)
        }
    }

    /// A person-level view writes the audit log, so HEAD gets 405 and writes nothing (issue 12,
    /// item 8).
    @Test func headOnAPersonLevelEndpointIsRefusedAndWritesNothing() async throws {
        let dashboard = try await AccessFixture.dashboard()
        let app = Application(router: dashboard.router())
        try await app.test(.router) { raw in
            let client = SessionClient(raw)
            #expect(try await client.signIn("cara.practice", AccessFixture.password).status == 303)
            let scope = "scope=practice:\(AccessFixture.areas.inPractice)"
            for uri in [
                "/api/cohorts/\(Self.cohort)/people?\(scope)&purpose=case-finding",
                "/api/cohorts/\(Self.cohort)/people.csv?\(scope)&purpose=case-finding",
                "/api/people/\(AccessFixture.areas.person)/timeline?\(scope)&purpose=direct-care",
            ] {
                let before = try AccessFixture.lastEntry()
                let page = try await client.head(uri)
                #expect(page.status == 405, "\(uri)")
                #expect(page.headers[.allow] == "GET", "\(uri)")
                #expect(try AccessFixture.entries(after: before).isEmpty, "\(uri): no audit entry")
                #expect(try await client.get(uri).status == 200, "\(uri): GET still answers")
            }
        }
    }

    /// A new password (or any change of the user) ends the sessions already open (issue 12,
    /// item 13): the same password set again gives a new hash and a new change time.
    @Test func aPasswordResetEndsOpenSessions() async throws {
        let dashboard = try await AccessFixture.dashboard()
        let directory = UserDirectory(store: DashboardFixture.store, cost: 4)
        let name = "rhea.reset"
        if try directory.user(name) == nil {
            try directory.add(
                name: name, role: .clinician, scopes: [.practice(AccessFixture.areas.inPractice)],
                password: AccessFixture.password)
        }
        let app = Application(router: dashboard.router())
        try await app.test(.router) { raw in
            let client = SessionClient(raw)
            #expect(try await client.signIn(name, AccessFixture.password).status == 303)
            let uri =
                "/api/cohorts/\(Self.cohort)/people?scope=practice:\(AccessFixture.areas.inPractice)&purpose=case-finding"
            #expect(try await client.get(uri).status == 200)
            try directory.resetPassword(name, to: AccessFixture.password)
            #expect(try await client.get(uri).status == 401, "the open session ended")
            #expect(try await client.signIn(name, AccessFixture.password).status == 303)
            #expect(try await client.get(uri).status == 200, "a new sign-in works")
        }
    }

    @Test func onlyTheGovernanceLeadReadsTheAuditLog() async throws {
        let dashboard = try await AccessFixture.dashboard()
        let app = Application(router: dashboard.router())
        let expected: [(String?, Int)] = [
            (nil, 401), ("pat.public", 403), ("ann.analyst", 403), ("cara.practice", 403),
            ("adam.admin", 403),
            ("gail.ig", 200),
        ]
        try await app.test(.router) { raw in
            for (name, status) in expected {
                let client = SessionClient(raw)
                if let name { _ = try await client.signIn(name, AccessFixture.password) }
                let page = try await client.get("/audit")
                let api = try await client.get("/api/audit")
                #expect(page.status == status, "\(name ?? "anonymous") /audit")
                #expect(api.status == status, "\(name ?? "anonymous") /api/audit")
                #expect(page.body.contains("Use by user and area") == (status == 200))
            }
        }
    }
}
