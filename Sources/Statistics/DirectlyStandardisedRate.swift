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
        var accumulator = Accumulator()
        for i in counts.indices {
            try accumulator.add(
                count: counts[i], population: populations[i], standardPopulation: standardPopulations[i],
                index: i)
        }
        return try accumulator.estimate(confidence: confidence, multiplier: multiplier)
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

    /// The DSR and its Dobson limits. `effective` is the count whose Byar's limits shape the
    /// interval (the total, or for summed record values the effective number of events).
    static func finish(
        total: Double, population: Double, weighted: Double, variance: Double, standard: Double,
        confidence: ConfidenceLevels, multiplier: Double, method: IntervalMethod, effective: Double? = nil
    ) -> Estimate {
        guard total >= 10 else {
            return Estimate(
                value: nil, intervals: [], numerator: total, denominator: population, method: method,
                suppression: .totalCountBelow10)
        }
        let value = weighted / standard * multiplier
        let events = effective ?? total
        let scale = (variance / events).squareRoot() * multiplier
        var intervals: [ConfidenceInterval] = []
        intervals.reserveCapacity(confidence.count)
        for (level, z) in zip(confidence.levels, confidence.zValues) {
            let lower = Byars.lower(events, z: z) ?? 0
            let upper = Byars.upper(events, z: z)
            intervals.append(
                ConfidenceInterval(
                    level: level, lower: value + scale * (lower - events),
                    upper: value + scale * (upper - events)))
        }
        return Estimate(
            value: value, intervals: intervals, numerator: total, denominator: population, method: method)
    }

    /// Sums one group's age bands as they arrive, so a caller can stream rows without keeping them.
    public struct Accumulator: Sendable, Equatable {
        /// Σ counts.
        public private(set) var total = 0.0
        /// Σ populations.
        public private(set) var population = 0.0
        /// Σ standard populations.
        public private(set) var standard = 0.0
        private var weighted = 0.0
        private var squared = 0.0
        /// Σ of the bands' sums of squared record values (their counts when not given).
        private var squares = 0.0
        private var summed = false

        /// An empty group.
        public init() {}

        /// Adds one age band: its count, population and standard population. When the count is a
        /// sum of record values (such as bed days), `sumOfSquares` is the sum of their squares: the
        /// band's variance under a compound Poisson model, in place of the count.
        ///
        /// - Throws: a negative count or sum of squares, a zero or negative population, a negative
        ///   standard population; the error carries `index`.
        public mutating func add(
            count: Double, population: Double, standardPopulation: Double, sumOfSquares: Double? = nil,
            index: Int? = nil
        )
            throws
        {
            try Validate.count(count, "numerator", index: index)
            try Validate.positive(population, "denominator", index: index)
            try Validate.count(standardPopulation, "standard population", index: index)
            if let sumOfSquares { try Validate.count(sumOfSquares, "sum of squares", index: index) }
            let ratio = standardPopulation / population
            let variance = sumOfSquares ?? count
            total += count
            self.population += population
            weighted += count * ratio
            squared += variance * ratio * ratio
            squares += variance
            summed = summed || sumOfSquares != nil
            standard += standardPopulation
        }

        /// Adds the bands another accumulator holds (the same group counted in another part).
        public mutating func add(_ other: Accumulator) {
            total += other.total
            population += other.population
            standard += other.standard
            weighted += other.weighted
            squared += other.squared
            squares += other.squares
            summed = summed || other.summed
        }

        /// The DSR of the bands added so far.
        public func estimate(confidence: ConfidenceLevels = .standard, multiplier: Double = 100_000) throws
            -> Estimate
        {
            try Validate.multiplier(multiplier)
            guard standard > 0 else {
                throw StatisticsError(
                    .nonPositiveDenominator, field: "standard population",
                    "the standard populations sum to zero")
            }
            // Summed values: the limits' shape is that of the effective number of events.
            let effective = summed && squares > 0 ? total * total / squares : nil
            return finish(
                total: total, population: population, weighted: weighted,
                variance: squared / (standard * standard),
                standard: standard, confidence: confidence, multiplier: multiplier, method: .dobson,
                effective: effective)
        }
    }
}
