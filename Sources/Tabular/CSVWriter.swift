#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes CSV records (RFC 4180 quoting, LF line ends) to a file or to standard output.
public final class CSVWriter {
    private let file: UnsafeMutablePointer<FILE>
    private let name: String
    private let ownsFile: Bool
    private var pending = CSVBlock()
    private var closed = false

    /// Opens `path` for writing, or standard output when `path` is nil.
    public init(path: String?) throws {
        if let path {
            guard let handle = fopen(path, "wb") else { throw CSVError.unwritable(path) }
            file = handle
            name = path
            ownsFile = true
        } else {
            guard let handle = fdopen(dup(1), "wb") else { throw CSVError.unwritable("standard output") }
            file = handle
            name = "standard output"
            ownsFile = true
        }
        pending.bytes.reserveCapacity(1 << 16)
    }

    deinit {
        try? close()
    }

    /// Appends one record.
    public func write(_ fields: [String]) throws {
        pending.append(fields)
        if pending.byteCount >= 1 << 16 { try flush() }
    }

    /// Appends one record built field by field in place, with no array of fields and no text made
    /// for a number (see ``CSVRow``). A record that fails half-way is not written.
    public func write(_ build: (inout CSVRow) throws -> Void) throws {
        try pending.append(build)
        if pending.byteCount >= 1 << 16 { try flush() }
    }

    /// Appends the records of a block, after those written before it.
    public func write(_ block: CSVBlock) throws {
        try flush()
        try put(block.bytes)
    }

    /// Writes `field`, quoted when it holds a comma, quote or line end, or starts with a byte order
    /// mark (which a reader would take off the start of a file), to `bytes`.
    public static func append(_ field: String, to bytes: inout [UInt8]) {
        var field = field
        field.withUTF8 { append(utf8: $0, to: &bytes) }
    }

    /// Writes a field given as UTF-8 bytes, quoted as ``append(_:to:)`` quotes.
    public static func append(utf8: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]) {
        let needsQuotes =
            utf8.starts(with: [0xEF, 0xBB, 0xBF])
            || utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
        guard needsQuotes else {
            bytes.append(contentsOf: utf8)
            return
        }
        bytes.append(0x22)
        for byte in utf8 {
            if byte == 0x22 { bytes.append(0x22) }
            bytes.append(byte)
        }
        bytes.append(0x22)
    }

    private func flush() throws {
        guard pending.byteCount > 0 else { return }
        try put(pending.bytes)
        pending.removeAll()
    }

    private func put(_ bytes: [UInt8]) throws {
        guard !bytes.isEmpty else { return }
        let written = bytes.withUnsafeBytes { fwrite($0.baseAddress!, 1, $0.count, file) }
        guard written == bytes.count else { throw CSVError.unwritable(name) }
    }
    /// Flushes what is pending and closes the file.
    public func close() throws {
        guard !closed else { return }
        closed = true
        try flush()
        if fflush(file) != 0 { throw CSVError.unwritable(name) }
        if ownsFile, fclose(file) != 0 { throw CSVError.unwritable(name) }
    }
}
