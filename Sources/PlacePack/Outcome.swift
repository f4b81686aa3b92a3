/// One of the Health and Wellbeing Strategy's outcomes (Leeds has five).
public struct Outcome: Sendable, Equatable, Hashable {
    /// The outcome number, from 1.
    public let number: Int
    /// The outcome, as the strategy words it.
    public let name: String

    /// Creates an outcome.
    public init(number: Int, name: String) {
        self.number = number
        self.name = name
    }
}
