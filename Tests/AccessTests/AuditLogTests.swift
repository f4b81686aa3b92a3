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

/// The audit log's chain (issue 12, item 7): `INSERT OR REPLACE` cannot overwrite an entry, and
/// `verify` finds a change, a removed entry or a removed tail made behind the store's back.
@Suite struct AuditChainTests {
    func filled(_ n: Int) throws -> (any PlaceStore, AuditLog) {
        let store = try AccessStore.make(persons: 300)
        let log = AuditLog(store: store)
        for i in 0..<n {
            try log.append(
                AuditEntry(
                    user: "cara", role: .clinician, action: .timeline, subject: "person:\(i)",
                    scope: .practice("P1"), purpose: .directCare, outcome: .granted, records: 1, channel: .web
                ))
        }
        return (store, log)
    }

    @Test func insertOrReplaceCannotOverwriteAnEntry() throws {
        let (store, log) = try filled(3)
        for sql in [
            "INSERT OR REPLACE INTO audit_log SELECT * FROM audit_log WHERE entry_id = 2",
            """
            INSERT OR REPLACE INTO audit_log (entry_id, at, user_name, role, action, subject, scope_kind,
              area_code, purpose, outcome, records, channel, prior_hash, entry_hash)
            SELECT entry_id, at, 'someone else', role, action, subject, scope_kind, area_code, purpose,
              outcome, 0, channel, prior_hash, entry_hash FROM audit_log WHERE entry_id = 2
            """,
            "INSERT INTO audit_log SELECT entry_id + 10, at, user_name, role, action, subject, scope_kind, area_code, purpose, outcome, records, channel, prior_hash, entry_hash FROM audit_log WHERE entry_id = 3",
        ] {
            #expect(throws: StoreError.self) { try store.transaction { w in try w.execute(sql, []) } }
        }
        #expect(try log.entries().map(\.user) == ["cara", "cara", "cara"])
        #expect(try log.verify().intact)
    }

    @Test func anIntactLogVerifiesAndGivesItsHead() throws {
        let (_, log) = try filled(25)
        let result = try log.verify(page: 7)
        #expect(result.intact && result.entries == 25 && result.head.count == 64)
        #expect(try log.verify(head: result.head).intact)
        let empty = try AuditLog(store: try AccessStore.make(persons: 300)).verify()
        #expect(empty.intact && empty.entries == 0)
    }

    /// Someone with the store file can drop the triggers; the chain still shows what they did.
    @Test(arguments: [
        ("UPDATE audit_log SET records = 9 WHERE entry_id = 4", Int64(4)),
        ("DELETE FROM audit_log WHERE entry_id = 3", Int64(3)),
        ("UPDATE audit_log SET subject = 'person:70' WHERE entry_id = 8", Int64(8)),
    ])
    func aChangeBehindTheStoresBackIsFound(sql: String, broken: Int64) throws {
        let (store, log) = try filled(10)
        try store.transaction { w in
            try w.execute("DROP TRIGGER audit_log_no_update", [])
            try w.execute("DROP TRIGGER audit_log_no_delete", [])
            try w.execute(sql, [])
        }
        let result = try log.verify()
        #expect(!result.intact && result.firstBroken == broken && result.entries == Int(broken) - 1)
    }

    @Test func aRemovedTailIsFoundAgainstAnEarlierHead() throws {
        let (store, log) = try filled(6)
        let head = try log.verify().head
        try store.transaction { w in
            try w.execute("DROP TRIGGER audit_log_no_delete", [])
            try w.execute("DELETE FROM audit_log WHERE entry_id >= 5", [])
        }
        #expect(try log.verify().intact, "without a head, a shorter log is a consistent one")
        let result = try log.verify(head: head)
        #expect(!result.intact && result.entries == 4)
    }
}
