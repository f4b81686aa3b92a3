/// One record of a CSV file: its fields, unquoted, and the line it starts on.
public struct CSVRecord: Sendable {
    /// 1-based physical line where the record starts (the header is line 1).
    public let line: Int
    /// Whether the file ended without a line end after this record (a possibly truncated last line).
    public let endsWithoutNewline: Bool
    private let bytes: [UInt8]
    private let ends: [Int]

    init(line: Int, bytes: [UInt8], ends: [Int], endsWithoutNewline: Bool) {
        self.line = line
        self.bytes = bytes
        self.ends = ends
        self.endsWithoutNewline = endsWithoutNewline
    }

    /// The number of fields.
    public var count: Int { ends.count }

    private func range(_ index: Int) -> Range<Int> {
        (index == 0 ? 0 : ends[index - 1])..<ends[index]
    }

    /// The field at `index` as text.
    public subscript(index: Int) -> String {
        String(decoding: bytes[range(index)], as: UTF8.self)
    }

    /// Every field as text.
    public var fields: [String] { (0..<count).map { self[$0] } }

    /// Whether the field at `index` is empty.
    public func isEmpty(_ index: Int) -> Bool { range(index).isEmpty }

    /// The longest field read as a number: longer ones are not numbers, and not parsed at all.
    public static let longestNumber = CSVNumber.longest

    /// The field at `index` as a whole number, or nil if it is not one (no allocation).
    public func int64(_ index: Int) -> Int64? {
        bytes.withUnsafeBufferPointer { CSVNumber.int64(UnsafeBufferPointer(rebasing: $0[range(index)])) }
    }

    /// The field at `index` as a finite number, or nil if it is not one (or is longer than
    /// ``longestNumber`` characters, which no number written by hand or by a program needs).
    public func double(_ index: Int) -> Double? {
        bytes.withUnsafeBufferPointer { CSVNumber.double(UnsafeBufferPointer(rebasing: $0[range(index)])) }
    }

    /// Where an empty record's fields point: they have no bytes, but a pointer is needed.
    nonisolated(unsafe) private static let nowhere = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)

    /// Calls `body` with the record seen as ``CSVFields`` (valid only during the call).
    public func withFields<T>(_ body: (CSVFields) throws -> T) rethrows -> T {
        var bounds: [Int] = []
        bounds.reserveCapacity(2 * ends.count)
        for index in ends.indices {
            bounds.append(range(index).lowerBound)
            bounds.append(ends[index])
        }
        return try bytes.withUnsafeBufferPointer { bytes in
            try bounds.withUnsafeBufferPointer { pairs in
                try body(
                    CSVFields(
                        line: line, endsWithoutNewline: endsWithoutNewline, count: ends.count,
                        base: bytes.isEmpty ? UnsafePointer(Self.nowhere) : bytes.baseAddress!,
                        bounds: pairs.baseAddress!))
            }
        }
    }

    /// Calls `body` with the raw UTF-8 bytes of the field at `index`.
    public func withBytes<T>(_ index: Int, _ body: (ArraySlice<UInt8>) throws -> T) rethrows -> T {
        try body(bytes[range(index)])
    }
}
