/// What a store holds: rows per table, the loads so far, its size.
public struct StoreSummary: Sendable {
    /// Rows in each table of the place data model, in schema order.
    public let tableRows: [(table: String, rows: Int)]
    /// The most recent loads (newest first).
    public let loads: [LoadRecord]
    /// Facts about the dataset (synthetic, seed, ...).
    public let dataset: [String: String]
    /// The store's size in bytes, if known.
    public let bytes: Int?

    /// A summary.
    public init(
        tableRows: [(table: String, rows: Int)], loads: [LoadRecord], dataset: [String: String], bytes: Int?
    ) {
        self.tableRows = tableRows
        self.loads = loads
        self.dataset = dataset
        self.bytes = bytes
    }

    /// Rows in `table`, or 0.
    public func rows(_ table: String) -> Int { tableRows.first { $0.table == table }?.rows ?? 0 }
}
