/// How far a synthetic figure may be from the published one and still pass calibration.
public enum Tolerance: Sendable, Equatable {
    /// Accept values within this fraction of the published value (0.05 = within 5%).
    case relative(Double)
    /// Accept values within this many units of the published value (1.5 = within 1.5 points).
    case absolute(Double)

    /// Whether `value` is close enough to `published`. Both bounds are inclusive.
    public func accepts(_ value: Double, published: Double) -> Bool {
        guard value.isFinite, published.isFinite else { return false }
        let difference = abs(value - published)
        switch self {
        case .relative(let fraction):
            return difference <= fraction * abs(published) + 1e-12
        case .absolute(let amount):
            return difference <= amount + 1e-12
        }
    }

    /// The allowed absolute difference from `published`.
    public func allowance(published: Double) -> Double {
        switch self {
        case .relative(let fraction): return fraction * abs(published)
        case .absolute(let amount): return amount
        }
    }
}
