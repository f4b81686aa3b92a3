import Access
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import Dashboard

/// Nobody can flood the append-only audit log (issue 12, item 6): a scope is checked (known area,
/// bounded length) before anything is written, and refusals of requests by no signed-in user are
/// counted by minute, not appended one by one.
@Suite struct AuditFloodTests {
    static let cohort = AccessMatrixTests.cohort

    @Test func anonymousRefusalsAreCountedNotLogged() async throws {
        let dashboard = try await AccessFixture.dashboard()
        let app = Application(router: dashboard.router())
        let scope = "practice:\(AccessFixture.areas.inPractice)"
        let month = String(ISO8601DateFormatter().string(from: Date()).prefix(7))
        let counted = try dashboard.audit.review(month: month).anonymousRefused
        try await app.test(.router) { raw in
            let client = SessionClient(raw)
            let before = try AccessFixture.lastEntry()
            for _ in 0..<25 {
                let page = try await client.get(
                    "/api/cohorts/\(Self.cohort)/people?scope=\(scope)&purpose=case-finding")
                #expect(page.status == 401)
            }
            // (Other suites may write entries of signed-in users meanwhile.)
            #expect(try AccessFixture.entries(after: before).filter { $0.user == "anonymous" }.isEmpty)
        }
        let review = try dashboard.audit.review(month: month)
        #expect(review.anonymousRefused >= counted + 25)
    }

    @Test(arguments: [
        "practice:NOSUCH1", "lcp:NOSUCH", "practice:" + String(repeating: "A", count: 70_000),
        "practice:A%0AB", "lcp:%E2%82%AC",
    ])
    func aScopeIsCheckedBeforeAnythingIsWritten(scope: String) async throws {
        let dashboard = try await AccessFixture.dashboard()
        let app = Application(router: dashboard.router())
        try await app.test(.router) { raw in
            let client = SessionClient(raw)
            #expect(try await client.signIn("cara.practice", AccessFixture.password).status == 303)
            let before = try AccessFixture.lastEntry()
            let page = try await client.get(
                "/api/cohorts/\(Self.cohort)/people?scope=\(scope)&purpose=case-finding")
            #expect([400, 404].contains(page.status), "\(scope.prefix(40))")
            #expect(page.body.count < 2_000, "the answer does not echo the scope")
            let asked = scope.removingPercentEncoding ?? scope
            let written = try AccessFixture.entries(after: before).filter { $0.scope?.parameter == asked }
            #expect(written.isEmpty, "\(scope.prefix(40)): nothing written")
        }
    }
}
