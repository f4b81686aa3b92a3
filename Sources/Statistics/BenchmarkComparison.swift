/// Comparison of an area's value with a benchmark (for example England) as Fingertips shows it: the
/// area is higher when its whole confidence interval lies above the benchmark value, lower when it
/// lies below, and similar when the interval contains the benchmark. Fingertips does this at 95%
/// and at 99.8%.
public enum BenchmarkComparison {
    /// Where the interval lies relative to the benchmark.
    public enum Result: String, Sendable, CaseIterable {
        /// The lower limit is above the benchmark.
        case higher
        /// The interval contains the benchmark.
        case similar
        /// The upper limit is below the benchmark.
        case lower
    }

    /// Which direction is good for an indicator.
    public enum Polarity: String, Sendable, CaseIterable {
        /// Higher values are better (e.g. life expectancy).
        case highIsGood
        /// Lower values are better (e.g. mortality).
        case lowIsGood
        /// No judgement: only higher, similar or lower.
        case noJudgement
    }

    /// The comparison read through the polarity.
    public enum Assessment: String, Sendable, CaseIterable {
        /// Significantly better than the benchmark.
        case better
        /// Not significantly different.
        case similar
        /// Significantly worse.
        case worse
        /// Significantly higher (no judgement).
        case higher
        /// Significantly lower (no judgement).
        case lower
    }

    /// Compares limits with a benchmark value.
    public static func compare(lower: Double, upper: Double, benchmark: Double) -> Result {
        if lower > benchmark { return .higher }
        if upper < benchmark { return .lower }
        return .similar
    }

    /// Compares an estimate's interval at `level` with a benchmark; nil when the estimate has no value or
    /// no interval at that level (suppressed), which Fingertips shows as "not compared".
    public static func compare(_ estimate: Estimate, benchmark: Double, level: Double) -> Result? {
        guard estimate.value != nil, let interval = estimate.interval(at: level) else { return nil }
        return compare(lower: interval.lower, upper: interval.upper, benchmark: benchmark)
    }

    /// Reads a comparison through the indicator's polarity.
    public static func assess(_ result: Result, polarity: Polarity) -> Assessment {
        switch (result, polarity) {
        case (.similar, _): return .similar
        case (.higher, .highIsGood), (.lower, .lowIsGood): return .better
        case (.higher, .lowIsGood), (.lower, .highIsGood): return .worse
        case (.higher, .noJudgement): return .higher
        case (.lower, .noJudgement): return .lower
        }
    }
}
