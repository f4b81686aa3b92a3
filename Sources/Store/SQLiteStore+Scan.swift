import GRDB
import GRDBSQLite
import PlaceModel

extension SQLiteStore {
    /// A second connection to the same file, for concurrent reads.
    public func reader() throws -> any PlaceStore { try SQLiteStore(path: location) }

    /// Streams the rows of a read-only query to `body`, reading columns straight from SQLite.
    public func scan(_ sql: String, _ arguments: [FieldValue], _ body: (any StoredRow) throws -> Void) throws
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
                    try body(SQLiteRow(handle: handle))
                }
                sqlite3_reset(handle)
            }
        } catch let error as DatabaseError {
            throw StoreError.queryFailed(location, String(describing: error))
        }
    }
}

/// The current row of a stepping SQLite statement.
struct SQLiteRow: StoredRow {
    let handle: OpaquePointer

    func int(_ column: Int) -> Int64? {
        let c = Int32(column)
        switch sqlite3_column_type(handle, c) {
        case SQLITE_INTEGER: return sqlite3_column_int64(handle, c)
        case SQLITE_FLOAT: return Int64(exactly: sqlite3_column_double(handle, c))
        default: return nil
        }
    }

    func real(_ column: Int) -> Double? {
        let c = Int32(column)
        switch sqlite3_column_type(handle, c) {
        case SQLITE_INTEGER, SQLITE_FLOAT: return sqlite3_column_double(handle, c)
        default: return nil
        }
    }

    func text(_ column: Int) -> String? {
        let c = Int32(column)
        guard sqlite3_column_type(handle, c) != SQLITE_NULL, let bytes = sqlite3_column_text(handle, c) else {
            return nil
        }
        return String(cString: bytes)
    }

    func ymd(_ column: Int) -> Int32? {
        let c = Int32(column)
        guard sqlite3_column_type(handle, c) == SQLITE_TEXT, let bytes = sqlite3_column_text(handle, c),
            sqlite3_column_bytes(handle, c) == 10
        else { return nil }
        return CivilDate.ymd(iso: UnsafeBufferPointer(start: bytes, count: 10))
    }

    func withText<R>(_ column: Int, _ body: (UnsafeBufferPointer<UInt8>?) throws -> R) rethrows -> R {
        let c = Int32(column)
        guard sqlite3_column_type(handle, c) != SQLITE_NULL, let bytes = sqlite3_column_text(handle, c) else {
            return try body(nil)
        }
        return try body(UnsafeBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(handle, c))))
    }

    func field(_ column: Int) -> FieldValue {
        let c = Int32(column)
        switch sqlite3_column_type(handle, c) {
        case SQLITE_INTEGER: return .int(sqlite3_column_int64(handle, c))
        case SQLITE_FLOAT: return .real(sqlite3_column_double(handle, c))
        case SQLITE_NULL: return .null
        default: return text(column).map(FieldValue.text) ?? .null
        }
    }
}
