/// One of the Health and Wellbeing Strategy's priorities (Leeds has twelve; every Board report
/// ends with them as a checklist).
public struct Priority: Sendable, Equatable, Hashable {
    /// The priority number, from 1.
    public let number: Int
    /// The priority, as the strategy words it.
    public let name: String

    /// Creates a priority.
    public init(number: Int, name: String) {
        self.number = number
        self.name = name
    }
}
