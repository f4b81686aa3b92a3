/// Proportions with Wilson score intervals (PHEindicatormethods `phe_proportion`).
public enum Proportion {
    /// The proportion x/n × multiplier with Wilson limits at each level.
    ///
    /// - Throws: a negative or non-finite count, a zero or negative denominator, or x > n.
    public static func estimate(
        numerator x: Double, denominator n: Double, confidence: ConfidenceLevels = .standard,
        multiplier: Double = 1
    ) throws -> Estimate {
        try check(x, n)
        try Validate.multiplier(multiplier)
        var intervals: [ConfidenceInterval] = []
        intervals.reserveCapacity(confidence.count)
        for (level, z) in zip(confidence.levels, confidence.zValues) {
            let (lower, upper) = Wilson.limits(x, n, z: z)
            intervals.append(
                ConfidenceInterval(level: level, lower: lower * multiplier, upper: upper * multiplier))
        }
        return Estimate(
            value: x / n * multiplier, intervals: intervals, numerator: x, denominator: n, method: .wilson)
    }

    /// The proportion of summed numerators over summed denominators (one group of rows).
    public static func estimate(
        numerators: [Double], denominators: [Double], confidence: ConfidenceLevels = .standard,
        multiplier: Double = 1
    ) throws -> Estimate {
        let (x, n) = try sums(numerators, denominators)
        return try estimate(numerator: x, denominator: n, confidence: confidence, multiplier: multiplier)
    }

    static func check(_ x: Double, _ n: Double) throws {
        try Validate.count(x, "numerator")
        try Validate.positive(n, "denominator")
        guard x <= n else {
            throw StatisticsError(
                .numeratorExceedsDenominator, field: "numerator", "\(x) is greater than the denominator \(n)")
        }
    }

    static func sums(_ numerators: [Double], _ denominators: [Double]) throws -> (Double, Double) {
        try Validate.sameLength([numerators.count, denominators.count], ["numerators", "denominators"])
        guard !numerators.isEmpty else { throw StatisticsError(.empty, field: "numerators", "no rows") }
        var x = 0.0
        var n = 0.0
        for index in numerators.indices {
            try Validate.count(numerators[index], "numerator", index: index)
            try Validate.finite(denominators[index], "denominator", index: index)
            guard denominators[index] >= 0 else {
                throw StatisticsError(
                    .nonPositiveDenominator, field: "denominator", index: index,
                    "\(denominators[index]) is negative")
            }
            x += numerators[index]
            n += denominators[index]
        }
        return (x, n)
    }
}
