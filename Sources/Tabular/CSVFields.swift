/// One record's fields seen in place, without copying them, by ``CSVReader/forEachRecord(_:)``.
///
/// The fields point into the reader's buffer: a `CSVFields` is valid only during the call that
/// receives it. Copy out what must outlive it (``subscript(_:)``, ``fields``).
public struct CSVFields {
    /// 1-based physical line where the record starts (the header is line 1).
    public let line: Int
    /// Whether the file ended without a line end after this record (a possibly truncated last line).
    public let endsWithoutNewline: Bool
    /// The number of fields.
    public let count: Int
    private let base: UnsafePointer<UInt8>
    /// Each field's start and end offsets from `base`, in pairs.
    private let bounds: UnsafePointer<Int>

    init(
        line: Int, endsWithoutNewline: Bool, count: Int, base: UnsafePointer<UInt8>,
        bounds: UnsafePointer<Int>
    ) {
        self.line = line
        self.endsWithoutNewline = endsWithoutNewline
        self.count = count
        self.base = base
        self.bounds = bounds
    }

    /// Calls `body` with the raw UTF-8 bytes of the field at `index`.
    @inline(__always)
    public func withBytes<T>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> T) rethrows -> T {
        try body(bytes(index))
    }

    @inline(__always)
    func bytes(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        let start = bounds[2 * index]
        return UnsafeBufferPointer(start: base + start, count: bounds[2 * index + 1] - start)
    }

    /// The field at `index` as text.
    public subscript(index: Int) -> String { String(decoding: bytes(index), as: UTF8.self) }

    /// Every field as text.
    public var fields: [String] { (0..<count).map { self[$0] } }

    /// Whether the field at `index` is empty.
    public func isEmpty(_ index: Int) -> Bool { bounds[2 * index] == bounds[2 * index + 1] }

    /// The field at `index` as a whole number, or nil if it is not one (no allocation).
    public func int64(_ index: Int) -> Int64? { CSVNumber.int64(bytes(index)) }

    /// The field at `index` as a finite number, or nil if it is not one (or is longer than
    /// ``CSVRecord/longestNumber`` characters).
    public func double(_ index: Int) -> Double? { CSVNumber.double(bytes(index)) }
}
