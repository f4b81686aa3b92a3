import GRDB
import PlaceModel

extension SQLiteStore {
    /// Streams the rows of a read-only query to `body`.
    public func scan(_ sql: String, _ arguments: [FieldValue], _ body: (any StoredRow) throws -> Void) throws {
        do {
            try dbQueue.read { db in
                let bound = StatementArguments(arguments.map(Self.databaseValue))
                let cursor = try Row.fetchCursor(db, sql: sql, arguments: bound)
                while let row = try cursor.next() { try body(SQLiteRow(row: row)) }
            }
        } catch let error as DatabaseError {
            throw StoreError.queryFailed(location, String(describing: error))
        }
    }
}

/// A row of a streamed SQLite query.
struct SQLiteRow: StoredRow {
    let row: Row

    func int(_ column: Int) -> Int64? {
        switch (row[column] as DatabaseValue).storage {
        case .int64(let n): return n
        case .double(let x): return Int64(exactly: x)
        default: return nil
        }
    }

    func real(_ column: Int) -> Double? {
        switch (row[column] as DatabaseValue).storage {
        case .int64(let n): return Double(n)
        case .double(let x): return x
        default: return nil
        }
    }

    func text(_ column: Int) -> String? {
        switch (row[column] as DatabaseValue).storage {
        case .null: return nil
        case .string(let s): return s
        case .int64(let n): return String(n)
        case .double(let x): return String(x)
        case .blob: return nil
        }
    }

    func ymd(_ column: Int) -> Int32? {
        guard case .string(let s) = (row[column] as DatabaseValue).storage else { return nil }
        return CivilDate.ymd(iso: s)
    }

    func field(_ column: Int) -> FieldValue { SQLiteStore.fieldValue(row[column] as DatabaseValue) }
}
