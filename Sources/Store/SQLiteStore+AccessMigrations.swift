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
            for event in ["UPDATE", "DELETE"] {
                try db.execute(
                    sql: """
                        CREATE TRIGGER audit_log_no_\(event.lowercased()) BEFORE \(event) ON audit_log
                        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END
                        """)
            }
        }
    }
}
