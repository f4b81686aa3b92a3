import PlaceModel
import Store
import Tabular

/// One column while its table is read from the store: values appended row by row (text coded
/// through a dictionary as it streams by), then written to a snapshot as one section.
protocol ColumnGrower: AnyObject {
    /// Appends column `c` of `row`.
    func append(_ row: any StoredRow, _ c: Int)
    /// Writes the values and returns their entry in the snapshot's directory.
    func write(_ name: String, to writer: SnapshotWriter) throws -> SnapshotDirectory.Column
}

extension ColumnGrower {
    /// Writes `values` as a section of `kind`.
    func section<T: BitwiseCopyable>(
        _ name: String, _ kind: SnapshotDirectory.Kind, _ values: [T], _ writer: SnapshotWriter,
        dictionary: [String]? = nil
    ) throws -> SnapshotDirectory.Column {
        let offset = try writer.append(values)
        return .init(name: name, kind: kind, offset: offset, count: values.count, dictionary: dictionary)
    }
}

/// The grower for `column` (person references become positions through `persons`).
func makeGrower(_ column: Column, persons: PersonPositions) -> any ColumnGrower {
    switch column.type {
    case .date: return DayGrower()
    case .integer(let range):
        if column.references == .person { return PersonGrower(persons) }
        let fits = range.lowerBound > Int64(Int32.min) && range.upperBound <= Int64(Int32.max)
        return fits ? Int32Grower() : Int64Grower()
    case .flag: return Int32Grower()
    case .real: return RealGrower()
    case .code(let list): return CodeGrower(list)
    case .text: return CodeGrower([])
    }
}

final class DayGrower: ColumnGrower {
    var values: [Int32] = []
    func append(_ row: any StoredRow, _ c: Int) { values.append(row.day(c) ?? ColumnValues.noDay) }
    func write(_ name: String, to writer: SnapshotWriter) throws -> SnapshotDirectory.Column {
        try section(name, .days, values, writer)
    }
}

final class Int32Grower: ColumnGrower {
    var values: [Int32] = []
    func append(_ row: any StoredRow, _ c: Int) {
        values.append(row.int(c).map { Int32(truncatingIfNeeded: $0) } ?? ColumnValues.noInt32)
    }
    func write(_ name: String, to writer: SnapshotWriter) throws -> SnapshotDirectory.Column {
        try section(name, .int32, values, writer)
    }
}

final class Int64Grower: ColumnGrower {
    var values: [Int64] = []
    func append(_ row: any StoredRow, _ c: Int) { values.append(row.int(c) ?? ColumnValues.noInt64) }
    func write(_ name: String, to writer: SnapshotWriter) throws -> SnapshotDirectory.Column {
        try section(name, .int64, values, writer)
    }
}

final class RealGrower: ColumnGrower {
    var values: [Double] = []
    func append(_ row: any StoredRow, _ c: Int) { values.append(row.real(c) ?? .nan) }
    func write(_ name: String, to writer: SnapshotWriter) throws -> SnapshotDirectory.Column {
        try section(name, .reals, values, writer)
    }
}

final class PersonGrower: ColumnGrower {
    var values: [Int32] = []
    let persons: PersonPositions
    init(_ persons: PersonPositions) { self.persons = persons }
    func append(_ row: any StoredRow, _ c: Int) { values.append(row.int(c).flatMap(persons.get) ?? -1) }
    func write(_ name: String, to writer: SnapshotWriter) throws -> SnapshotDirectory.Column {
        try section(name, .persons, values, writer)
    }
}

/// Codes and text: 0 for empty, else 1 + the value's place in the dictionary; a code column's
/// dictionary starts with its code list, in order.
final class CodeGrower: ColumnGrower {
    var values: [UInt32] = []
    var index = ByteKeyIndex()
    init(_ list: [String]) {
        for code in list { _ = Array(code.utf8).withUnsafeBufferPointer { index.id(of: $0) } }
    }
    func append(_ row: any StoredRow, _ c: Int) {
        values.append(row.withText(c) { bytes in bytes.map { UInt32(index.id(of: $0).id + 1) } ?? 0 })
    }
    func write(_ name: String, to writer: SnapshotWriter) throws -> SnapshotDirectory.Column {
        try section(name, .codes, values, writer, dictionary: (0..<index.count).map(index.key))
    }
}
