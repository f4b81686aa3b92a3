import Foundation
import GRDB
import PlaceModel
import Testing

@testable import Store

/// `v7-audit-chain` on a store written before it: the entries already in the log are chained in
/// order, and from then on the log only grows at its end.
@Suite struct AuditChainMigrationTests {
    @Test func entriesWrittenBeforeTheChainAreChainedInOrder() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("chain-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("old.sqlite").path
        do {
            let queue = try DatabaseQueue(path: path)
            try SQLiteStore.migrator.migrate(queue, upTo: "v6-access")
            try queue.write { db in
                // The log as `v6-access` made it before the chain existed.
                try db.execute(sql: "ALTER TABLE audit_log DROP COLUMN prior_hash")
                try db.execute(sql: "ALTER TABLE audit_log DROP COLUMN entry_hash")
                try db.execute(sql: "DROP TABLE anonymous_refusals")
                for (user, records) in [("ann", 3), ("bob", 0), ("cy", 12)] {
                    try db.execute(
                        sql: """
                            INSERT INTO audit_log (at, user_name, role, action, subject, scope_kind, area_code,
                              purpose, outcome, records, channel)
                            VALUES ('2026-01-01T00:00:00Z', ?, 'clinician', 'timeline', 'person:1', 'practice',
                              'P1', 'direct-care', 'granted', ?, 'web')
                            """, arguments: [user, records])
                }
            }
        }
        let store = try SQLiteStore(path: path)
        let rows = try store.query(
            "SELECT \(AuditChain.fields.joined(separator: ", ")), prior_hash, entry_hash FROM audit_log ORDER BY entry_id",
            [])
        #expect(rows.count == 3)
        var prior = AuditChain.origin
        for row in rows {
            let values = Array(row.prefix(AuditChain.fields.count))
            #expect(row[values.count].textValue == prior)
            let hash = AuditChain.hash(values, prior: prior)
            #expect(row[values.count + 1].textValue == hash)
            prior = hash
        }
        #expect(Set(rows.map { $0[13].textValue ?? "" }).count == 3)
        #expect(throws: StoreError.self) {
            try store.transaction { w in
                try w.execute(
                    "INSERT OR REPLACE INTO audit_log SELECT * FROM audit_log WHERE entry_id = 1", [])
            }
        }
        #expect(try store.query("SELECT COUNT(*) FROM anonymous_refusals", [])[0][0].number == 0)
    }
}
