import Access
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// The timeline API gives one page (issue 12, item 17): `page` from 1 to the deepest page; a page
/// outside that is 400 and writes nothing.
@Suite struct TimelineRouteTests {
    /// A clinician of these tests only (other suites count the audit entries of theirs).
    static func clinician() throws -> String {
        let directory = UserDirectory(store: DashboardFixture.store, cost: 4)
        let name = "tess.timeline"
        if try directory.user(name) == nil {
            try? directory.add(
                name: name, role: .clinician, scopes: [.practice(AccessFixture.areas.inPractice)],
                password: AccessFixture.password)
        }
        return name
    }

    @Test func aTimelineIsAPageAndABadPageIsRefusedWithoutWriting() async throws {
        let dashboard = try await AccessFixture.dashboard()
        let app = Application(router: dashboard.router())
        let a = AccessFixture.areas
        let base = "/api/people/\(a.person)/timeline?scope=practice:\(a.inPractice)&purpose=direct-care"
        try await app.test(.router) { raw in
            let client = SessionClient(raw)
            #expect(try await client.signIn(try Self.clinician(), AccessFixture.password).status == 303)
            let first = try await client.get(base)
            #expect(first.status == 200)
            let json = try JSONSerialization.jsonObject(with: Data(first.body.utf8)) as? [String: Any]
            #expect(json?["page"] as? Int == 1 && json?["pageSize"] as? Int == 500)
            #expect((json?["total"] as? Int ?? 0) >= (json?["entries"] as? [Any] ?? []).count)
            #expect(try await client.get(base + "&page=2").status == 200)
            for bad in ["0", "101", "x", "-1"] {
                let before = try AccessFixture.lastEntry()
                #expect(try await client.get(base + "&page=\(bad)").status == 400, "page=\(bad)")
                // The web timeline test of this suite, running alongside, writes through the web channel.
                let written = try AccessFixture.entries(after: before).filter {
                    $0.user == "tess.timeline" && $0.channel == .api
                }
                #expect(written.filter { $0.subject == "person:\(a.person)" }.isEmpty, "page=\(bad)")
            }
        }
    }

    @Test func theTimelinePageTakesAPageToo() async throws {
        let dashboard = try await AccessFixture.dashboard()
        let app = Application(router: dashboard.router())
        let a = AccessFixture.areas
        try await app.test(.router) { raw in
            let client = SessionClient(raw)
            #expect(try await client.signIn(try Self.clinician(), AccessFixture.password).status == 303)
            let csrf = try await client.token()
            func open(_ page: String) async throws -> Page {
                try await client.post(
                    "/population/people",
                    [
                        ("csrf", csrf), ("person", String(a.person)), ("scope", "practice:\(a.inPractice)"),
                        ("purpose", "direct-care"), ("page", page),
                    ])
            }
            let first = try await open("1")
            #expect(first.status == 200 && first.body.contains("Person \(a.person)"))
            #expect(try await open("0").status == 400)
            #expect(try await open("many").status == 400)
        }
    }
}
