import GRDB
import GRDBSQLite
import PlaceModel

extension SQLiteStore {
    /// A second connection to the same file, for concurrent reads.
    public func reader() throws -> any PlaceStore { try SQLiteStore(path: location) }

    /// Streams the rows of a read-only query to `body`, reading columns straight from SQLite.
    public func scan(_ sql: String, _ arguments: [FieldValue], _ body: (any StoredRow) throws -> Void) throws
    {
        try step(sql, arguments) { try body(SQLiteRow(handle: $0)) }
    }

    /// Reads the rows of a read-only query into batches of typed columns, straight from SQLite.
    public func scanColumns(
        _ sql: String, _ arguments: [FieldValue], kinds: [ColumnBatch.Kind],
        _ body: (ColumnBatch) throws -> Void
    ) throws {
        try ColumnBatch.batches(of: kinds, body) { add in
            try step(sql, arguments) { try add(SQLiteRow(handle: $0)) }
        }
    }

    /// Steps through the rows of a read-only query, calling `row` with the statement on each.
    private func step(_ sql: String, _ arguments: [FieldValue], _ row: (OpaquePointer) throws -> Void) throws
    {
        do {
            try dbQueue.read { db in
                let statement = try db.makeStatement(sql: sql)
                try statement.setArguments(StatementArguments(arguments.map(Self.databaseValue)))
                let handle = statement.sqliteStatement
                while true {
                    let code = sqlite3_step(handle)
                    if code == SQLITE_DONE { break }
                    guard code == SQLITE_ROW else {
                        throw DatabaseError(
                            resultCode: ResultCode(rawValue: code),
                            message: String(cString: sqlite3_errmsg(db.sqliteConnection)),
                            sql: sql)
                    }
                    try row(handle)
                }
                sqlite3_reset(handle)
            }
        } catch let error as DatabaseError {
            throw StoreError.queryFailed(location, String(describing: error))
        }
    }
}

/// The current row of a stepping SQLite statement.
///
/// Each column is read through its `sqlite3_value` (one call into the statement a column, then plain
/// value reads). SQLite calls such values unprotected: they must not be shared between threads,
/// and are not: the connection (opened without its own mutex) is used by one thread at a time and
/// the value is read at once, before the statement steps on.
struct SQLiteRow: StoredRow {
    let handle: OpaquePointer

    @inline(__always)
    private func value(_ column: Int) -> OpaquePointer { sqlite3_column_value(handle, Int32(column)) }

    func int(_ column: Int) -> Int64? {
        let value = value(column)
        switch sqlite3_value_type(value) {
        case SQLITE_INTEGER: return sqlite3_value_int64(value)
        case SQLITE_FLOAT: return Int64(exactly: sqlite3_value_double(value))
        default: return nil
        }
    }

    func real(_ column: Int) -> Double? {
        let value = value(column)
        switch sqlite3_value_type(value) {
        case SQLITE_INTEGER, SQLITE_FLOAT: return sqlite3_value_double(value)
        default: return nil
        }
    }

    func text(_ column: Int) -> String? {
        withText(column) { bytes in bytes.map { String(decoding: $0, as: UTF8.self) } }
    }

    func ymd(_ column: Int) -> Int32? {
        let value = value(column)
        guard sqlite3_value_type(value) == SQLITE_TEXT, let bytes = sqlite3_value_text(value),
            sqlite3_value_bytes(value) == 10
        else { return nil }
        return CivilDate.ymd(iso: UnsafeBufferPointer(start: bytes, count: 10))
    }

    func withText<R>(_ column: Int, _ body: (UnsafeBufferPointer<UInt8>?) throws -> R) rethrows -> R {
        let value = value(column)
        guard sqlite3_value_type(value) != SQLITE_NULL, let bytes = sqlite3_value_text(value) else {
            return try body(nil)
        }
        return try body(UnsafeBufferPointer(start: bytes, count: Int(sqlite3_value_bytes(value))))
    }

    func field(_ column: Int) -> FieldValue {
        let value = value(column)
        switch sqlite3_value_type(value) {
        case SQLITE_INTEGER: return .int(sqlite3_value_int64(value))
        case SQLITE_FLOAT: return .real(sqlite3_value_double(value))
        case SQLITE_NULL: return .null
        default: return text(column).map(FieldValue.text) ?? .null
        }
    }
}
