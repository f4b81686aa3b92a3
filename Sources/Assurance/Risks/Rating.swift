/// A risk's likelihood and consequence, each from 1 to 5. Both are kept: a band matrix may band
/// two cells with the same score differently.
public struct Rating: Sendable, Equatable {
    /// The likelihood, 1 (rare) to 5 (almost certain).
    public let likelihood: Int
    /// The consequence, 1 (insignificant) to 5 (catastrophic).
    public let consequence: Int

    /// A rating; nil unless both are from 1 to 5.
    public init?(likelihood: Int, consequence: Int) {
        guard Self.scale.contains(likelihood), Self.scale.contains(consequence) else { return nil }
        self.likelihood = likelihood
        self.consequence = consequence
    }

    /// The values a likelihood or consequence may take.
    public static let scale = 1...5

    /// Likelihood × consequence.
    public var score: Int { likelihood * consequence }
}
