/// Why ``DisclosureAnalysis/analyse(values:hidden:identities:)`` could not analyse a table.
public struct DisclosureAnalysisError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The index of the offending identity, when one identity is to blame.
    public let identity: Int?
    /// The offending cell, when one cell is to blame.
    public let cell: Int?
    /// What is wrong, in words.
    public let description: String

    /// Creates an error.
    public init(identity: Int? = nil, cell: Int? = nil, _ description: String) {
        self.identity = identity
        self.cell = cell
        self.description = description
    }
}
