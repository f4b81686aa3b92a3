/// A confidence interval at one level.
public struct ConfidenceInterval: Sendable, Equatable {
    /// The confidence level, e.g. 0.95.
    public let level: Double
    /// The lower limit.
    public let lower: Double
    /// The upper limit.
    public let upper: Double

    /// Creates an interval.
    public init(level: Double, lower: Double, upper: Double) {
        self.level = level
        self.lower = lower
        self.upper = upper
    }
}

/// A statistic with its confidence intervals, the totals it came from and the method used.
public struct Estimate: Sendable, Equatable {
    /// The statistic (times the multiplier), or nil when the method suppresses it (see ``suppression``).
    public let value: Double?
    /// One interval per requested confidence level, in the requested order; empty when suppressed.
    public let intervals: [ConfidenceInterval]
    /// The total numerator (count, events, deaths, observed) the statistic was computed from.
    public let numerator: Double
    /// The total denominator (sample size, population, expected events) it was computed from.
    public let denominator: Double
    /// The interval method used.
    public let method: IntervalMethod
    /// Why the value was suppressed, if it was.
    public let suppression: Suppression?

    /// Creates an estimate.
    public init(
        value: Double?, intervals: [ConfidenceInterval], numerator: Double, denominator: Double,
        method: IntervalMethod, suppression: Suppression? = nil
    ) {
        self.value = value
        self.intervals = intervals
        self.numerator = numerator
        self.denominator = denominator
        self.method = method
        self.suppression = suppression
    }

    /// The interval at a level, if it was computed.
    public func interval(at level: Double) -> ConfidenceInterval? {
        intervals.first { $0.level == level }
    }
}

/// The method used for a confidence interval.
public enum IntervalMethod: String, Sendable, Equatable, CaseIterable {
    /// Wilson score interval for a proportion.
    case wilson = "Wilson"
    /// Byar's approximation to the Poisson interval.
    case byars = "Byars"
    /// Exact Poisson interval from the chi-squared distribution (counts below 10).
    case exact = "Exact"
    /// Dobson's method for a weighted sum of Poisson counts (directly standardised rates).
    case dobson = "Dobson"
    /// Dobson's method with the variance adjusted for non-independent events.
    case dobsonNonIndependent = "Dobson, with confidence adjusted for non-independent events"
    /// Student's t distribution (means).
    case studentT = "Student's t-distribution"
    /// Chiang II life table with Silcocks' variance.
    case chiang = "Chiang, using Silcocks et al for confidence limits"
    /// Monte Carlo simulation (slope and relative index of inequality).
    case simulation = "Simulation"
}

/// Why a method declined to publish a value.
public enum Suppression: String, Sendable, Equatable, CaseIterable {
    /// A directly standardised rate whose total count is below 10.
    case totalCountBelow10 = "total count < 10"
    /// A life expectancy whose 95% confidence interval is wider than 20 years.
    case intervalWiderThan20Years = "95% confidence interval wider than 20 years"
    /// A life table whose total population is 5,000 or fewer.
    case populationAtMost5000 = "total population 5,000 or fewer"
    /// A life table in which some age band has more deaths than people.
    case deathsExceedPopulation = "more deaths than population in an age band"
    /// A life table that cannot be completed: no deaths in the last band, or nobody surviving to a band.
    case lifeTableUndefined = "life table undefined (no deaths in the last age band, or no survivors)"
}
