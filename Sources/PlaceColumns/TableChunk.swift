import PlaceModel
import Store
import Tabular

/// Rows of one table (all, or a range of row ids) read from the store into typed arrays: dates as
/// day numbers, whole numbers, reals, text coded through this chunk's dictionaries, persons as their
/// identifiers (`Int64.min` when empty; the snapshot writer turns them into positions).
struct TableChunk: Sendable {
    var count = 0
    var days: [[Int32]]
    var int32s: [[Int32]]
    var int64s: [[Int64]]
    var reals: [[Double]]
    var codes: [[UInt32]]
    var dictionaries: [ByteKeyIndex]
    var persons: [[Int64]]
    /// For the persons table: the identifiers, in order.
    var ids: [Int64] = []

    /// Reads the rows of `plan`'s table with row ids in `range` (every row when nil).
    init(
        _ plan: ColumnPlan, _ store: any PlaceStore, _ range: ClosedRange<Int64>?
    ) throws {
        func slots<T>(_ kind: SnapshotDirectory.Kind) -> [[T]] {
            Array(repeating: [], count: plan.counts[kind] ?? 0)
        }
        var days: [[Int32]] = slots(.days)
        var int32s: [[Int32]] = slots(.int32)
        var int64s: [[Int64]] = slots(.int64)
        var reals: [[Double]] = slots(.reals)
        var codes: [[UInt32]] = slots(.codes)
        var persons: [[Int64]] = slots(.persons)
        var scratch: [UInt32] = []
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
        let kinds = entries.map { Self.batchKind($0.kind) }
        try store.scanColumns(plan.sql(ranged: range != nil), arguments, kinds: kinds) { batch in
            for c in entries.indices {
                let slot = entries[c].slot
                switch entries[c].kind {
                case .days:
                    days[slot].append(
                        contentsOf: batch.dates(c).lazy.map {
                            $0 == 0 ? ColumnValues.noDay : DayNumbers.day(ymd: $0) ?? ColumnValues.noDay
                        })
                case .int32:
                    int32s[slot].append(
                        contentsOf: batch.integers(c).lazy.map {
                            $0 == .min ? ColumnValues.noInt32 : Int32(truncatingIfNeeded: $0)
                        })
                case .reals: reals[slot].append(contentsOf: batch.reals(c))
                case .int64: int64s[slot].append(contentsOf: batch.integers(c))
                case .persons: persons[slot].append(contentsOf: batch.integers(c))
                case .codes:
                    let (lengths, bytes) = batch.texts(c)
                    var dictionary = ByteKeyIndex()
                    swap(&dictionary, &dictionaries[slot])
                    defer { swap(&dictionary, &dictionaries[slot]) }
                    var offset = 0
                    scratch.removeAll(keepingCapacity: true)
                    for length in lengths {
                        guard length >= 0 else {
                            scratch.append(0)
                            continue
                        }
                        let end = offset + Int(length)
                        scratch.append(UInt32(dictionary.id(of: .init(rebasing: bytes[offset..<end])).id + 1))
                        offset = end
                    }
                    codes[slot].append(contentsOf: scratch)
                }
            }
            if let idColumn { ids.append(contentsOf: batch.integers(idColumn).lazy.filter { $0 != .min }) }
            count += batch.count
        }
        (self.days, self.int32s, self.int64s, self.reals, self.codes, self.persons) =
            (days, int32s, int64s, reals, codes, persons)
        self.dictionaries = dictionaries
        self.ids = ids
        self.count = count
    }

    /// How a column held as `kind` is read from the store.
    private static func batchKind(_ kind: SnapshotDirectory.Kind) -> ColumnBatch.Kind {
        switch kind {
        case .days: return .date
        case .int32, .int64, .persons: return .integer
        case .reals: return .real
        case .codes: return .text
        }
    }
}
