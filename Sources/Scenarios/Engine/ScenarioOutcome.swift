import Dispatch
import Statistics

/// An output area of a scenario: the city, an LCP or an IMD decile.
public struct ScenarioArea: Sendable, Codable, Equatable, Hashable {
    /// What kind of area.
    public enum Kind: String, Sendable, Codable { case city, lcp, decile }
    /// Its kind.
    public let kind: Kind
    /// Its name (a decile's number, 1 the most deprived).
    public let name: String
}

/// The summary over runs of one measure in one area: each year's mean and 10th, 50th and 90th
/// percentiles (R's type 7), the baseline year first.
public struct ScenarioSeries: Sendable, Codable, Equatable {
    /// The measure.
    public let measure: ScenarioMeasure
    /// The area's index in ``ScenarioOutcome/areas``.
    public let area: Int
    /// Mean over runs, by year.
    public let mean: [Double]
    /// 10th percentile over runs, by year.
    public let p10: [Double]
    /// Median over runs, by year.
    public let p50: [Double]
    /// 90th percentile over runs, by year.
    public let p90: [Double]
}

/// What a scenario's runs show: every measure's series for the city, each LCP and each decile, the
/// waterfall from the baseline to the horizon, and how often the deprived gap narrowed.
public struct ScenarioOutcome: Sendable, Codable, Equatable {
    /// The years, the baseline first.
    public let years: [Int]
    /// The output areas.
    public let areas: [ScenarioArea]
    /// Runs summarised.
    public let runs: Int
    /// Every measure in every area (the deprived gap for the city only).
    public let series: [ScenarioSeries]
    /// Mean over runs of the total cost at each of ``steps``: the baseline, then each step's
    /// change, then the horizon (in expectation).
    public let costWaterfall: [Double]
    /// The same for hospital bed days.
    public let bedDayWaterfall: [Double]
    /// Share of runs in which the deprived gap at the horizon is smaller (in absolute value) than
    /// the baseline's.
    public let gapNarrowed: Double

    /// The waterfall's steps.
    public static let steps = [
        "baseline", "demography", "health status", "non-demographic growth", "activity avoidance",
        "efficiencies", "shift to community", "horizon",
    ]

    /// The series of `measure` in area `area` (index into ``areas``).
    public func series(_ measure: ScenarioMeasure, area: Int = 0) -> ScenarioSeries? {
        series.first { $0.measure == measure && $0.area == area }
    }

    static func summarise(_ values: RunValues, layout: RunLayout, model: ScenarioModel, runs: Int)
        -> ScenarioOutcome
    {
        let measures = ScenarioMeasure.allCases
        let slots = ParallelSlots<[ScenarioSeries]>(count: measures.count)
        DispatchQueue.concurrentPerform(iterations: measures.count) { m in
            let measure = measures[m]
            let areas = measure == .deprivedGap ? [0] : Array(layout.areas.indices)
            slots.set(
                m,
                areas.map { o in
                    var (mean, p10, p50, p90) = ([Double](), [Double](), [Double](), [Double]())
                    for t in 0..<layout.years {
                        let sorted = values.column(layout.index(m, o, t)).sorted()
                        mean.append(sorted.reduce(0, +) / Double(max(1, sorted.count)))
                        p10.append(Quantiles.linear(sorted, 0.1))
                        p50.append(Quantiles.linear(sorted, 0.5))
                        p90.append(Quantiles.linear(sorted, 0.9))
                    }
                    return ScenarioSeries(measure: measure, area: o, mean: mean, p10: p10, p50: p50, p90: p90)
                })
        }
        let width = steps.count
        let waterfall = (0..<(2 * width)).map { i in
            values.column(layout.width + i).reduce(0, +) / Double(max(1, runs))
        }
        let gap = ScenarioMeasure.deprivedGap.index
        let start = values.column(layout.index(gap, 0, 0))
        let end = values.column(layout.index(gap, 0, layout.years - 1))
        let narrowed = zip(start, end).filter { abs($1) < abs($0) }.count
        return ScenarioOutcome(
            years: Array(model.baselineYear...(model.baselineYear + model.years)), areas: layout.areas,
            runs: runs,
            series: slots.values.flatMap { $0 }, costWaterfall: Array(waterfall[0..<width]),
            bedDayWaterfall: Array(waterfall[width...]), gapNarrowed: Double(narrowed) / Double(max(1, runs)))
    }
}
