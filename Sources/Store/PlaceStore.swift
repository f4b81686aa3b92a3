import PlaceModel

/// The place's store: what the ingest, synthesis and engine stages need from it.
///
/// The embedded SQLite store (``SQLiteStore``) implements it; a PostgreSQL store for a shared server
/// will implement the same interface. Every write happens inside ``transaction(_:)``: it is all or
/// nothing, and a crash or kill in the middle leaves the store as it was.
public protocol PlaceStore: Sendable {
    /// Where the store lives, for messages (a file path or a server address).
    var location: String { get }

    /// Runs `body` in one write transaction, committed only if `body` returns without throwing.
    func transaction<T>(_ body: (any BulkWriter) throws -> T) throws -> T

    /// Runs a read-only query written in the portable SQL subset (bound `?` arguments only).
    func query(_ sql: String, _ arguments: [FieldValue]) throws -> [[FieldValue]]

    /// Runs a read-only query like ``query(_:_:)`` but streams its rows to `body`, one at a time,
    /// without holding them all (for the engine's passes over millions of records).
    func scan(_ sql: String, _ arguments: [FieldValue], _ body: (any StoredRow) throws -> Void) throws

    /// Runs a read-only query like ``scan(_:_:_:)`` but gives its rows to `body` in batches, each
    /// column read as the kind `kinds` names for it (one kind for each column the query returns):
    /// the fast path for reading whole tables into memory.
    func scanColumns(
        _ sql: String, _ arguments: [FieldValue], kinds: [ColumnBatch.Kind],
        _ body: (ColumnBatch) throws -> Void) throws

    /// Another connection to the same store, for reading on another thread at the same time.
    func reader() throws -> any PlaceStore

    /// The identifiers of the persons stored.
    func personIDs() throws -> Set<Int64>

    /// The codes of the stored areas of `kind` (`lsoa`, `practice`, ...), or of every kind when nil.
    func areaCodes(kind: String?) throws -> Set<String>

    /// Facts about the stored dataset (for example whether it is synthetic, and its seed).
    func dataset() throws -> [String: String]

    /// Row counts per table, the loads so far, and the store's size.
    func summary() throws -> StoreSummary
}

extension PlaceStore {
    /// The dataset fact naming the version of the place data's content: a new random value each
    /// time a transaction writes to a table of the data model (a load, a synthesis), so anything
    /// derived from the content (the columnar snapshot) can tell whether it is still current.
    public static var contentVersionKey: String { "content_version" }

    /// The store's content version (empty for a store that has none).
    public func contentVersion() throws -> String { try dataset()[Self.contentVersionKey] ?? "" }

    /// A file beside a store file, its name the store's with `suffix` added (`STORE.columns`), for
    /// data derived from the store; nil for a store in memory or on a server.
    public func pathBeside(adding suffix: String) -> String? {
        guard !location.isEmpty, location != ":memory:", !location.hasPrefix("file::memory:"),
            !location.contains("://")
        else { return nil }
        return location + suffix
    }
}

/// Writes rows inside a ``PlaceStore`` transaction.
public protocol BulkWriter {
    /// Inserts the complete rows of `batch`; returns how many were new. A row whose key is stored
    /// already is skipped (the stored row is left as it was); when it differs from the stored row in
    /// any column, its position in the batch is appended to `conflicts`.
    func insert(_ batch: RowBatch, conflicts: inout [Int]) throws -> Int

    /// Deletes every row of `table`.
    func deleteAll(_ table: TableSchema) throws

    /// Drops `table`'s secondary indexes, so that a large load appends without maintaining them.
    func dropIndexes(_ table: TableSchema) throws

    /// Creates `table`'s secondary indexes (if absent); a bulk load calls it after ``dropIndexes(_:)``.
    func createIndexes(_ table: TableSchema) throws

    /// Rows stored in `table`.
    func count(_ table: TableSchema) throws -> Int

    /// Records a fact about the dataset.
    func setDataset(_ key: String, _ value: String) throws

    /// Records a load and its quarantined rows; returns the load's identifier.
    func recordLoad(_ load: LoadRecord) throws -> Int64

    /// Runs one SQL statement with bound `arguments` (never spliced in); returns the rows it changed.
    @discardableResult
    func execute(_ sql: String, _ arguments: [FieldValue]) throws -> Int

    /// The row identifier of the last row inserted in this transaction.
    var lastInsertedRowID: Int64 { get }

    /// Runs one query inside the transaction, with bound `arguments`; returns its rows.
    func query(_ sql: String, _ arguments: [FieldValue]) throws -> [[FieldValue]]
}

extension BulkWriter {
    /// Inserts the complete rows of `batch`; returns how many were new (a row whose key is stored
    /// already is skipped, whatever its content).
    public func insert(_ batch: RowBatch) throws -> Int {
        var conflicts: [Int] = []
        return try insert(batch, conflicts: &conflicts)
    }

    /// Inserts one row whose values follow `table.columns`; returns false if a row with the same key
    /// was stored already.
    public func insert(_ table: TableSchema, _ row: [FieldValue]) throws -> Bool {
        var batch = RowBatch(table: table, capacity: 1)
        batch.append(row: row)
        return try insert(batch) == 1
    }
}
