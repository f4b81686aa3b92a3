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
    public static let longestNumber = 64

    /// The field at `index` as a whole number, or nil if it is not one (no allocation).
    public func int64(_ index: Int) -> Int64? {
        let r = range(index)
        guard !r.isEmpty, r.count <= 19 else { return nil }
        var i = r.lowerBound
        var negative = false
        if bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") {
            negative = bytes[i] == UInt8(ascii: "-")
            i += 1
            guard i < r.upperBound else { return nil }
        }
        // Accumulated as a negative number, so that Int64.min reads too; nil on overflow.
        var value: Int64 = 0
        while i < r.upperBound {
            let digit = bytes[i] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            let (tens, overflow) = value.multipliedReportingOverflow(by: 10)
            let (next, under) = tens.subtractingReportingOverflow(Int64(digit))
            guard !overflow, !under else { return nil }
            value = next
            i += 1
        }
        if negative { return value }
        return value == .min ? nil : -value
    }

    /// The field at `index` as a finite number, or nil if it is not one (or is longer than
    /// ``longestNumber`` characters, which no number written by hand or by a program needs).
    public func double(_ index: Int) -> Double? {
        guard range(index).count <= Self.longestNumber else { return nil }
        if let whole = int64(index) { return Double(whole) }
        guard let value = Double(self[index]), value.isFinite else { return nil }
        return value
    }

    /// Calls `body` with the raw UTF-8 bytes of the field at `index`.
    public func withBytes<T>(_ index: Int, _ body: (ArraySlice<UInt8>) throws -> T) rethrows -> T {
        try body(bytes[range(index)])
    }
}
