/// An integrated neighbourhood team (community nursing, therapy and social care) that one or
/// more Local Care Partnerships are built on.
public struct NeighbourhoodTeam: Sendable, Equatable, Hashable {
    /// The team code (for example `NT01`).
    public let code: String
    /// The team name.
    public let name: String

    /// Creates a neighbourhood team.
    public init(code: String, name: String) {
        self.code = code
        self.name = name
    }
}
