import GRDB
import GRDBSQLite
import PlaceModel

/// Inserts rows with prepared statements bound through SQLite's C interface.
final class SQLiteBulkWriter: BulkWriter {
    private let db: Database
    private let location: String
    private var inserts: [String: Statement] = [:]
    private var last: (name: String, statement: Statement)?
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    init(db: Database, location: String) {
        self.db = db
        self.location = location
    }

    func insert(_ table: TableSchema, _ row: [FieldValue]) throws -> Bool {
        precondition(row.count == table.columns.count, "row does not match \(table.name)")
        let statement = try insertStatement(table)
        let handle = statement.sqliteStatement
        sqlite3_reset(handle)
        for offset in 0..<row.count {
            let index = Int32(offset + 1)
            switch row[offset] {
            case .null: sqlite3_bind_null(handle, index)
            case .int(let v): sqlite3_bind_int64(handle, index, v)
            case .real(let v): sqlite3_bind_double(handle, index, v)
            case .text(let v): sqlite3_bind_text(handle, index, v, -1, Self.transient)
            case .date(let d):
                d.withISOBytes { buffer in
                    buffer.withMemoryRebound(to: CChar.self) {
                        _ = sqlite3_bind_text(handle, index, $0.baseAddress, 10, Self.transient)
                    }
                }
            }
        }
        let code = sqlite3_step(handle)
        guard code == SQLITE_DONE else {
            let message = String(cString: sqlite3_errmsg(db.sqliteConnection))
            throw StoreError.writeFailed(location, "insert into \(table.name): \(message) (\(code))")
        }
        return sqlite3_changes(db.sqliteConnection) > 0
    }

    private func insertStatement(_ table: TableSchema) throws -> Statement {
        if let last, last.name == table.name { return last.statement }
        defer { last = inserts[table.name].map { (table.name, $0) } }
        if let statement = inserts[table.name] { return statement }
        let names = table.columns.map(\.name).joined(separator: ", ")
        let marks = Array(repeating: "?", count: table.columns.count).joined(separator: ", ")
        let statement = try db.makeStatement(
            sql: "INSERT OR IGNORE INTO \(table.name) (\(names)) VALUES (\(marks))")
        inserts[table.name] = statement
        return statement
    }

    func deleteAll(_ table: TableSchema) throws {
        try db.execute(sql: "DELETE FROM \(table.name)")
    }

    func dropIndexes(_ table: TableSchema) throws {
        for name in SQLiteStore.indexNames(table) { try db.execute(sql: "DROP INDEX IF EXISTS \(name)") }
    }

    func createIndexes(_ table: TableSchema) throws {
        for sql in SQLiteStore.createIndexSQL(table) { try db.execute(sql: sql) }
    }

    func count(_ table: TableSchema) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table.name)") ?? 0
    }

    func setDataset(_ key: String, _ value: String) throws {
        try db.execute(
            sql: "INSERT INTO dataset (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            arguments: [key, value])
    }

    func recordLoad(_ load: LoadRecord) throws -> Int64 {
        try db.execute(
            sql: """
                INSERT INTO loads (table_name, file_name, status, loaded_at, rows_read, rows_stored,
                    rows_already_stored, rows_quarantined) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                load.table, load.file, load.status, load.at, load.rowsRead, load.rowsStored,
                load.rowsAlreadyStored, load.rejections.count,
            ])
        let id = db.lastInsertedRowID
        let statement = try db.makeStatement(
            sql: "INSERT INTO quarantine (load_id, line, field, reason) VALUES (?, ?, ?, ?)")
        for rejection in load.rejections {
            try statement.execute(arguments: [id, rejection.line, rejection.field, rejection.reason])
        }
        return id
    }
}
