#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A streaming RFC 4180 CSV reader that keeps track of physical line numbers.
///
/// It accepts what real files contain: a UTF-8 byte-order mark, CRLF or LF line ends, quoted fields
/// holding commas, quotes and line ends, and empty lines (skipped). A quoted field left open at the
/// end of the file is reported as a truncated last record. Malformed records throw ``CSVError``;
/// the reader has then moved past them, so a caller may record the error and read on.
public final class CSVReader {
    /// The file's name, for messages.
    public let name: String
    /// The header: the first record's fields.
    public private(set) var header: [String] = []

    var file: UnsafeMutablePointer<FILE>?
    var buffer: [UInt8]
    var start = 0
    var end = 0
    var atEOF = false
    /// The bytes of the file left to read, when the reader reads only a part of it.
    var remaining: Int?
    var line = 1
    /// The arrays the last record was scanned into, reused for the next.
    var recordBytes: [UInt8] = []
    var recordEnds: [Int] = []
    /// Field bounds of the record seen in place by ``forEachRecord(_:)``: start and end, in pairs.
    var fieldBounds = UnsafeMutablePointer<Int>.allocate(capacity: 64)
    var fieldBoundsCapacity = 64

    /// Opens the file at `path` and reads its header.
    public init(path: String, chunkSize: Int = 1 << 20) throws {
        name = path
        guard let handle = fopen(path, "rb") else { throw CSVError.unreadable(path) }
        file = handle
        buffer = [UInt8](repeating: 0, count: max(chunkSize, 64))
        try readHeader()
    }

    /// Reads the records in bytes `range` of the file at `path`, with lines counted from 1 there:
    /// one part of a file split at line ends.
    init(path: String, range: Range<Int>, chunkSize: Int = 1 << 20) throws {
        name = path
        guard let handle = fopen(path, "rb") else { throw CSVError.unreadable(path) }
        file = handle
        buffer = [UInt8](repeating: 0, count: max(chunkSize, 64))
        guard fseeko(handle, off_t(range.lowerBound), SEEK_SET) == 0 else { throw CSVError.unreadable(path) }
        remaining = range.count
    }

    /// Reads CSV held in memory; `name` stands for the file in messages.
    public init(bytes: [UInt8], name: String) throws {
        self.name = name
        buffer = bytes
        end = bytes.count
        atEOF = true
        try readHeader()
    }

    deinit {
        fieldBounds.deallocate()
        if let file { fclose(file) }
    }

    private func readHeader() throws {
        try fill()
        if end - start >= 3, buffer[start] == 0xEF, buffer[start + 1] == 0xBB, buffer[start + 2] == 0xBF {
            start += 3
        }
        guard let first = try next() else { throw CSVError.empty(name) }
        header = first.fields
    }

    /// The next record, or nil at the end of the file.
    public func next() throws -> CSVRecord? {
        while true {
            switch scan() {
            case .record(let record): return record
            case .needMore: try fill()
            case .blank: continue
            case .end: return nil
            case .failed(let error): throw error
            }
        }
    }

    /// Moves unread bytes to the front of the buffer and reads more of the file behind them.
    func fill() throws {
        guard let file, !atEOF else {
            atEOF = true
            return
        }
        if start > 0 {
            buffer.withUnsafeMutableBytes { raw in
                _ = memmove(raw.baseAddress!, raw.baseAddress! + start, end - start)
            }
            end -= start
            start = 0
        }
        if end == buffer.count { buffer.append(contentsOf: repeatElement(0, count: buffer.count)) }
        let read = buffer.withUnsafeMutableBytes { raw in
            fread(raw.baseAddress! + end, 1, min(raw.count - end, remaining ?? .max), file)
        }
        remaining = remaining.map { $0 - read }
        if read == 0 {
            if ferror(file) != 0 { throw CSVError.unreadable(name) }
            atEOF = true
        }
        end += read
    }
}
