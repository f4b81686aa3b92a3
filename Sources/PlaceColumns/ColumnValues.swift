import PlaceModel

/// One column of a table, integer-coded: what the engines read instead of the store's rows.
public enum ColumnValues: Sendable {
    /// Dates as day numbers (``PlaceModel/CivilDate/day``); `Int32.min` when empty.
    case days(ColumnBuffer<Int32>)
    /// Whole numbers and flags that fit in 32 bits; `Int32.min` when empty.
    case int32(ColumnBuffer<Int32>)
    /// Whole numbers; `Int64.min` when empty.
    case int64(ColumnBuffer<Int64>)
    /// Real numbers; NaN when empty.
    case reals(ColumnBuffer<Double>)
    /// Codes and text: 0 when empty, else `k`, the value `dictionary[k - 1]`.
    case codes(ColumnBuffer<UInt32>, dictionary: [String])
    /// References to persons: the person's position in ``PlaceColumns/persons``, -1 when empty or
    /// not a stored person.
    case persons(ColumnBuffer<Int32>)

    /// The empty value of each kind.
    static let noDay = Int32.min
    static let noInt32 = Int32.min
    static let noInt64 = Int64.min

    /// Row `row` as a whole number (days and persons as their numbers), nil when empty.
    public func int(_ row: Int) -> Int64? {
        switch self {
        case .days(let v), .int32(let v):
            return v[row] == Int32.min ? nil : Int64(v[row])
        case .int64(let v): return v[row] == Int64.min ? nil : v[row]
        case .reals(let v): return v[row].isNaN ? nil : Int64(exactly: v[row])
        case .codes: return text(row).flatMap { Int64($0) }
        case .persons(let v): return v[row] < 0 ? nil : Int64(v[row])
        }
    }

    /// Row `row` as a number, nil when empty or not a number.
    public func number(_ row: Int) -> Double? {
        switch self {
        case .reals(let v): return v[row].isNaN ? nil : v[row]
        case .codes: return text(row).flatMap { Double($0) }
        default: return int(row).map(Double.init)
        }
    }

    /// Row `row` as the store gives it as text (dates `yyyy-mm-dd`), nil when empty.
    public func text(_ row: Int) -> String? {
        switch self {
        case .days(let v): return v[row] == Int32.min ? nil : CivilDate(day: v[row]).description
        case .codes(let v, let dictionary): return v[row] == 0 ? nil : dictionary[Int(v[row]) - 1]
        case .reals(let v): return v[row].isNaN ? nil : String(v[row])
        default: return int(row).map { String($0) }
        }
    }

    /// Row `row`'s date as a day number, nil when empty or not a date column.
    @inline(__always)
    public func day(_ row: Int) -> Int32? {
        guard case .days(let v) = self, v[row] != Int32.min else { return nil }
        return v[row]
    }

    /// Number of rows.
    public var count: Int {
        switch self {
        case .days(let v), .int32(let v), .persons(let v): return v.count
        case .int64(let v): return v.count
        case .reals(let v): return v.count
        case .codes(let v, _): return v.count
        }
    }
}
