import GRDB
import PlaceModel

extension SQLiteStore {
    /// The population health migration, appended after the others.
    ///
    /// `v5-population` adds the primary care record (`problems`, `medications`: a store made before
    /// them has neither; a new store has them already from `v1-place-model`, which builds every table
    /// of ``PlaceSchema/tables``) and the versioned risk models (``PopulationTables``).
    static func registerPopulationMigrations(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v5-population") { db in
            for table in [PlaceSchema.problems, PlaceSchema.medications] + PopulationTables.all {
                let create = createTableSQL(table)
                try db.execute(
                    sql: create.replacingOccurrences(of: "CREATE TABLE ", with: "CREATE TABLE IF NOT EXISTS ")
                )
                for sql in createIndexSQL(table) { try db.execute(sql: sql) }
            }
        }
    }
}
