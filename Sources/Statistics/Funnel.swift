/// Funnel plots as PHEindicatormethods (`calculate_funnel_limits`, `assign_funnel_significance`,
/// `calculate_funnel_points`) and Fingertips draw them: control limits at 95% ("2s", p = 0.025 each
/// side) and 99.8% ("3s", p = 0.001) around the overall average, and each area's significance.
public enum Funnel {
    /// The kind of statistic plotted.
    public enum Statistic: String, Sendable, CaseIterable {
        /// A proportion (Wilson-based limits).
        case proportion
        /// A rate (Poisson limits).
        case rate
        /// A ratio of observed to expected (Poisson limits).
        case ratio
    }

    /// How a rate was made.
    public enum RateType: String, Sendable, CaseIterable {
        /// A crude rate.
        case crude
        /// A directly standardised rate (significance not given below 10 events).
        case dsr
    }

    /// How a ratio is expressed.
    public enum RatioType: String, Sendable, CaseIterable {
        /// Observed/expected − 1 (the excess).
        case count
        /// Observed/expected × 100 (an indirectly standardised ratio).
        case isr
    }

    /// An area's position against the funnel.
    public enum Significance: String, Sendable, CaseIterable {
        /// Above the 99.8% limit.
        case high001 = "High (0.001)"
        /// Above the 95% limit only.
        case high025 = "High (0.025)"
        /// Below the 99.8% limit.
        case low001 = "Low (0.001)"
        /// Below the 95% limit only.
        case low025 = "Low (0.025)"
        /// Within the 95% limits.
        case notSignificant = "Not significant"
        /// A DSR of fewer than 10 events.
        case notApplicable = "Not applicable for events less than 10 for dsrs"
    }

    /// One point of the control limits: the x value (population, observed events or events) and the
    /// four limits; for ratios and rates also the x-axis quantity at which each limit lies.
    public struct LimitPoint: Sendable, Equatable {
        /// The x value the limits are computed for.
        public let x: Double
        /// Lower 95% limit.
        public let lower2s: Double
        /// Upper 95% limit.
        public let upper2s: Double
        /// Lower 99.8% limit.
        public let lower3s: Double
        /// Upper 99.8% limit.
        public let upper3s: Double
        /// The average (times the multiplier), where the reference reports it (proportions, rates).
        public let baseline: Double?
        /// Ratios: expected events; rates: population per year; at each limit (lower2s, upper2s,
        /// lower3s, upper3s). Empty for proportions.
        public let axisValues: [Double]
    }

    /// The proportion limit for a population n around the average proportion p̄ (the reference's
    /// `sigma_adjustment`: the point where a Wilson limit of n would lie on p̄), times the multiplier.
    public static func proportionLimit(
        probability p: Double, population n: Double, average: Double, high: Bool, multiplier: Double
    ) -> Double {
        let z = Normal.quantile(p)
        let z2 = z * z
        let first = average * (n / z2 + 1)
        let inner = -8 * average * (n / z2 + 1)
        let adjustment =
            (inner * inner - 64 * (1 / z2 + 1 / n) * average
            * (n * (average * (n / z2 + 2) - 1) + z2 * (average - 1)))
            .squareRoot()
        let last = 1 / z2 + 1 / n
        let limit = high ? (first + adjustment / 8) / last : (first - adjustment / 8) / last
        return limit / n * multiplier
    }

    /// The reference's `funnel_ratio_significance`: the ratio limit of `observed` events against
    /// `expected`, at two-sided level `p`, on the `high` side (upper limit) or low side.
    public static func ratioLimit(observed o: Double, expected: Double, level p: Double, high: Bool) -> Double
    {
        let statistic: Double
        if o == 0, !high {
            statistic = 0
        } else if o < 10 {
            statistic =
                high
                ? ChiSquared.quantile(0.5 + p / 2, degreesOfFreedom: 2 * o + 2) / 2
                : ChiSquared.quantile(1 - (0.5 + p / 2), degreesOfFreedom: 2 * o) / 2
        } else {
            let z = Normal.quantile(0.5 + p / 2)
            let x = high ? o + 1 : o
            let sign = high ? 1.0 : -1.0
            let base = 1 - 1 / (9 * x) + sign * z / 3 / x.squareRoot()
            statistic = x * base * base * base
        }
        return statistic / expected
    }
}
