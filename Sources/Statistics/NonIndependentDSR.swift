/// Directly standardised rates for events that are not independent (`calculate_dsr(independent_events =
/// FALSE)`): a person can have more than one event, so the data give, per age band, how many people
/// had each number of events f.
///
/// Events per band are Σ_f f·x_f; the DSR is computed from them as usual, but the variance is
/// Σ_f f² var_f, where var_f is the Dobson variance of the people with f events,
/// var_f = Σ x_f (w/n)² / (Σ w)², the standard summed over that frequency's rows.
public enum NonIndependentDSR {
    /// One row: the people in one age band who had `frequency` events each.
    public struct Row: Sendable, Equatable {
        /// The age band label (matched by start age).
        public var ageBand: String
        /// The number of events each of these people had.
        public var frequency: Double
        /// The number of people with that many events.
        public var individuals: Double
        /// The band's population.
        public var population: Double
        /// The band's standard population.
        public var standardPopulation: Double

        /// Creates a row.
        public init(
            ageBand: String, frequency: Double, individuals: Double, population: Double,
            standardPopulation: Double
        ) {
            self.ageBand = ageBand
            self.frequency = frequency
            self.individuals = individuals
            self.population = population
            self.standardPopulation = standardPopulation
        }
    }

    /// The DSR of one group with the non-independent variance.
    ///
    /// - Throws: bad counts, populations or standards; rows of one band with different populations or
    ///   standards; a band repeated within one frequency.
    public static func estimate(
        rows: [Row], confidence: ConfidenceLevels = .standard, multiplier: Double = 100_000
    ) throws -> Estimate {
        guard !rows.isEmpty else { throw StatisticsError(.empty, field: "rows", "no rows") }
        try Validate.multiplier(multiplier)
        var bands: [Int: (population: Double, standard: Double, events: Double)] = [:]
        var byFrequency: [Double: (squared: Double, standard: Double, starts: Set<Int>)] = [:]
        for (i, row) in rows.enumerated() {
            try Validate.count(row.individuals, "numerator", index: i)
            try Validate.positive(row.population, "denominator", index: i)
            try Validate.count(row.standardPopulation, "standard population", index: i)
            try Validate.count(row.frequency, "event frequency", index: i)
            let start: Int
            do { start = try AgeBand(row.ageBand).startAge } catch let e as StatisticsError {
                throw e.at(index: i)
            }
            if let band = bands[start] {
                guard band.population == row.population, band.standard == row.standardPopulation else {
                    throw StatisticsError(
                        .invalidArgument, field: "denominator", index: i,
                        "rows for age band \"\(row.ageBand)\" have different populations or standard populations"
                    )
                }
                bands[start]!.events += row.frequency * row.individuals
            } else {
                bands[start] = (row.population, row.standardPopulation, row.frequency * row.individuals)
            }
            let ratio = row.standardPopulation / row.population
            var entry = byFrequency[row.frequency] ?? (0, 0, [])
            guard entry.starts.insert(start).inserted else {
                throw StatisticsError(
                    .duplicatedAgeBand, field: "age band", index: i,
                    "\"\(row.ageBand)\" appears twice for event frequency \(row.frequency)")
            }
            entry.squared += row.individuals * ratio * ratio
            entry.standard += row.standardPopulation
            byFrequency[row.frequency] = entry
        }
        var variance = 0.0
        for frequency in byFrequency.keys.sorted() {
            let entry = byFrequency[frequency]!
            guard entry.standard > 0 else { continue }
            variance += frequency * frequency * entry.squared / (entry.standard * entry.standard)
        }
        var total = 0.0
        var population = 0.0
        var weighted = 0.0
        var standard = 0.0
        for start in bands.keys.sorted() {
            let band = bands[start]!
            total += band.events
            population += band.population
            weighted += band.events * band.standard / band.population
            standard += band.standard
        }
        try Validate.positive(standard, "standard population")
        return DirectlyStandardisedRate.finish(
            total: total, population: population, weighted: weighted, variance: variance, standard: standard,
            confidence: confidence, multiplier: multiplier, method: .dobsonNonIndependent)
    }
}
