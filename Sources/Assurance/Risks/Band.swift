/// One band of a risk matrix: its name, colour, priority (1 is the most severe) and the response
/// it calls for.
public struct Band: Sendable, Equatable {
    /// The band's id in the pack (`very-high`, `critical`).
    public let id: String
    /// The name the Board's papers use ("Very High Priority", "Critical Risk").
    public let name: String
    /// The colour the papers show it in.
    public let colour: String
    /// 1 for the most severe band, then 2, 3, …
    public let priority: Int
    /// The response the band calls for, if the matrix states one.
    public let response: String?

    /// Creates a band.
    public init(id: String, name: String, colour: String, priority: Int, response: String? = nil) {
        self.id = id
        self.name = name
        self.colour = colour
        self.priority = priority
        self.response = response
    }

    /// Whether this band is more severe than `other`.
    public func isMoreSevere(than other: Band) -> Bool { priority < other.priority }
}
