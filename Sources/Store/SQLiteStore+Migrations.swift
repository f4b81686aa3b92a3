import GRDB
import PlaceModel

extension SQLiteStore {
    /// The named migrations that build the schema, in order.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-place-model") { db in
            for table in PlaceSchema.tables {
                try db.execute(sql: createTableSQL(table))
                for sql in createIndexSQL(table) { try db.execute(sql: sql) }
            }
        }
        migrator.registerMigration("v1-provenance") { db in
            try db.execute(
                sql: """
                    CREATE TABLE dataset (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                    CREATE TABLE loads (
                        load_id INTEGER PRIMARY KEY, table_name TEXT NOT NULL, file_name TEXT NOT NULL,
                        status TEXT NOT NULL, loaded_at TEXT NOT NULL, rows_read INTEGER NOT NULL,
                        rows_stored INTEGER NOT NULL, rows_already_stored INTEGER NOT NULL,
                        rows_quarantined INTEGER NOT NULL);
                    CREATE TABLE quarantine (
                        load_id INTEGER NOT NULL REFERENCES loads(load_id), line INTEGER NOT NULL,
                        field TEXT NOT NULL, reason TEXT NOT NULL);
                    """)
        }
        migrator.registerMigration("v2-indicator-results") { db in
            try db.execute(sql: createTableSQL(ResultTables.indicatorResults))
            for sql in createIndexSQL(ResultTables.indicatorResults) { try db.execute(sql: sql) }
        }
        migrator.registerMigration("v3-indicator-analysis") { db in
            // Results are derived data: the table is rebuilt with its new columns; `compute` refills it.
            try db.execute(sql: "DROP TABLE indicator_results")
            try db.execute(sql: "DELETE FROM dataset WHERE key = 'results_computed_at'")
            for table in ResultTables.all {
                try db.execute(sql: createTableSQL(table))
                for sql in createIndexSQL(table) { try db.execute(sql: sql) }
            }
        }
        migrator.registerMigration("v4-inequality-areas") { db in
            // Inequalities gain an area (the city or an LCP); derived data, refilled by `compute`.
            try db.execute(sql: "DROP TABLE indicator_inequalities")
            try db.execute(sql: createTableSQL(ResultTables.indicatorInequalities))
            try db.execute(sql: "DELETE FROM dataset WHERE key = 'results_computed_at'")
        }
        registerPopulationMigrations(&migrator)
        registerAccessMigrations(&migrator)
        return migrator
    }

    /// The names of a table's secondary indexes.
    static func indexNames(_ table: TableSchema) -> [String] { table.indexed.map { "\(table.name)_\($0)" } }

    /// `CREATE INDEX` statements for a table's secondary indexes.
    static func createIndexSQL(_ table: TableSchema) -> [String] {
        zip(indexNames(table), table.indexed).map {
            "CREATE INDEX IF NOT EXISTS \($0) ON \(table.name)(\($1))"
        }
    }

    /// `CREATE TABLE` for one table of the place data model.
    static func createTableSQL(_ table: TableSchema) -> String {
        var lines = table.columns.map { column -> String in
            var line = "\(column.name) \(column.sqlType)"
            if table.hasIntegerKey, column.name == table.key[0] { line += " PRIMARY KEY" }
            if !column.optional { line += " NOT NULL" }
            return line
        }
        if !table.hasIntegerKey { lines.append("PRIMARY KEY (\(table.key.joined(separator: ", ")))") }
        let rowid = table.hasIntegerKey ? "" : " WITHOUT ROWID"
        return "CREATE TABLE \(table.name) (\n  \(lines.joined(separator: ",\n  "))\n)\(rowid)"
    }
}
