/// The recent-trend test Fingertips marks on its indicators, over the most recent five points.
///
/// Fingertips' trend-marker method has two forms, both giving a slope β̂ and a χ² statistic on one
/// degree of freedom, with the points at times t = 1 … 5:
/// - proportions (numerator xᵢ of nᵢ): the χ² test for trend (Cochran–Armitage, as R's
///   `prop.trend.test`): p̄ = Σx/Σn, t̄ = Σnt/Σn, β̂ = Σxᵢ(tᵢ − t̄) / Σnᵢ(tᵢ − t̄)²,
///   χ² = β̂² Σnᵢ(tᵢ − t̄)² / (p̄(1 − p̄));
/// - every other type (rates, DSRs, ratios, life expectancy, means, ...): weighted least squares with
///   weights wᵢ = 1/SEᵢ², SEᵢ = (upperᵢ − lowerᵢ)/(2 × 1.95996…) from each point's 95% interval:
///   β̂ = Σwᵢ(tᵢ − t̄)(yᵢ − ȳ) / Σwᵢ(tᵢ − t̄)² (weighted means), χ² = β̂² Σwᵢ(tᵢ − t̄)².
/// The trend is increasing or decreasing when χ² exceeds the χ²₁ quantile at `level` (99.8% by
/// default; 95% on request), otherwise no significant change. It cannot be calculated with fewer
/// than five points or when the variance is zero (p̄ of 0 or 1, a zero-width interval).
public enum TrendTest {
    /// The trend over the recent points.
    public enum Direction: String, Sendable, CaseIterable {
        /// A significant increase.
        case increasing = "Increasing"
        /// A significant decrease.
        case decreasing = "Decreasing"
        /// No significant change.
        case noSignificantChange = "No significant change"
        /// Too few points, or a zero variance.
        case cannotBeCalculated = "Cannot be calculated"

        /// "Increasing and getting better" and so on, through the indicator's polarity.
        public func describe(polarity: BenchmarkComparison.Polarity) -> String {
            switch (self, polarity) {
            case (.increasing, .highIsGood), (.decreasing, .lowIsGood):
                return "\(rawValue) and getting better"
            case (.increasing, .lowIsGood), (.decreasing, .highIsGood): return "\(rawValue) and getting worse"
            default: return rawValue
            }
        }
    }

    /// The outcome: the direction, and (when calculated) the slope per period and the χ² statistic.
    public struct Result: Sendable, Equatable {
        /// Increasing, decreasing, no significant change or cannot be calculated.
        public let direction: Direction
        /// β̂, in the value's units per period (proportions: as a fraction).
        public let slope: Double?
        /// The χ² statistic on one degree of freedom.
        public let chiSquared: Double?

        /// "Increasing and getting better" and so on, through the indicator's polarity.
        public func describe(polarity: BenchmarkComparison.Polarity) -> String {
            direction.describe(polarity: polarity)
        }
    }

    /// How many of the most recent points are tested.
    public static let points = 5

    /// The trend in a proportion series, oldest first; only the last five points are used.
    ///
    /// - Throws: a negative numerator, a zero or negative denominator, a numerator above its denominator.
    public static func proportions(numerators: [Double], denominators: [Double], level: Double = 0.998) throws
        -> Result
    {
        try Validate.sameLength([numerators.count, denominators.count], ["numerators", "denominators"])
        for i in numerators.indices {
            do { try Proportion.check(numerators[i], denominators[i]) } catch let e as StatisticsError {
                throw e.at(index: i)
            }
        }
        let critical = try criticalValue(level)
        guard numerators.count >= points else {
            return Result(direction: .cannotBeCalculated, slope: nil, chiSquared: nil)
        }
        let x = Array(numerators.suffix(points))
        let n = Array(denominators.suffix(points))
        let totalN = n.reduce(0, +)
        let pBar = x.reduce(0, +) / totalN
        let tBar = (0..<points).reduce(0.0) { $0 + n[$1] * Double($1 + 1) } / totalN
        var numerator = 0.0
        var spread = 0.0
        for i in 0..<points {
            let dt = Double(i + 1) - tBar
            numerator += x[i] * dt
            spread += n[i] * dt * dt
        }
        let variance = pBar * (1 - pBar)
        guard variance > 0, spread > 0 else {
            return Result(direction: .cannotBeCalculated, slope: nil, chiSquared: nil)
        }
        let slope = numerator / spread
        return decide(slope: slope, chiSquared: slope * slope * spread / variance, critical: critical)
    }

    /// The trend in any other series given each point's value and 95% limits, oldest first.
    ///
    /// - Throws: values or limits that are not finite, or a lower limit above the upper.
    public static func values(_ values: [Double], lower: [Double], upper: [Double], level: Double = 0.998)
        throws
        -> Result
    {
        try Validate.sameLength(
            [values.count, lower.count, upper.count], ["values", "lower limits", "upper limits"])
        for i in values.indices {
            try Validate.finite(values[i], "value", index: i)
            try Validate.finite(lower[i], "lower limit", index: i)
            try Validate.finite(upper[i], "upper limit", index: i)
            guard lower[i] <= upper[i] else {
                throw StatisticsError(
                    .invalidArgument, field: "lower limit", index: i, "is above the upper limit")
            }
        }
        let critical = try criticalValue(level)
        guard values.count >= points else {
            return Result(direction: .cannotBeCalculated, slope: nil, chiSquared: nil)
        }
        let z = Normal.quantile(0.975)
        let y = Array(values.suffix(points))
        let width = zip(lower.suffix(points), upper.suffix(points)).map { $1 - $0 }
        guard width.allSatisfy({ $0 > 0 }) else {
            return Result(direction: .cannotBeCalculated, slope: nil, chiSquared: nil)
        }
        let w = width.map {
            let se = $0 / (2 * z); return 1 / (se * se)
        }
        let totalW = w.reduce(0, +)
        let tBar = (0..<points).reduce(0.0) { $0 + w[$1] * Double($1 + 1) } / totalW
        let yBar = (0..<points).reduce(0.0) { $0 + w[$1] * y[$1] } / totalW
        var covariance = 0.0
        var spread = 0.0
        for i in 0..<points {
            let dt = Double(i + 1) - tBar
            covariance += w[i] * dt * (y[i] - yBar)
            spread += w[i] * dt * dt
        }
        let slope = covariance / spread
        return decide(slope: slope, chiSquared: slope * slope * spread, critical: critical)
    }

    private static func criticalValue(_ level: Double) throws -> Double {
        guard level.isFinite, level > 0, level < 1 else {
            throw StatisticsError(.confidenceOutOfRange, field: "level", "\(level) must be between 0 and 1")
        }
        return ChiSquared.quantile(level, degreesOfFreedom: 1)
    }

    private static func decide(slope: Double, chiSquared: Double, critical: Double) -> Result {
        let direction: Direction =
            chiSquared > critical ? (slope > 0 ? .increasing : .decreasing) : .noSignificantChange
        return Result(direction: direction, slope: slope, chiSquared: chiSquared)
    }
}
