import PlaceModel

/// Up to ``capacity`` rows of a bulk read (``PlaceStore/scanColumns(_:_:kinds:_:)``), held column
/// by column in flat buffers, each column typed as asked: no value is boxed and nothing is
/// allocated per row or per cell. A batch is lent to the reader's callback and reused for the next
/// rows, so the buffers it gives are valid only inside that callback.
public final class ColumnBatch {
    /// How a column is read.
    public enum Kind: Sendable, Equatable {
        /// A whole number: `Int64.min` when NULL or not a whole number.
        case integer
        /// A number: NaN when NULL or not a number.
        case real
        /// A `yyyy-mm-dd` date as the number yyyymmdd: 0 when NULL or not such a date.
        case date
        /// Text as UTF-8 bytes (``withTexts(_:_:)``); NULL has length -1.
        case text
    }

    /// The bytes of one text column's rows, one after another.
    struct TextBytes {
        var base: UnsafeMutablePointer<UInt8>
        var capacity: Int
        var used = 0
    }

    /// The kind of each column, in the query's order.
    public let kinds: [Kind]
    /// Rows a batch holds at most.
    public let capacity: Int
    /// Rows in the batch now.
    public internal(set) var count = 0
    // Column `c` of a kind is at `c * capacity` in that kind's block; texts have one entry a column.
    let integers: UnsafeMutablePointer<Int64>
    let reals: UnsafeMutablePointer<Double>
    let dates: UnsafeMutablePointer<Int32>
    let lengths: UnsafeMutablePointer<Int32>
    let texts: UnsafeMutablePointer<TextBytes>

    /// An empty batch of columns of `kinds`.
    public init(kinds: [Kind], capacity: Int = 2048) {
        self.kinds = kinds
        self.capacity = capacity
        let size = max(1, kinds.count * capacity)
        integers = .allocate(capacity: size)
        reals = .allocate(capacity: size)
        dates = .allocate(capacity: size)
        lengths = .allocate(capacity: size)
        texts = .allocate(capacity: max(1, kinds.count))
        for c in kinds.indices {
            let room = kinds[c] == .text ? capacity * 16 : 0
            (texts + c).initialize(to: TextBytes(base: .allocate(capacity: room), capacity: room))
        }
    }

    deinit {
        for c in kinds.indices { texts[c].base.deallocate() }
        texts.deinitialize(count: kinds.count)
        integers.deallocate()
        reals.deallocate()
        dates.deallocate()
        lengths.deallocate()
        texts.deallocate()
    }

    /// Column `column` (an ``Kind/integer`` column) of the batch's rows.
    public func integers(_ column: Int) -> UnsafeBufferPointer<Int64> {
        UnsafeBufferPointer(start: integers + column * capacity, count: count)
    }

    /// Column `column` (a ``Kind/real`` column) of the batch's rows.
    public func reals(_ column: Int) -> UnsafeBufferPointer<Double> {
        UnsafeBufferPointer(start: reals + column * capacity, count: count)
    }

    /// Column `column` (a ``Kind/date`` column) of the batch's rows, as yyyymmdd (0: none).
    public func dates(_ column: Int) -> UnsafeBufferPointer<Int32> {
        UnsafeBufferPointer(start: dates + column * capacity, count: count)
    }

    /// Column `column` (a ``Kind/text`` column): each row's length in bytes (-1 for NULL), and the
    /// rows' bytes one after another.
    public func texts(_ column: Int) -> (
        lengths: UnsafeBufferPointer<Int32>, bytes: UnsafeBufferPointer<UInt8>
    ) {
        (
            UnsafeBufferPointer(start: lengths + column * capacity, count: count),
            UnsafeBufferPointer(start: texts[column].base, count: texts[column].used)
        )
    }

    /// Fills row `row` (below ``capacity``) from the current row of a scan, each column read as
    /// ``kinds`` says; the caller sets ``count`` once the batch is full or the scan ends.
    @inline(__always)
    func fill(_ row: Int, from source: some StoredRow) {
        if row == 0 { for c in kinds.indices { texts[c].used = 0 } }
        for c in kinds.indices {
            let at = c * capacity + row
            switch kinds[c] {
            case .integer: integers[at] = source.int(c) ?? .min
            case .real: reals[at] = source.real(c) ?? .nan
            case .date: dates[at] = source.ymd(c) ?? 0
            case .text:
                lengths[at] = source.withText(c) { text in
                    guard let text else { return -1 }
                    append(text, to: texts + c)
                    return Int32(text.count)
                }
            }
        }
    }

    private func append(_ text: UnsafeBufferPointer<UInt8>, to bytes: UnsafeMutablePointer<TextBytes>) {
        if bytes.pointee.used + text.count > bytes.pointee.capacity {
            let room = max(bytes.pointee.capacity * 2, bytes.pointee.used + text.count)
            let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: room)
            bigger.update(from: bytes.pointee.base, count: bytes.pointee.used)
            bytes.pointee.base.deallocate()
            (bytes.pointee.base, bytes.pointee.capacity) = (bigger, room)
        }
        guard let start = text.baseAddress else { return }
        (bytes.pointee.base + bytes.pointee.used).update(from: start, count: text.count)
        bytes.pointee.used += text.count
    }

    /// Gives the rows a scan delivers one at a time (`rows` calls its argument with each) to
    /// `body` in batches of columns of `kinds`: the loop both ``PlaceStore/scanColumns(_:_:kinds:_:)``
    /// paths share.
    static func batches(
        of kinds: [Kind], _ body: (ColumnBatch) throws -> Void, _ rows: (inout Filler) throws -> Void
    ) throws {
        try withoutActuallyEscaping(body) { body in
            var filler = Filler(batch: ColumnBatch(kinds: kinds), body: body)
            try rows(&filler)
            filler.batch.count = filler.row
            if filler.row > 0 { try body(filler.batch) }
        }
    }

    /// Fills a batch row by row, lending it to the reader each time it is full.
    struct Filler {
        let batch: ColumnBatch
        let body: (ColumnBatch) throws -> Void
        var row = 0

        /// Adds `source`'s current row.
        @inline(__always)
        mutating func callAsFunction(_ source: some StoredRow) throws {
            batch.fill(row, from: source)
            row += 1
            guard row == batch.capacity else { return }
            batch.count = row
            try body(batch)
            row = 0
        }
    }
}

extension PlaceStore {
    /// ``scanColumns(_:_:kinds:_:)`` through ``scan(_:_:_:)``, for stores without a bulk reader
    /// of their own.
    public func scanColumns(
        _ sql: String, _ arguments: [FieldValue], kinds: [ColumnBatch.Kind],
        _ body: (ColumnBatch) throws -> Void
    ) throws {
        try ColumnBatch.batches(of: kinds, body) { add in try scan(sql, arguments) { try add($0) } }
    }
}
