/// What one file's load did.
public struct LoadReport: Sendable {
    /// The table loaded.
    public let table: String
    /// The source file.
    public let file: String
    /// Data rows read (empty lines excluded).
    public let rowsRead: Int
    /// Rows stored by this load.
    public let rowsStored: Int
    /// Valid rows whose key was stored already (a reload stores nothing twice).
    public let rowsAlreadyStored: Int
    /// Rows rejected, with file, line, field, value and reason.
    public let quarantined: [QuarantinedRow]
    /// Where the quarantine report was written, if any row was rejected.
    public let quarantineReport: String?
}

/// How far a load has got.
public struct LoadProgress: Sendable {
    /// The file being loaded.
    public let file: String
    /// Rows read so far from it.
    public let rowsRead: Int
    /// Rows rejected so far from it.
    public let rowsRejected: Int
}
