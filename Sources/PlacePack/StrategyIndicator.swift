/// One of the Health and Wellbeing Strategy's headline indicators, with its place in the strategy
/// hierarchy. (Computable definitions live elsewhere in the pack.)
public struct StrategyIndicator: Sendable, Equatable, Hashable {
    /// The kebab-case id (for example `infant-mortality`).
    public let id: String
    /// The indicator's name, as the strategy words it.
    public let name: String
    /// A one-line definition, Fingertips / PHOF style, naming the indicator it follows.
    public let definition: String
    /// The number of the outcome the indicator serves.
    public let outcome: Int
    /// The numbers of the priorities the indicator serves (at least one).
    public let priorities: [Int]
    /// `person-level` (computed from linked person-level data) or `aggregate` (published counts).
    public let source: String
    /// For aggregate indicators, where the figures come from (survey, police, schools, ONS, DWP...).
    public let aggregateSource: String?

    /// The value of ``source`` for indicators computed from person-level data.
    public static let personLevel = "person-level"
    /// The value of ``source`` for indicators loaded as published aggregate figures.
    public static let aggregate = "aggregate"

    /// Creates a strategy indicator.
    public init(
        id: String, name: String, definition: String, outcome: Int, priorities: [Int], source: String,
        aggregateSource: String?
    ) {
        self.id = id
        self.name = name
        self.definition = definition
        self.outcome = outcome
        self.priorities = priorities
        self.source = source
        self.aggregateSource = aggregateSource
    }

    /// Whether the indicator is computed from person-level data.
    public var isPersonLevel: Bool { source == Self.personLevel }
}
