/// Crude rates with Byar's or exact Poisson intervals (PHEindicatormethods `phe_rate`).
///
/// Below 10 events the exact limits are used (including 0 events: lower limit 0); from 10, Byar's.
public enum CrudeRate {
    /// The rate x/n × multiplier with its limits at each level.
    ///
    /// - Throws: a negative or non-finite count, or a zero or negative denominator.
    public static func estimate(
        numerator x: Double, denominator n: Double, confidence: ConfidenceLevels = .standard,
        multiplier: Double = 100_000
    ) throws -> Estimate {
        try Validate.count(x, "numerator")
        try Validate.positive(n, "denominator")
        try Validate.multiplier(multiplier)
        let scale = multiplier / n
        return Estimate(
            value: x * scale, intervals: intervals(x, scale: scale, confidence), numerator: x, denominator: n,
            method: PoissonLimits.method(x))
    }

    /// The rate of a sum of record values (such as bed days: each stay adds its nights) over `n`.
    ///
    /// Records arrive as Poisson events, each adding its value, so the sum's variance is the sum of
    /// the squared values `q` (a compound Poisson process). The limits are the Poisson limits of the
    /// effective number of events x²/q, scaled back by q/x. When every value is 1 (q = x) this is
    /// ``estimate(numerator:denominator:confidence:multiplier:)``.
    ///
    /// - Throws: a negative or non-finite sum or sum of squares, a zero or negative denominator.
    public static func estimate(
        sum x: Double, sumOfSquares q: Double, denominator n: Double,
        confidence: ConfidenceLevels = .standard, multiplier: Double = 100_000
    ) throws -> Estimate {
        try Validate.count(x, "numerator")
        try Validate.count(q, "sum of squares")
        guard x > 0, q > 0 else {
            return try estimate(numerator: x, denominator: n, confidence: confidence, multiplier: multiplier)
        }
        try Validate.positive(n, "denominator")
        try Validate.multiplier(multiplier)
        let effective = x * x / q
        let rate = multiplier / n
        return Estimate(
            value: x * rate, intervals: intervals(effective, scale: rate * (q / x), confidence), numerator: x,
            denominator: n, method: PoissonLimits.method(effective))
    }

    /// The Poisson limits of `events` at each level, times `scale`.
    private static func intervals(_ events: Double, scale: Double, _ confidence: ConfidenceLevels)
        -> [ConfidenceInterval]
    {
        zip(confidence.levels, confidence.zValues).map { level, z in
            let (lower, upper) = PoissonLimits.limits(events, level: level, z: z)
            return ConfidenceInterval(level: level, lower: lower * scale, upper: upper * scale)
        }
    }

    /// The rate of summed numerators over summed denominators (one group of rows).
    public static func estimate(
        numerators: [Double], denominators: [Double], confidence: ConfidenceLevels = .standard,
        multiplier: Double = 100_000
    ) throws -> Estimate {
        let (x, n) = try Proportion.sums(numerators, denominators)
        return try estimate(numerator: x, denominator: n, confidence: confidence, multiplier: multiplier)
    }
}
