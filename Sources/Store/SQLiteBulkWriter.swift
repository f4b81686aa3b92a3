import GRDB
import GRDBSQLite
import PlaceModel

/// Inserts rows with prepared statements bound through SQLite's C interface.
final class SQLiteBulkWriter: BulkWriter {
    private let db: Database
    private let location: String
    private var inserts: [String: Statement] = [:]
    private var last: (name: String, statement: Statement)?
    /// Whether a table of the place data model was written to (its content version then changes).
    private(set) var changedPlaceData = false

    init(db: Database, location: String) {
        self.db = db
        self.location = location
    }

    func insert(_ batch: RowBatch, conflicts: inout [Int]) throws -> Int {
        let table = batch.table
        if PlaceSchema.table(named: table.name) != nil { changedPlaceData = true }
        let handle = try insertStatement(table).sqliteStatement
        var inserted = 0
        try batch.bytes.withUnsafeBufferPointer { text in
            let base = UnsafeRawPointer(text.baseAddress ?? UnsafePointer(bitPattern: 1)!)
            for row in 0..<batch.count {
                Self.bind(handle, batch, row, base)
                let code = sqlite3_step(handle)
                guard code == SQLITE_DONE else {
                    let message = String(cString: sqlite3_errmsg(db.sqliteConnection))
                    throw StoreError.writeFailed(location, "insert into \(table.name): \(message) (\(code))")
                }
                let changed = Int(sqlite3_changes(db.sqliteConnection))
                inserted += changed
                if changed == 0 {
                    // The key is stored already: a harmless repeat only if the whole row is the same.
                    let same = try sameStatement(table).sqliteStatement
                    Self.bind(same, batch, row, base)
                    guard sqlite3_step(same) == SQLITE_ROW else {
                        throw StoreError.writeFailed(location, "compare a row of \(table.name)")
                    }
                    if sqlite3_column_int64(same, 0) == 0 { conflicts.append(row) }
                    sqlite3_reset(same)
                }
            }
            sqlite3_reset(handle)
            sqlite3_clear_bindings(handle)
        }
        return inserted
    }

    /// Binds row `row` of `batch` to the statement's parameters 1…columns.
    private static func bind(
        _ handle: OpaquePointer?, _ batch: RowBatch, _ row: Int, _ base: UnsafeRawPointer
    ) {
        sqlite3_reset(handle)
        let columns = batch.table.columns.count
        for column in 0..<columns {
            let cell = row * columns + column
            let index = Int32(column + 1)
            let number = batch.numbers[cell]
            switch batch.kinds[cell] {
            case .null: sqlite3_bind_null(handle, index)
            case .int: sqlite3_bind_int64(handle, index, number)
            case .real:
                sqlite3_bind_double(handle, index, Double(bitPattern: UInt64(bitPattern: number)))
            case .text:
                let pointer = (base + Int(number >> 24)).assumingMemoryBound(to: CChar.self)
                sqlite3_bind_text(handle, index, pointer, Int32(number & 0xFF_FFFF), nil)
            }
        }
    }

    /// `SELECT COUNT(*)` of the stored rows equal to the bound row in every column.
    private func sameStatement(_ table: TableSchema) throws -> Statement {
        let key = "same:" + table.name
        if let statement = inserts[key] { return statement }
        let test = table.columns.enumerated().map { "\($1.name) IS ?\($0 + 1)" }.joined(separator: " AND ")
        let statement = try db.makeStatement(sql: "SELECT COUNT(*) FROM \(table.name) WHERE \(test)")
        inserts[key] = statement
        return statement
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
        if PlaceSchema.table(named: table.name) != nil { changedPlaceData = true }
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
            sql:
                "INSERT INTO dataset (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            arguments: [key, value])
    }

    func execute(_ sql: String, _ arguments: [FieldValue]) throws -> Int {
        try db.execute(sql: sql, arguments: StatementArguments(arguments.map(SQLiteStore.databaseValue)))
        return db.changesCount
    }

    var lastInsertedRowID: Int64 { db.lastInsertedRowID }

    func query(_ sql: String, _ arguments: [FieldValue]) throws -> [[FieldValue]] {
        let bound = StatementArguments(arguments.map(SQLiteStore.databaseValue))
        return try Row.fetchAll(db, sql: sql, arguments: bound).map {
            Array($0.databaseValues.map(SQLiteStore.fieldValue))
        }
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
