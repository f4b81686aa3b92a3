/// Directly standardised rates with Dobson intervals (PHEindicatormethods `calculate_dsr`).
///
/// DSR = Σᵢ xᵢ wᵢ/nᵢ / Σᵢ wᵢ × multiplier, var = Σᵢ xᵢ (wᵢ/nᵢ)² / (Σᵢ wᵢ)², and with the total count
/// O = Σᵢ xᵢ the limits are DSR + √(var/O) (Byars(O) − O) × multiplier (Dobson et al. 1991).
/// When O < 10 the value and limits are suppressed (``Suppression/totalCountBelow10``).
public enum DirectlyStandardisedRate {
    /// The DSR of one group from aligned per-band counts, populations and standard populations.
    ///
    /// - Throws: a negative count, a zero or negative population, a negative standard, differing lengths.
    public static func estimate(
        counts: [Double], populations: [Double], standardPopulations: [Double],
        confidence: ConfidenceLevels = .standard, multiplier: Double = 100_000
    ) throws -> Estimate {
        try Validate.sameLength(
            [counts.count, populations.count, standardPopulations.count],
            ["counts", "populations", "standard populations"])
        guard !counts.isEmpty else { throw StatisticsError(.empty, field: "counts", "no age bands") }
        try Validate.multiplier(multiplier)
        var total = 0.0
        var population = 0.0
        var weighted = 0.0
        var squared = 0.0
        var standard = 0.0
        for i in counts.indices {
            try Validate.count(counts[i], "numerator", index: i)
            try Validate.positive(populations[i], "denominator", index: i)
            try Validate.count(standardPopulations[i], "standard population", index: i)
            let ratio = standardPopulations[i] / populations[i]
            total += counts[i]
            population += populations[i]
            weighted += counts[i] * ratio
            squared += counts[i] * ratio * ratio
            standard += standardPopulations[i]
        }
        try Validate.positive(standard, "standard population")
        return finish(
            total: total, population: population, weighted: weighted,
            variance: squared / (standard * standard),
            standard: standard, confidence: confidence, multiplier: multiplier, method: .dobson)
    }

    /// The DSR of one group given each row's age band label, matched to a standard population (ESP 2013
    /// by default) by start age.
    ///
    /// - Throws: as ``estimate(counts:populations:standardPopulations:confidence:multiplier:)``, and for an
    ///   age band missing, repeated or unknown to the standard.
    public static func estimate(
        ageBands: [String], counts: [Double], populations: [Double], standard: StandardPopulation = .esp2013,
        confidence: ConfidenceLevels = .standard, multiplier: Double = 100_000
    ) throws -> Estimate {
        try Validate.sameLength([ageBands.count, counts.count], ["age bands", "counts"])
        return try estimate(
            counts: counts, populations: populations, standardPopulations: standard.weights(for: ageBands),
            confidence: confidence, multiplier: multiplier)
    }

    static func finish(
        total: Double, population: Double, weighted: Double, variance: Double, standard: Double,
        confidence: ConfidenceLevels, multiplier: Double, method: IntervalMethod
    ) -> Estimate {
        guard total >= 10 else {
            return Estimate(
                value: nil, intervals: [], numerator: total, denominator: population, method: method,
                suppression: .totalCountBelow10)
        }
        let value = weighted / standard * multiplier
        let scale = (variance / total).squareRoot() * multiplier
        var intervals: [ConfidenceInterval] = []
        intervals.reserveCapacity(confidence.count)
        for (level, z) in zip(confidence.levels, confidence.zValues) {
            let lower = Byars.lower(total, z: z) ?? 0
            let upper = Byars.upper(total, z: z)
            intervals.append(
                ConfidenceInterval(
                    level: level, lower: value + scale * (lower - total),
                    upper: value + scale * (upper - total)))
        }
        return Estimate(
            value: value, intervals: intervals, numerator: total, denominator: population, method: method)
    }
}
