import PlaceModel

/// Rows of one table, encoded so that the store binds them without allocating per value.
///
/// Producers (the loader's validating thread, the synthesis's generators) append cells row by row;
/// the writer thread only binds and steps. Text and dates live in one byte buffer.
public struct RowBatch: Sendable {
    /// The table the rows belong to.
    public let table: TableSchema
    /// Complete rows held.
    public private(set) var count = 0
    var kinds: [Kind] = []
    var numbers: [Int64] = []
    var bytes: [UInt8] = []
    private var rowCells = 0
    private var rowBytes = 0

    enum Kind: UInt8, Sendable { case null, int, real, text }

    /// An empty batch for `table`, with room for about `capacity` rows.
    public init(table: TableSchema, capacity: Int = 0) {
        self.table = table
        kinds.reserveCapacity(capacity * table.columns.count)
        numbers.reserveCapacity(capacity * table.columns.count)
        bytes.reserveCapacity(capacity * 16)
    }

    /// Cells appended to the row being built.
    public var cellsInRow: Int { kinds.count - rowCells }

    /// Appends an empty value.
    public mutating func appendNull() {
        kinds.append(.null)
        numbers.append(0)
    }

    /// Appends a whole number (or flag).
    public mutating func append(_ value: Int64) {
        kinds.append(.int)
        numbers.append(value)
    }

    /// Appends a real number.
    public mutating func append(_ value: Double) {
        kinds.append(.real)
        numbers.append(Int64(bitPattern: value.bitPattern))
    }

    /// Appends text given as UTF-8 bytes.
    public mutating func append<C: Collection>(utf8: C) where C.Element == UInt8 {
        let offset = bytes.count
        bytes.append(contentsOf: utf8)
        kinds.append(.text)
        numbers.append(Int64(offset) << 24 | Int64(bytes.count - offset))
    }

    /// Appends text.
    public mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append(utf8: $0) }
    }

    /// Appends a date as `YYYY-MM-DD`.
    public mutating func append(_ date: CivilDate) {
        date.withISOBytes { append(utf8: $0) }
    }

    /// Appends any stored value.
    public mutating func append(_ value: FieldValue) {
        switch value {
        case .null: appendNull()
        case .int(let v): append(v)
        case .real(let v): append(v)
        case .text(let v): append(v)
        case .date(let d): append(d)
        }
    }

    /// Appends a whole row of values.
    public mutating func append(row: [FieldValue]) {
        for value in row { append(value) }
        endRow()
    }

    /// Completes the row being built; it must have one cell per column.
    public mutating func endRow() {
        precondition(
            cellsInRow == table.columns.count, "a row of \(table.name) needs \(table.columns.count) values")
        count += 1
        rowCells = kinds.count
        rowBytes = bytes.count
    }

    /// Drops the cells of the row being built (a rejected row).
    public mutating func discardRow() {
        kinds.removeSubrange(rowCells...)
        numbers.removeSubrange(rowCells...)
        bytes.removeSubrange(rowBytes...)
    }

    /// Empties the batch, keeping its capacity.
    public mutating func removeAll() {
        kinds.removeAll(keepingCapacity: true)
        numbers.removeAll(keepingCapacity: true)
        bytes.removeAll(keepingCapacity: true)
        count = 0
        rowCells = 0
        rowBytes = 0
    }
}
