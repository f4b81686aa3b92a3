/// The place's Health and Wellbeing Strategy: vision, outcomes, priorities and headline
/// indicators, plus the Health and Care Plan's areas of focus and obsessions.
public struct Strategy: Sendable {
    /// The vision statement.
    public let vision: String
    /// The outcomes, in number order.
    public let outcomes: [Outcome]
    /// The priorities, in number order.
    public let priorities: [Priority]
    /// The headline indicators, in file order.
    public let indicators: [StrategyIndicator]
    /// The Health and Care Plan's areas of focus (Leeds: three).
    public let areasOfFocus: [String]
    /// The Health and Care Plan's obsessions (bellwether indicators; Leeds: three).
    public let obsessions: [String]

    /// Creates a strategy.
    public init(
        vision: String, outcomes: [Outcome], priorities: [Priority], indicators: [StrategyIndicator],
        areasOfFocus: [String] = [], obsessions: [String] = []
    ) {
        self.vision = vision
        self.outcomes = outcomes
        self.priorities = priorities
        self.indicators = indicators
        self.areasOfFocus = areasOfFocus
        self.obsessions = obsessions
    }

    /// The outcome with this number, if any.
    public func outcome(_ number: Int) -> Outcome? { outcomes.first { $0.number == number } }
    /// The priority with this number, if any.
    public func priority(_ number: Int) -> Priority? { priorities.first { $0.number == number } }
    /// The indicator with this id, if any.
    public func indicator(_ id: String) -> StrategyIndicator? { indicators.first { $0.id == id } }
    /// The indicators serving an outcome, in file order.
    public func indicators(forOutcome number: Int) -> [StrategyIndicator] {
        indicators.filter { $0.outcome == number }
    }
    /// The indicators serving a priority, in file order.
    public func indicators(forPriority number: Int) -> [StrategyIndicator] {
        indicators.filter { $0.priorities.contains(number) }
    }
}
