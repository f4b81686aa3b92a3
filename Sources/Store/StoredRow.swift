import PlaceModel

/// One row of a streamed query (``PlaceStore/scan(_:_:_:)``), readable only inside the callback
/// that receives it: nothing is copied until a column is asked for.
public protocol StoredRow {
    /// The column as a whole number, or nil when it is NULL or not a number.
    func int(_ column: Int) -> Int64?
    /// The column as a number, or nil when it is NULL or not a number.
    func real(_ column: Int) -> Double?
    /// The column as text, or nil when it is NULL.
    func text(_ column: Int) -> String?
    /// A date column (`yyyy-mm-dd`) as the number yyyymmdd, or nil when it is NULL or not a date.
    func ymd(_ column: Int) -> Int32?
    /// The column as a field value.
    func field(_ column: Int) -> FieldValue
    /// Calls `body` with the column's UTF-8 bytes, making no text (nil when it is NULL).
    func withText<R>(_ column: Int, _ body: (UnsafeBufferPointer<UInt8>?) throws -> R) rethrows -> R
}

extension StoredRow {
    /// The bytes of ``text(_:)``: rows that can lend their bytes do so without making text.
    public func withText<R>(_ column: Int, _ body: (UnsafeBufferPointer<UInt8>?) throws -> R) rethrows -> R {
        guard var text = text(column) else { return try body(nil) }
        return try text.withUTF8 { try body($0) }
    }

    /// A date column as a day number (``PlaceModel/CivilDate/day``), or nil when NULL or not a date.
    public func day(_ column: Int) -> Int32? {
        guard let ymd = ymd(column) else { return nil }
        return CivilDate(year: Int(ymd / 10_000), month: Int(ymd / 100 % 100), day: Int(ymd % 100))?.day
    }
}
