import PlacePack

/// A lever's value as an 80% interval: each Monte Carlo run samples it, so that 80% of runs fall
/// between `low` and `high` (the convention of the Strategy Unit's New Hospital Programme model).
/// A single number in the file is an interval of zero width.
public struct LeverInterval: Sendable, Equatable {
    /// The 10th percentile.
    public let low: Double
    /// The 90th percentile.
    public let high: Double

    /// An interval from `low` to `high`.
    public init(_ low: Double, _ high: Double) {
        self.low = low
        self.high = high
    }

    /// The interval's middle.
    public var middle: Double { (low + high) / 2 }

    /// What a value may be.
    enum Bound {
        /// A probability or share: 0 to 1.
        case share
        /// A cost or a number of units: 0 or more.
        case nonNegative
        /// A growth a year: -1 to 1.
        case growth
        /// Occupancy: above 0, at most 1.
        case occupancy
        /// Years of better health: -10 to 10.
        case years

        func allows(_ value: Double) -> Bool {
            switch self {
            case .share: return value >= 0 && value <= 1
            case .nonNegative: return value >= 0
            case .growth: return value >= -1 && value <= 1
            case .occupancy: return value > 0 && value <= 1
            case .years: return value >= -10 && value <= 10
            }
        }

        var text: String {
            switch self {
            case .share: return "a probability or share from 0 to 1"
            case .nonNegative: return "0 or more"
            case .growth: return "a growth a year from -1 to 1"
            case .occupancy: return "an occupancy above 0 and at most 1"
            case .years: return "a number of years from -10 to 10"
            }
        }
    }

    /// Reads `[low, high]` or a single number from `node`, each value within `bound`.
    static func read(_ node: PackNode, _ bound: Bound) throws -> LeverInterval {
        let values: [Double]
        if case .sequence = node.node { values = try node.doubles() } else { values = [try node.double()] }
        guard values.count == 1 || values.count == 2, values.allSatisfy(\.isFinite) else {
            throw node.fail(.wrongType, "expected a number or an 80% interval [low, high]")
        }
        let interval = LeverInterval(values[0], values.last!)
        guard interval.low <= interval.high else {
            throw node.fail(
                .outOfRange, "the interval's low (\(interval.low)) is above its high (\(interval.high))")
        }
        for value in values where !bound.allows(value) {
            throw node.fail(.outOfRange, "\(value) is not \(bound.text)")
        }
        return interval
    }
}
