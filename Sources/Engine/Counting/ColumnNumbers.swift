import PlaceColumns

/// Reads one column's rows as numbers (or dates as day numbers) through raw pointers, for the
/// counting loops: nothing is retained or switched on payloads per row. The ``ColumnValues`` it
/// was made from is kept, and with it the memory the pointers point into.
struct ColumnNumbers {
    private enum Kind {
        case int32, int64, reals, days, persons, text
    }

    let values: ColumnValues
    private let kind: Kind
    private let int32s: UnsafeBufferPointer<Int32>
    private let int64s: UnsafeBufferPointer<Int64>
    private let reals: UnsafeBufferPointer<Double>
    /// For person references: each person's identifier (the number of a reference).
    private let ids: UnsafeBufferPointer<Int64>
    private let idColumn: ColumnBuffer<Int64>

    /// A reader of `values`; `ids` gives the number of a person reference.
    init(_ values: ColumnValues, ids: ColumnBuffer<Int64>) {
        self.values = values
        idColumn = ids
        self.ids = ids.buffer
        let none32 = UnsafeBufferPointer<Int32>(start: nil, count: 0)
        var (int32s, int64s, reals) = (
            none32, UnsafeBufferPointer<Int64>(start: nil, count: 0),
            UnsafeBufferPointer<Double>(start: nil, count: 0)
        )
        switch values {
        case .int32(let v): (kind, int32s) = (.int32, v.buffer)
        case .days(let v): (kind, int32s) = (.days, v.buffer)
        case .persons(let v): (kind, int32s) = (.persons, v.buffer)
        case .int64(let v): (kind, int64s) = (.int64, v.buffer)
        case .reals(let v): (kind, reals) = (.reals, v.buffer)
        case .codes: kind = .text
        }
        (self.int32s, self.int64s, self.reals) = (int32s, int64s, reals)
    }

    /// Row `row` as a number (a person reference as the person's identifier; a date as its day
    /// number), nil when empty.
    @inline(__always)
    func number(_ row: Int) -> Double? {
        switch kind {
        case .int32, .days:
            let v = int32s[row]
            return v == Int32.min ? nil : Double(v)
        case .int64:
            let v = int64s[row]
            return v == Int64.min ? nil : Double(v)
        case .reals:
            let v = reals[row]
            return v.isNaN ? nil : v
        case .persons:
            let p = int32s[row]
            return p < 0 ? nil : Double(ids[Int(p)])
        case .text: return values.number(row)
        }
    }

    /// Row `row` of a date column as a day number, nil when empty or not a date column.
    @inline(__always)
    func day(_ row: Int) -> Int32? {
        guard kind == .days, int32s[row] != Int32.min else { return nil }
        return int32s[row]
    }
}
