import Statistics
import Tabular

/// A failure of `placehealth stats`, with a message naming the file, line and column.
struct StatsFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// The input CSV: its columns by name, and numbers read with messages naming the line and column.
final class StatsInput {
    let reader: CSVReader
    let name: String

    init(path: String) throws {
        do {
            reader = try CSVReader(path: path)
        } catch let error as CSVError {
            throw StatsFailure(error.description)
        }
        name = path
    }

    var header: [String] { reader.header }

    /// The index of a column the method needs.
    func column(_ column: String, option: String) throws -> Int {
        guard let index = header.firstIndex(of: column) else {
            throw StatsFailure(
                "\(name): no column \"\(column)\" (\(option)); the columns are: \(header.joined(separator: ", "))"
            )
        }
        return index
    }

    /// The index of a column that may be absent.
    func optionalColumn(_ column: String?) -> Int? {
        column.flatMap { header.firstIndex(of: $0) }
    }

    /// The next record, or nil at the end.
    func next() throws -> CSVRecord? {
        do {
            return try reader.next()
        } catch let error as CSVError {
            throw StatsFailure(error.description)
        }
    }

    /// The number in a field; a blank or non-numeric field is an error naming the line and column.
    func number(_ record: CSVRecord, _ index: Int) throws -> Double {
        guard index < record.count, !record.isEmpty(index) else {
            throw failure(line: record.line, column: index, "is empty (a number is required)")
        }
        guard let value = record.double(index) else {
            throw failure(line: record.line, column: index, "\"\(record[index])\" is not a number")
        }
        return value
    }

    /// The number in a field, or nil when the field is blank or "NA".
    func optionalNumber(_ record: CSVRecord, _ index: Int) throws -> Double? {
        guard index < record.count, !record.isEmpty(index), record[index] != "NA" else { return nil }
        return try number(record, index)
    }

    /// The first whole number in a field (an age band's start age), read from its bytes.
    func startAge(_ record: CSVRecord, _ index: Int) -> Int? {
        guard index < record.count else { return nil }
        return record.withBytes(index) { bytes -> Int? in
            var value = 0
            var seen = false
            for byte in bytes {
                if byte >= 0x30, byte <= 0x39 {
                    value = value * 10 + Int(byte - 0x30)
                    seen = true
                    if value > 1_000_000 { return nil }
                } else if seen {
                    break
                }
            }
            return seen ? value : nil
        }
    }

    /// The text of a field ("" when the record is short).
    func text(_ record: CSVRecord, _ index: Int) -> String {
        index < record.count ? record[index] : ""
    }

    func failure(line: Int, column: Int, _ message: String) -> StatsFailure {
        StatsFailure("\(name):\(line): column \"\(header[column])\": \(message)")
    }

    /// A library error for one row, named by line and the column its field maps to.
    func failure(line: Int, _ error: StatisticsError, columns: [String: Int]) -> StatsFailure {
        if let column = columns[error.field] { return failure(line: line, column: column, error.message) }
        return StatsFailure("\(name):\(line): \(error.field): \(error.message)")
    }
}

/// Groups of rows keyed by the values of the group columns, in order of first appearance. The
/// keys' fields are kept in one flat array (no array per group).
struct StatsGroups {
    let columns: [Int]
    private var fields: [String] = []
    private(set) var firstLines: [Int] = []
    private var index = ByteKeyIndex()
    private var scratch: [UInt8] = []

    init(columns: [Int]) { self.columns = columns }

    var count: Int { firstLines.count }

    /// The group columns' values of group `id`.
    func key(_ id: Int) -> ArraySlice<String> {
        fields[(id * columns.count)..<((id + 1) * columns.count)]
    }

    /// The group of a record, creating it on first sight. Rows of one group usually come together,
    /// so the previous row's key is compared byte for byte before any hashing.
    mutating func id(of record: CSVRecord, input: StatsInput) -> Int {
        if columns.isEmpty {
            if firstLines.isEmpty { firstLines.append(record.line) }
            return 0
        }
        if let lastId, sameAsLast(record, key(lastId)) { return lastId }
        let found: (id: Int, new: Bool)
        if columns.count == 1, columns[0] < record.count {
            found = record.withBytes(columns[0]) { bytes in bytes.withUnsafeBufferPointer { index.id(of: $0) }
            }
        } else {
            scratch.removeAll(keepingCapacity: true)
            for (position, column) in columns.enumerated() {
                if position > 0 { scratch.append(0x1F) }
                if column < record.count { record.withBytes(column) { scratch.append(contentsOf: $0) } }
            }
            found = scratch.withUnsafeBufferPointer { index.id(of: $0) }
        }
        if found.new {
            for column in columns { fields.append(input.text(record, column)) }
            firstLines.append(record.line)
        }
        lastId = found.id
        return found.id
    }

    private var lastId: Int?

    private func sameAsLast(_ record: CSVRecord, _ last: ArraySlice<String>) -> Bool {
        for (position, column) in columns.enumerated() {
            guard column < record.count else { return false }
            var text = last[last.startIndex + position]
            let same = text.withUTF8 { previous in record.withBytes(column) { $0.elementsEqual(previous) } }
            if !same { return false }
        }
        return true
    }

    /// Names a group in messages: `group area=E08000035 (from line 2)`.
    func describe(_ id: Int, names: [String]) -> String {
        if names.isEmpty { return "the file" }
        let parts = zip(names, key(id)).map { "\($0)=\($1)" }.joined(separator: ", ")
        return "group \(parts) (first line \(firstLines[id]))"
    }
}
