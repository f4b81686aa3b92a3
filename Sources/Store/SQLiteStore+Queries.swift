import Foundation
import GRDB
import PlaceModel

extension SQLiteStore {
    /// Runs a read-only query with bound arguments.
    public func query(_ sql: String, _ arguments: [FieldValue]) throws -> [[FieldValue]] {
        do {
            return try dbQueue.read { db in
                let bound = StatementArguments(arguments.map(Self.databaseValue))
                return try Row.fetchAll(db, sql: sql, arguments: bound).map { row in
                    row.databaseValues.map(Self.fieldValue)
                }
            }
        } catch let error as DatabaseError {
            throw StoreError.queryFailed(location, String(describing: error))
        }
    }

    /// The identifiers of the stored persons.
    public func personIDs() throws -> Set<Int64> {
        try dbQueue.read { db in try Set(Int64.fetchAll(db, sql: "SELECT person_id FROM persons")) }
    }

    /// The codes of the stored areas of `kind`, or of every kind.
    public func areaCodes(kind: String?) throws -> Set<String> {
        try dbQueue.read { db in
            if let kind {
                return Set(
                    try String.fetchAll(
                        db, sql: "SELECT area_code FROM areas WHERE kind = ?", arguments: [kind]))
            }
            return Set(try String.fetchAll(db, sql: "SELECT area_code FROM areas"))
        }
    }

    /// Facts about the dataset.
    public func dataset() throws -> [String: String] {
        try dbQueue.read { db in
            Dictionary(
                uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT key, value FROM dataset").map {
                    ($0["key"] as String, $0["value"] as String)
                })
        }
    }

    /// Row counts, recent loads and file size.
    public func summary() throws -> StoreSummary {
        let (rows, loads) = try dbQueue.read { db in
            let rows = try PlaceSchema.tables.map { table in
                (table.name, try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table.name)") ?? 0)
            }
            let loads = try Row.fetchAll(db, sql: "SELECT * FROM loads ORDER BY load_id DESC LIMIT 20").map {
                row in
                LoadRecord(
                    table: row["table_name"], file: row["file_name"], status: row["status"],
                    at: row["loaded_at"],
                    rowsRead: row["rows_read"], rowsStored: row["rows_stored"],
                    rowsAlreadyStored: row["rows_already_stored"],
                    rejections: Array(
                        repeating: .init(line: 0, field: "", reason: ""),
                        count: row["rows_quarantined"] as Int))
            }
            return (rows, loads)
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: location)[.size] as? Int) ?? nil
        return StoreSummary(tableRows: rows, loads: loads, dataset: try dataset(), bytes: size)
    }

    static func databaseValue(_ value: FieldValue) -> DatabaseValue {
        switch value {
        case .null: return .null
        case .int(let v): return v.databaseValue
        case .real(let v): return v.databaseValue
        case .text(let v): return v.databaseValue
        case .date(let d): return d.description.databaseValue
        }
    }

    static func fieldValue(_ value: DatabaseValue) -> FieldValue {
        switch value.storage {
        case .null: return .null
        case .int64(let v): return .int(v)
        case .double(let v): return .real(v)
        case .string(let v): return .text(v)
        case .blob: return .null
        }
    }
}
