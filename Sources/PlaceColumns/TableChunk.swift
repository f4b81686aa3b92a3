import PlaceModel
import Store
import Tabular

/// Rows of one table (all, or a range of row ids) read from the store into typed arrays: dates as
/// day numbers, whole numbers, reals, text coded through this chunk's dictionaries, persons as
/// positions.
struct TableChunk: Sendable {
    var count = 0
    var days: [[Int32]]
    var int32s: [[Int32]]
    var int64s: [[Int64]]
    var reals: [[Double]]
    var codes: [[UInt32]]
    var dictionaries: [ByteKeyIndex]
    var persons: [[Int32]]
    /// For the persons table: the identifiers, in order.
    var ids: [Int64] = []

    /// Reads the rows of `plan`'s table with row ids in `range` (every row when nil).
    init(
        _ plan: ColumnPlan, _ store: any PlaceStore, _ range: ClosedRange<Int64>?, positions: PersonPositions
    ) throws {
        func slots<T>(_ kind: SnapshotDirectory.Kind, _ empty: T) -> [T] {
            Array(repeating: empty, count: plan.counts[kind] ?? 0)
        }
        var days: [[Int32]] = slots(.days, [])
        var int32s: [[Int32]] = slots(.int32, [])
        var int64s: [[Int64]] = slots(.int64, [])
        var reals: [[Double]] = slots(.reals, [])
        var codes: [[UInt32]] = slots(.codes, [])
        var persons: [[Int32]] = slots(.persons, [])
        var dictionaries = plan.entries.filter { $0.kind == .codes }.map { entry in
            var index = ByteKeyIndex()
            if case .code(let list) = entry.column.type {
                for code in list { _ = Array(code.utf8).withUnsafeBufferPointer { index.id(of: $0) } }
            }
            return index
        }
        var ids: [Int64] = []
        var count = 0
        let entries = plan.entries
        let idColumn =
            plan.table.name == "persons" ? entries.firstIndex { $0.column.name == "person_id" } : nil
        let arguments: [FieldValue] = range.map { [.int($0.lowerBound), .int($0.upperBound)] } ?? []
        try store.scan(plan.sql(ranged: range != nil), arguments) { row in
            for c in entries.indices {
                let slot = entries[c].slot
                switch entries[c].kind {
                case .days: days[slot].append(row.ymd(c).flatMap(DayNumbers.day) ?? ColumnValues.noDay)
                case .int32:
                    int32s[slot].append(
                        row.int(c).map { Int32(truncatingIfNeeded: $0) } ?? ColumnValues.noInt32)
                case .int64: int64s[slot].append(row.int(c) ?? ColumnValues.noInt64)
                case .reals: reals[slot].append(row.real(c) ?? .nan)
                case .persons: persons[slot].append(row.int(c).flatMap(positions.get) ?? -1)
                case .codes:
                    codes[slot].append(
                        row.withText(c) { bytes in
                            bytes.map { UInt32(dictionaries[slot].id(of: $0).id + 1) } ?? 0
                        })
                }
            }
            if let idColumn, let id = row.int(idColumn) { ids.append(id) }
            count += 1
        }
        (self.days, self.int32s, self.int64s, self.reals, self.codes, self.persons) =
            (days, int32s, int64s, reals, codes, persons)
        self.dictionaries = dictionaries
        self.ids = ids
        self.count = count
    }
}
