import Tabular

/// Groups of rows keyed by the values of the group columns, numbered in order of first appearance.
/// Each key is kept once, as bytes in one arena (one column's bytes as they are; several columns'
/// each behind its length), so finding a row's group makes no text and allocates nothing.
struct StatsGroups: Sendable {
    let columns: [Int]
    private(set) var firstLines: [Int] = []
    private var index = ByteKeyIndex()
    private var scratch: [UInt8] = []
    private var lastId = -1

    init(columns: [Int]) { self.columns = columns }

    var count: Int { firstLines.count }

    /// The group of a record, creating it on first sight. Rows of one group usually come together,
    /// so the previous row's key is compared before any hashing.
    mutating func id(of record: CSVFields) -> Int {
        if columns.isEmpty {
            if firstLines.isEmpty { firstLines.append(record.line) }
            return 0
        }
        let found: (id: Int, new: Bool)
        if columns.count == 1 {
            let column = columns[0]
            found = record.withBytesIfPresent(column) { bytes in
                if lastId >= 0, index.matches(lastId, bytes) { return (lastId, false) }
                return index.id(of: bytes)
            }
        } else {
            scratch.removeAll(keepingCapacity: true)
            for column in columns {
                record.withBytesIfPresent(column) { bytes in
                    withUnsafeBytes(of: UInt32(bytes.count).littleEndian) { scratch.append(contentsOf: $0) }
                    scratch.append(contentsOf: bytes)
                }
            }
            found = scratch.withUnsafeBufferPointer { bytes in
                if lastId >= 0, index.matches(lastId, bytes) { return (lastId, false) }
                return index.id(of: bytes)
            }
        }
        if found.new { firstLines.append(record.line) }
        lastId = found.id
        return found.id
    }

    /// Takes in the groups of a later part of the same input, whose first lines are counted from
    /// that part's start (`lineOffset` puts them in the whole file); returns each one's id here.
    mutating func absorb(_ other: StatsGroups, lineOffset: Int) -> [Int] {
        if columns.isEmpty {
            if firstLines.isEmpty, let first = other.firstLines.first {
                firstLines.append(first + lineOffset)
            }
            return other.firstLines.isEmpty ? [] : [0]
        }
        return (0..<other.count).map { id in
            let found = other.index.withKey(id) { index.id(of: $0) }
            if found.new { firstLines.append(other.firstLines[id] + lineOffset) }
            return found.id
        }
    }

    /// The group columns' values of group `id`.
    func key(_ id: Int) -> [String] {
        var values: [String] = []
        forEachField(id) { values.append(String(decoding: $0, as: UTF8.self)) }
        return values
    }

    /// Appends the group columns' values of group `id` to a record being written.
    func appendKey(_ id: Int, to row: inout CSVRow) {
        forEachField(id) { row.append(utf8: $0) }
    }

    private func forEachField(_ id: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        if columns.isEmpty { return }
        index.withKey(id) { key in
            if columns.count == 1 { return body(key) }
            var at = 0
            for _ in columns {
                let count = (0..<4).reduce(0) { $0 | Int(key[at + $1]) << (8 * $1) }
                body(UnsafeBufferPointer(rebasing: key[(at + 4)..<(at + 4 + count)]))
                at += 4 + count
            }
        }
    }

    /// Names a group in messages: `group area=E08000035 (first line 2)`.
    func describe(_ id: Int, names: [String]) -> String {
        if names.isEmpty { return "the file" }
        let parts = zip(names, key(id)).map { "\($0)=\($1)" }.joined(separator: ", ")
        return "group \(parts) (first line \(firstLines[id]))"
    }
}

extension CSVFields {
    /// Calls `body` with the bytes of the field at `index`, or no bytes when the record is short.
    func withBytesIfPresent<T>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> T) rethrows -> T {
        if index < count { return try withBytes(index, body) }
        return try body(UnsafeBufferPointer(start: nil, count: 0))
    }
}
