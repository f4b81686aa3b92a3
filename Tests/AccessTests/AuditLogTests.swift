import Access
import Foundation
import Population
import Store
import Testing

/// The audit log: appended in order, read by month, reviewed by user and area, and append-only.
@Suite struct AuditLogTests {
    final class Clock: @unchecked Sendable {
        var date = Date(timeIntervalSince1970: 1_798_761_600)  // 2027-01-01T00:00:00Z
    }

    func entry(
        _ user: String, _ scope: AccessScope?, _ outcome: AuditEntry.Outcome, _ records: Int,
        purpose: Purpose? = .caseFinding
    ) -> AuditEntry {
        AuditEntry(
            user: user, role: .clinician, action: .caseFindingList, subject: "cohort:x", scope: scope,
            purpose: purpose, outcome: outcome, records: records, channel: .web)
    }

    @Test func entriesAreReviewedByMonthUserAndArea() throws {
        let store = try AccessStore.make(persons: 300)
        let clock = Clock()
        let log = AuditLog(store: store, now: { clock.date })
        let first = try log.append(entry("cara", .practice("P1"), .granted, 12))
        #expect(first.id == 1 && first.at == "2027-01-01T00:00:00Z")
        try log.append(entry("cara", .practice("P1"), .granted, 3, purpose: .directCare))
        try log.append(entry("cara", .practice("P1"), .refused, 0))
        try log.append(entry("cara", .lcp("L1"), .granted, 40))
        try log.append(entry("bob", .practice("P2"), .refused, 0))
        clock.date = Date(timeIntervalSince1970: 1_801_440_000)  // 2027-02-01
        try log.append(entry("bob", .practice("P2"), .granted, 7))

        let january = try log.review(month: "2027-01")
        #expect(january.granted == 3 && january.refused == 2)
        #expect(january.months == ["2027-02", "2027-01"])
        let rows = january.rows.map {
            "\($0.user) \($0.scope?.description ?? "-") \($0.granted) \($0.refused) \($0.persons)"
        }
        #expect(rows == ["bob practice P2 0 1 0", "cara LCP L1 1 0 40", "cara practice P1 2 1 15"])
        #expect(january.rows.last?.purposes == ["case-finding", "direct-care"])
        #expect(try log.entries(month: "2027-02").map(\.user) == ["bob"])
        #expect(try log.entries(user: "cara").count == 4)
        #expect(try log.entries().map(\.id) == [1, 2, 3, 4, 5, 6])
    }

    @Test func theStoreRefusesToChangeOrDeleteAnEntry() throws {
        let store = try AccessStore.make(persons: 300)
        let log = AuditLog(store: store)
        try log.append(entry("cara", .practice("P1"), .granted, 12))
        #expect(throws: StoreError.self) {
            try store.transaction { w in try w.execute("UPDATE audit_log SET records = 0", []) }
        }
        #expect(throws: StoreError.self) {
            try store.transaction { w in try w.execute("DELETE FROM audit_log", []) }
        }
        #expect(try log.entries().map(\.records) == [12])
    }
}
