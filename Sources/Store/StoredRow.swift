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
}
