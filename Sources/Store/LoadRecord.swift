/// The provenance of one load of a source file, kept in the store.
public struct LoadRecord: Sendable, Equatable {
    /// A rejected row: where it was and why (the value itself stays in the quarantine report file).
    public struct Rejection: Sendable, Equatable {
        /// 1-based line in the source file.
        public let line: Int
        /// The field at fault.
        public let field: String
        /// Why the row was rejected.
        public let reason: String

        /// A rejected row.
        public init(line: Int, field: String, reason: String) {
            self.line = line
            self.field = field
            self.reason = reason
        }
    }

    /// The table loaded.
    public var table: String
    /// The source file's name.
    public var file: String
    /// `loaded` or `failed`.
    public var status: String
    /// When the load ran (ISO 8601).
    public var at: String
    /// Rows read from the file.
    public var rowsRead: Int
    /// Rows stored by this load.
    public var rowsStored: Int
    /// Valid rows whose key was stored already.
    public var rowsAlreadyStored: Int
    /// Rows rejected into quarantine.
    public var rejections: [Rejection]

    /// A load record.
    public init(
        table: String, file: String, status: String, at: String, rowsRead: Int, rowsStored: Int,
        rowsAlreadyStored: Int, rejections: [Rejection]
    ) {
        self.table = table
        self.file = file
        self.status = status
        self.at = at
        self.rowsRead = rowsRead
        self.rowsStored = rowsStored
        self.rowsAlreadyStored = rowsAlreadyStored
        self.rejections = rejections
    }
}
