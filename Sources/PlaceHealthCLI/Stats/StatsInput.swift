import Statistics
import Tabular

/// A failure of `placehealth stats`, with a message naming the file, line and column.
struct StatsFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// The input CSV file being read: the reader, and the columns it found (see ``StatsInput``).
final class StatsFile {
    let reader: CSVReader
    /// The file's name and header, and the reading of its fields, shared by the cores.
    let input: StatsInput

    init(path: String) throws {
        do {
            reader = try CSVReader(path: path)
        } catch let error as CSVError {
            throw StatsFailure(error.description)
        }
        input = StatsInput(name: path, header: reader.header)
    }

    /// Calls `body` with every record, each seen in place (valid only during the call).
    func forEachRecord(_ body: (CSVFields) throws -> Void) throws {
        do {
            try reader.forEachRecord(body)
        } catch let error as CSVError {
            throw StatsFailure(error.description)
        }
    }

    /// Reads every record into per-core states, merged in file order (see
    /// ``CSVReader/forEachRecord(parts:minimumPartBytes:make:_:merge:)``); a failure is the first in
    /// the file, as one core would find it.
    func forEachRecord<State: Sendable>(
        make: @Sendable () -> State, _ body: @Sendable (inout State, CSVFields) throws -> Void,
        merge: (inout State, consuming State, _ lineOffset: Int) throws -> Void
    ) throws -> State {
        do {
            return try reader.forEachRecord(
                parts: 2, minimumPartBytes: 1 << 20, make: make, body, merge: merge)
        } catch let error as CSVError {
            throw StatsFailure(error.description)
        }
    }
}

/// The input CSV's columns by name, and its fields read as numbers with messages naming the line
/// and column.
struct StatsInput: Sendable {
    let name: String
    let header: [String]

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

    /// The number in a field; a blank or non-numeric field is an error naming the line and column.
    func number(_ record: CSVFields, _ index: Int) throws -> Double {
        guard index < record.count, !record.isEmpty(index) else {
            throw failure(line: record.line, column: index, "is empty (a number is required)")
        }
        guard let value = record.double(index) else {
            throw failure(line: record.line, column: index, "\"\(record[index])\" is not a number")
        }
        return value
    }

    /// The number in a field, or nil when the field is blank or "NA".
    func optionalNumber(_ record: CSVFields, _ index: Int) throws -> Double? {
        guard index < record.count, !record.isEmpty(index), record[index] != "NA" else { return nil }
        return try number(record, index)
    }

    /// The first whole number in a field (an age band's start age), read from its bytes.
    func startAge(_ record: CSVFields, _ index: Int) -> Int? {
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
    func text(_ record: CSVFields, _ index: Int) -> String {
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
