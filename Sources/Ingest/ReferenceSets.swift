/// The stored entities that source rows may refer to.
public struct ReferenceSets: Sendable {
    /// Stored (and already validated) person identifiers.
    public var persons: Set<Int64>
    /// Stored LSOA codes.
    public var lsoas: Set<String>
    /// Stored practice codes.
    public var practices: Set<String>
    /// Every stored area code.
    public var areas: Set<String>

    /// Reference sets.
    public init(persons: Set<Int64>, lsoas: Set<String>, practices: Set<String>, areas: Set<String>) {
        self.persons = persons
        self.lsoas = lsoas
        self.practices = practices
        self.areas = areas
    }
}
