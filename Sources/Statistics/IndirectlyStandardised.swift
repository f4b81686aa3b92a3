/// Indirectly standardised ratios (SMR) and rates (PHEindicatormethods `calculate_ISRatio`,
/// `calculate_ISRate`).
///
/// Expected E = Σᵢ nᵢ Xᵢ/Nᵢ from the group's populations nᵢ and the reference counts Xᵢ and populations
/// Nᵢ. With the observed O (exact Poisson limits below 10, Byar's from 10):
/// ratio = O/E × referenceValue; rate = O/E × (ΣX/ΣN) × multiplier; limits scale the same way.
public enum IndirectlyStandardised {
    /// The indirectly standardised ratio O/E × referenceValue (1, or 100 for an SMR in percent).
    public static func ratio(
        observed: Double, populations: [Double], referenceCounts: [Double], referencePopulations: [Double],
        confidence: ConfidenceLevels = .standard, referenceValue: Double = 1
    ) throws -> Estimate {
        let expected = try expectedCount(populations, referenceCounts, referencePopulations)
        return try finish(observed, expected, scale: referenceValue, confidence)
    }

    /// The indirectly standardised rate O/E × reference rate × multiplier.
    public static func rate(
        observed: Double, populations: [Double], referenceCounts: [Double], referencePopulations: [Double],
        confidence: ConfidenceLevels = .standard, multiplier: Double = 100_000
    ) throws -> Estimate {
        let expected = try expectedCount(populations, referenceCounts, referencePopulations)
        let referenceRate = referenceCounts.reduce(0, +) / referencePopulations.reduce(0, +)
        return try finish(observed, expected, scale: referenceRate * multiplier, confidence)
    }

    /// E = Σᵢ nᵢ Xᵢ/Nᵢ.
    ///
    /// - Throws: negative populations or reference counts, zero or negative reference populations,
    ///   differing lengths, or an expected count of zero.
    public static func expectedCount(
        _ populations: [Double], _ referenceCounts: [Double], _ referencePopulations: [Double]
    ) throws -> Double {
        try Validate.sameLength(
            [populations.count, referenceCounts.count, referencePopulations.count],
            ["populations", "reference counts", "reference populations"])
        guard !populations.isEmpty else {
            throw StatisticsError(.empty, field: "populations", "no age bands")
        }
        var expected = 0.0
        for i in populations.indices {
            try Validate.count(populations[i], "denominator", index: i)
            try Validate.count(referenceCounts[i], "reference numerator", index: i)
            try Validate.positive(referencePopulations[i], "reference denominator", index: i)
            expected += referenceCounts[i] / referencePopulations[i] * populations[i]
        }
        guard expected > 0 else {
            throw StatisticsError(.nonPositiveDenominator, field: "expected", "the expected count is zero")
        }
        return expected
    }

    private static func finish(
        _ observed: Double, _ expected: Double, scale: Double, _ confidence: ConfidenceLevels
    ) throws -> Estimate {
        try Validate.count(observed, "numerator")
        guard scale.isFinite, scale > 0 else {
            throw StatisticsError(
                .invalidMultiplier, field: "multiplier", "\(scale) must be a positive number")
        }
        var intervals: [ConfidenceInterval] = []
        for (level, z) in zip(confidence.levels, confidence.zValues) {
            let (lower, upper) = PoissonLimits.limits(observed, level: level, z: z)
            intervals.append(
                ConfidenceInterval(
                    level: level, lower: lower / expected * scale, upper: upper / expected * scale))
        }
        return Estimate(
            value: observed / expected * scale, intervals: intervals, numerator: observed,
            denominator: expected,
            method: PoissonLimits.method(observed))
    }
}
