/// Records built in memory, apart from any writer (on another thread, say), and written in one
/// piece by ``CSVWriter/write(_:)-(CSVBlock)``.
public struct CSVBlock: Sendable {
    var bytes: [UInt8] = []

    /// An empty block.
    public init() {}

    /// The bytes the block holds so far.
    public var byteCount: Int { bytes.count }

    /// Appends one record built field by field in place (see ``CSVRow``). A record whose `build`
    /// throws half-way is taken out again.
    public mutating func append(_ build: (inout CSVRow) throws -> Void) rethrows {
        let mark = bytes.count
        var row = CSVRow(bytes: bytes)
        bytes = []
        defer { bytes = row.bytes }
        do { try build(&row) } catch {
            row.bytes.removeSubrange(mark...)
            throw error
        }
        row.bytes.append(UInt8(ascii: "\n"))
    }

    /// Appends one record of text fields.
    public mutating func append(_ fields: [String]) {
        append { row in for field in fields { row.append(field) } }
    }

    /// Empties the block, keeping its memory.
    mutating func removeAll() { bytes.removeAll(keepingCapacity: true) }
}
