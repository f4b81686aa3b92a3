/// Whom figures are published to, as disclosure control sees it: the small-number threshold, and
/// whether this audience sees every count (an analyst's role, or `--unsuppressed` on the command
/// line). Every output (pages, the API, `--format json`, tables) shows a count through
/// ``value(_:withheld:)``.
public struct Audience: Sendable, Equatable {
    /// Counts from 1 to `threshold` − 1 are small.
    public let threshold: Int
    /// Whether this audience sees every count, withheld or not.
    public let unsuppressed: Bool

    /// An audience at `threshold`, seeing every count when `unsuppressed`.
    public init(threshold: Int, unsuppressed: Bool) {
        self.threshold = threshold
        self.unsuppressed = unsuppressed
    }

    /// The threshold to solve the control at for this audience: 1 (nothing withheld) when it sees
    /// every count.
    public var applied: Int { unsuppressed ? 1 : threshold }

    /// `figure` as published to this audience: nil when a mask withholds it and this audience does
    /// not see withheld figures.
    public func value<T>(_ figure: T, withheld: Bool) -> T? { withheld && !unsuppressed ? nil : figure }

    /// `figure` as published (nil when withheld, or when it is nil).
    public func value<T>(_ figure: T?, withheld: Bool) -> T? { withheld && !unsuppressed ? nil : figure }
}
