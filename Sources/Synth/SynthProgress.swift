/// How far a synthesis has got.
public struct SynthProgress: Sendable {
    /// LSOAs generated and stored.
    public let lsoasDone: Int
    /// LSOAs in all.
    public let lsoasTotal: Int
    /// Persons stored so far.
    public let persons: Int
    /// Rows stored so far, all tables.
    public let rows: Int
}

/// What a synthesis wrote.
public struct SynthReport: Sendable {
    /// Persons stored (everyone alive at some time in the study years).
    public let persons: Int
    /// Rows stored per table.
    public let rows: [(table: String, rows: Int)]
    /// Seconds taken.
    public let seconds: Double
}
