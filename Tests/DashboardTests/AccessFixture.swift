import Access
import Dashboard
import Foundation
import PlaceModel
import Population
import Store

/// Users of every role on the fixture's SYNTHETIC store, and the areas and person the access tests
/// ask about: a practice (`inPractice`) with registered people, its LCP, a practice of another LCP
/// (`outPractice`), and a person registered with `inPractice`.
enum AccessFixture {
    /// The password of every fixture user.
    static let password = "correct horse battery staple"

    /// (practice, its LCP, a practice of another LCP, a person of the first practice).
    static let areas: (inPractice: String, lcp: String, outPractice: String, person: Int64) = {
        let store = DashboardFixture.store
        let rows = try! store.query(
            """
            SELECT p.practice_code, n.parent_code, MIN(p.person_id) FROM persons p
            JOIN areas a ON a.area_code = p.practice_code JOIN areas n ON n.area_code = a.parent_code
            WHERE p.registered_to IS NULL
            GROUP BY p.practice_code ORDER BY COUNT(*) DESC, p.practice_code LIMIT 1
            """, [])
        let practice = rows[0][0].textValue!
        let lcp = try! store.query(
            "SELECT parent_code FROM areas WHERE area_code = (SELECT parent_code FROM areas WHERE area_code = ?)",
            [.text(practice)])[0][0].textValue!
        let other = try! store.query(
            """
            SELECT a.area_code FROM areas a JOIN areas n ON n.area_code = a.parent_code
            WHERE a.kind = 'practice' AND n.parent_code <> ? ORDER BY a.area_code LIMIT 1
            """, [.text(lcp)])[0][0].textValue!
        return (practice, lcp, other, Int64(rows[0][2].number!))
    }()

    /// The users, added once (bcrypt cost 4 keeps the tests fast).
    static let users: [String: User] = {
        let directory = UserDirectory(store: DashboardFixture.store, cost: 4)
        let a = areas
        let wanted: [(String, Role, [AccessScope])] = [
            ("pat.public", .public, []), ("ann.analyst", .analyst, []),
            ("cara.practice", .clinician, [.practice(a.inPractice)]), ("carl.lcp", .clinician, [.lcp(a.lcp)]),
            ("cleo.other", .clinician, [.practice(a.outPractice)]), ("gail.ig", .governance, []),
            ("adam.admin", .administrator, []), ("dora.disabled", .clinician, [.practice(a.inPractice)]),
        ]
        var made: [String: User] = [:]
        for (name, role, scopes) in wanted {
            made[name] =
                (try? directory.user(name))
                ?? (try! directory.add(name: name, role: role, scopes: scopes, password: password))
        }
        for (name, board) in [("eddie.editor", "hwb"), ("fay.editor", "future-in-mind")] {
            made[name] =
                (try? directory.user(name))
                ?? (try! directory.add(name: name, role: .editor, boards: [board], password: password))
        }
        try! directory.disable("dora.disabled")
        return made
    }()

    /// The dashboard, its population ready.
    static func dashboard() async throws -> Dashboard {
        _ = users
        let dashboard = DashboardFixture.dashboard
        try await dashboard.populationReady()
        return dashboard
    }

    /// The audit entries written after entry `after`.
    static func entries(after: Int64) throws -> [AuditEntry] {
        try AuditLog(store: DashboardFixture.store).entries().filter { $0.id > after }
    }

    /// The newest audit entry's identifier (0 when none).
    static func lastEntry() throws -> Int64 {
        try AuditLog(store: DashboardFixture.store).entries().last?.id ?? 0
    }
}
