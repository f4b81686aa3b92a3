/// A rule across two date columns of one row: `later` must not be before `earlier`.
public struct DateOrder: Hashable, Sendable {
    /// The column that comes first in time.
    public let earlier: String
    /// The column that must not be before it.
    public let later: String

    /// A rule that `later` is on or after `earlier`.
    public init(_ earlier: String, before later: String) {
        self.earlier = earlier
        self.later = later
    }
}

/// A stored table of the place data model, as sources must supply it.
public struct TableSchema: Hashable, Sendable {
    /// The table's name, in the store and for `placehealth load --table`.
    public let name: String
    /// What one row is.
    public let meaning: String
    /// The columns, in source-file and storage order.
    public let columns: [Column]
    /// The columns whose values identify a row; loading a row whose key is stored already is a no-op.
    public let key: [String]
    /// Date-order rules checked on every row.
    public let dateOrders: [DateOrder]
    /// Columns indexed for the engine's queries.
    public let indexed: [String]
    /// Code columns whose code list depends on another column, checked on every row.
    public let codeLists: [CodeListByKind]

    /// A table description.
    public init(
        _ name: String, _ meaning: String, key: [String], columns: [Column], dateOrders: [DateOrder] = [],
        codeLists: [CodeListByKind] = [], indexed: [String] = []
    ) {
        self.name = name
        self.meaning = meaning
        self.key = key
        self.columns = columns
        self.dateOrders = dateOrders
        self.codeLists = codeLists
        self.indexed = indexed
    }

    /// The position of the column named `name`.
    public func index(of name: String) -> Int? { columns.firstIndex { $0.name == name } }

    /// Whether the key is one whole-number column (stored as SQLite's rowid).
    public var hasIntegerKey: Bool {
        key.count == 1 && columns.first { $0.name == key[0] }.map { $0.sqlType == "INTEGER" } == true
    }
}
