import Foundation
import GRDB
import PlaceModel

extension SQLiteStore {
    /// `v6-access` adds the users, their scopes and the audit log (``AccessTables``), and the
    /// triggers that make the audit log append-only.
    static func registerAccessMigrations(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v6-access") { db in
            for table in AccessTables.all {
                try db.execute(sql: createTableSQL(table))
                for sql in createIndexSQL(table) { try db.execute(sql: sql) }
            }
            for sql in AuditChain.changeTriggers() { try db.execute(sql: sql) }
        }
        migrator.registerMigration("v7-audit-chain") { db in
            try chainAuditLog(db)
        }
        migrator.registerMigration("v8-assurance-edits") { db in
            let table = AccessTables.assuranceEdits
            try db.execute(sql: createTableSQL(table))
            for sql in createIndexSQL(table) { try db.execute(sql: sql) }
            for event in ["UPDATE", "DELETE"] {
                try db.execute(
                    sql: """
                        CREATE TRIGGER assurance_edits_no_\(event.lowercased()) BEFORE \(event) ON assurance_edits
                        BEGIN SELECT RAISE(ABORT, 'assurance edits are append-only: add a new version'); END
                        """)
            }
        }
        migrator.registerMigration("v9-published-values") { db in
            let table = BenchmarkTables.publishedValues
            try db.execute(sql: createTableSQL(table))
            for sql in createIndexSQL(table) { try db.execute(sql: sql) }
        }
        // Every store has a content version from here on: a store made before has its own, new one.
        migrator.registerMigration("v10-content-version") { db in
            try db.execute(
                sql: "INSERT OR IGNORE INTO dataset (key, value) VALUES (?, ?)",
                arguments: [SQLiteStore.contentVersionKey, UUID().uuidString])
        }
        migrator.registerMigration("v11-scenario-results") { db in
            for table in ScenarioTables.all {
                try db.execute(sql: createTableSQL(table))
                for sql in createIndexSQL(table) { try db.execute(sql: sql) }
            }
        }
    }

    /// `v7-audit-chain`: the audit log's entries are chained by hash (entries written before are
    /// chained in order), inserts must append and link to the last entry, and refused anonymous
    /// requests are counted by minute in their own table.
    private static func chainAuditLog(_ db: Database) throws {
        let columns = Set(try db.columns(in: "audit_log").map(\.name))
        for column in ["prior_hash", "entry_hash"] where !columns.contains(column) {
            try db.execute(sql: "ALTER TABLE audit_log ADD COLUMN \(column) TEXT NOT NULL DEFAULT ''")
        }
        if try !db.tableExists(AccessTables.anonymousRefusals.name) {
            try db.execute(sql: createTableSQL(AccessTables.anonymousRefusals))
        }
        try db.execute(sql: "DROP TRIGGER IF EXISTS audit_log_no_update")
        let list = AuditChain.fields.joined(separator: ", ")
        let rows = try Row.fetchAll(db, sql: "SELECT \(list) FROM audit_log ORDER BY entry_id")
        var prior = AuditChain.origin
        for row in rows {
            let values = Array(row.databaseValues.map(fieldValue))
            let hash = AuditChain.hash(values, prior: prior)
            try db.execute(
                sql: "UPDATE audit_log SET prior_hash = ?, entry_hash = ? WHERE entry_id = ?",
                arguments: [prior, hash, row[0] as Int64])
            prior = hash
        }
        for sql in AuditChain.changeTriggers() { try db.execute(sql: sql) }
        try db.execute(sql: AuditChain.appendTrigger)
    }
}
