import Access
import Assurance
import Dashboard
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// Editing the Board's registers and plans from the dashboard: editors of a board only, with the
/// session's token; every change a new version with who and when; drafts for editors until
/// published; bad fields refused by name with nothing stored.
@Suite(.serialized) struct BoardEditingTests {
    /// Runs `body` with a signed-in session as `user` (or none).
    func session(_ user: String?, _ body: @Sendable (SessionClient) async throws -> Void) async throws {
        let app = Application(router: try await AccessFixture.dashboard().router())
        try await app.test(.router) { client in
            let session = SessionClient(client)
            if let user { _ = try await session.signIn(user, AccessFixture.password) }
            try await body(session)
        }
    }

    /// The fields of a risk form for `id` in the winter register.
    static func risk(_ id: String, csrf: String, now: String = "3", review: String = "2019-12-31") -> [(
        String, String
    )] {
        [
            ("csrf", csrf), ("register", "winter-2018"), ("id", id),
            ("description", "Care homes close due to staff shortages resulting in fewer places"),
            ("owner", "Integrated Commissioning Executive"), ("before_likelihood", "4"),
            ("before_consequence", "4"),
            ("now_likelihood", now), ("now_consequence", "4"), ("target_likelihood", "2"),
            ("target_consequence", "4"),
            ("controls", "Market position statement\nWeekly capacity call"), ("actions", ""),
            ("review", review),
            ("reviewed", ""), ("indicators", ""),
        ]
    }

    static var ledger: AssuranceLedger { AssuranceLedger(store: DashboardFixture.store) }

    @Test("Only a signed-in editor of the board may edit")
    func whoMayEdit() async throws {
        try await session(nil) { s in
            let status = try await s.get("/board/edit").status
            #expect(status == 401)
        }
        for user in ["pat.public", "ann.analyst", "cara.practice"] {
            try await session(user) { s in
                let status = try await s.get("/board/edit").status
                #expect(status == 403, "\(user)")
            }
        }
        try await session("eddie.editor") { s in
            let page = try await s.get("/board/edit")
            #expect(page.status == 200)
            #expect(page.body.contains("Winter resilience risks"))
            #expect(!page.body.contains("Future in Mind risks"), "another board's register")
            // Another board's register: refused, and nothing stored.
            let csrf = try await s.token()
            var fields = Self.risk("TX1", csrf: csrf)
            fields[1] = ("register", "future-in-mind-2019")
            #expect(try await s.post("/board/edit/risk", fields).status == 403)
            #expect(try await s.get("/board/edit/risk?register=future-in-mind-2019").status == 403)
            // No token: refused.
            #expect(try await s.post("/board/edit/risk", Array(Self.risk("TX1", csrf: "nope"))).status != 303)
            #expect(try Self.ledger.edits().filter { $0.item == "TX1" }.isEmpty)
        }
    }

    @Test("A new risk is a draft for editors, public once published; an update is a new version")
    func draftPublishUpdate() async throws {
        try await session("eddie.editor") { s in
            let csrf = try await s.token()
            let saved = try await s.post("/board/edit/risk", Self.risk("T1", csrf: csrf))
            #expect(saved.status == 303)
            #expect(try await s.get("/board/edit").body.contains("DRAFT"))
            #expect(!(try await s.get("/board?on=2019-09-16").body.contains(">T1<")), "a draft is not public")
            let published = try await s.post(
                "/board/edit/publish",
                [("csrf", csrf), ("kind", "risk"), ("container", "winter-2018"), ("item", "T1")])
            #expect(published.status == 303)
            #expect(try await s.get("/board?on=2019-09-16").body.contains(">T1<"))
            // An update: a new draft version; the published one stays what the public sees.
            #expect(try await s.post("/board/edit/risk", Self.risk("T1", csrf: csrf, now: "5")).status == 303)
            let versions = try Self.ledger.history(.risk, container: "winter-2018", item: "T1")
            #expect(versions.map(\.state) == [.draft, .published, .draft])
            #expect(versions.allSatisfy { $0.author == "eddie.editor" && !$0.at.isEmpty })
            #expect(versions[0].body == versions[1].body)
            #expect(versions[2].body.contains("\"likelihood\":5"))
            let history = try await s.get("/board/history?kind=risk&container=winter-2018&item=T1").body
            #expect(history.contains("eddie.editor"))
            #expect(history.components(separatedBy: "<tr><td>").count - 1 == 3)
        }
        // The public history shows the published version only.
        try await session(nil) { s in
            let history = try await s.get("/board/history?kind=risk&container=winter-2018&item=T1").body
            #expect(history.components(separatedBy: "<tr><td>").count - 1 == 1)
        }
    }

    @Test("Bad fields are refused by name, with nothing stored")
    func badFields() async throws {
        try await session("eddie.editor") { s in
            let csrf = try await s.token()
            let cases: [([(String, String)], String)] = [
                (Self.risk("T2", csrf: csrf, now: "7"), "now.likelihood"),
                (Self.risk("T2", csrf: csrf, review: "2019-02-30"), "review"),
                (Self.risk("T 2", csrf: csrf), "id"),
            ]
            for (fields, field) in cases {
                let page = try await s.post("/board/edit/risk", fields)
                #expect(page.status == 400, "\(field): \(page.status)")
                #expect(page.body.contains("Form field ‘\(field)’"), "\(field)")
            }
            #expect(try Self.ledger.edits().filter { $0.item == "T2" || $0.item == "T 2" }.isEmpty)
        }
    }

    @Test("Progress on an action is a new version with the update; the store refuses changing one")
    func progress() async throws {
        try await session("eddie.editor") { s in
            let csrf = try await s.token()
            let fields = [
                ("csrf", csrf), ("plan", "cqc-2019"), ("id", "A2"),
                ("action", "Publish one set of measures of flow across the system"),
                ("owner", "System Resilience Assurance Board"), ("raised", "2019-01-23"),
                ("due", "2019-06-30"),
                ("update_date", "2019-07-15"), ("update_note", "Measures refreshed monthly"),
                ("update_rag", "green"),
                ("update_done", "yes"),
            ]
            #expect(try await s.post("/board/edit/action", fields).status == 303)
            let version = try #require(
                try Self.ledger.history(.action, container: "cqc-2019", item: "A2").last)
            #expect(version.body.contains("Measures refreshed monthly"))
            #expect(
                version.body.contains("Measures published on the partnership site"), "earlier updates kept")
        }
        #expect(throws: (any Error).self) {
            _ = try DashboardFixture.store.transaction { try $0.execute("DELETE FROM assurance_edits", []) }
        }
        #expect(throws: (any Error).self) {
            _ = try DashboardFixture.store.transaction {
                try $0.execute("UPDATE assurance_edits SET author = 'x'", [])
            }
        }
    }
}
