import PlaceModel

/// How each held column of a table is read: its kind, and its slot among the columns of that kind
/// in a ``TableChunk``.
struct ColumnPlan: Sendable {
    /// A column and where it goes.
    struct Entry: Sendable {
        let column: Column
        let kind: SnapshotDirectory.Kind
        let slot: Int
    }

    let table: TableSchema
    let entries: [Entry]
    /// Columns of each kind.
    let counts: [SnapshotDirectory.Kind: Int]

    init(_ table: TableSchema) {
        self.table = table
        var counts: [SnapshotDirectory.Kind: Int] = [:]
        entries = TableColumns.heldColumns(table).map { column in
            let kind = Self.kind(column)
            defer { counts[kind, default: 0] += 1 }
            return Entry(column: column, kind: kind, slot: counts[kind] ?? 0)
        }
        self.counts = counts
    }

    /// How `column` is held.
    static func kind(_ column: Column) -> SnapshotDirectory.Kind {
        switch column.type {
        case .date: return .days
        case .integer(let range):
            if column.references == .person { return .persons }
            return range.lowerBound > Int64(Int32.min) && range.upperBound <= Int64(Int32.max)
                ? .int32 : .int64
        case .flag: return .int32
        case .real: return .reals
        case .code, .text: return .codes
        }
    }

    /// The SQL reading the held columns of rows whose row id is in a range (or every row).
    func sql(ranged: Bool) -> String {
        let list = entries.map(\.column.name).joined(separator: ", ")
        return "SELECT \(list) FROM \(table.name)" + (ranged ? " WHERE rowid BETWEEN ? AND ?" : "")
            + (table.name == "persons" ? " ORDER BY person_id" : "")
    }
}
