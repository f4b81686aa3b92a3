import PlacePack
import Scenarios
import Store

/// A stored scenario result as it may be shown, the one door out for scenario figures (the
/// command line, the pages, the API and CSV alike): counts rounded to the nearest 10, money to the
/// nearest £10,000, rates and beds whole, the deprived gap to one decimal; in the baseline year,
/// which is observed rather than modelled, a count from 1 to the threshold − 1 in an LCP or decile
/// is withheld (nil).
public struct PublishedScenario: Sendable {
    /// What produced it.
    public let record: StoredScenario
    /// The years, the baseline first.
    public let years: [Int]
    /// The output areas (the city first, then each LCP, then deciles 1 to 10).
    public let areas: [ScenarioArea]
    /// Every measure in every area, rounded.
    public let series: [Series]
    /// The total cost at each waterfall step (``ScenarioOutcome/steps``), rounded.
    public let costWaterfall: [Double]
    /// The hospital bed days at each waterfall step, rounded.
    public let bedDayWaterfall: [Double]
    /// Share of runs in which the deprived gap narrowed by the horizon.
    public let gapNarrowed: Double
    /// The scenario file as run (its levers, as written).
    public let fileText: String

    /// One measure in one area: each year's mean and percentiles, nil where withheld.
    public struct Series: Sendable {
        /// The measure.
        public let measure: ScenarioMeasure
        /// The area's index in ``PublishedScenario/areas``.
        public let area: Int
        /// Mean over runs by year.
        public let mean: [Double?]
        /// 10th percentile by year.
        public let p10: [Double?]
        /// Median by year.
        public let p50: [Double?]
        /// 90th percentile by year.
        public let p90: [Double?]
    }

    /// Publishes `outcome` of `record`, counts from 1 to `threshold` − 1 withheld in the baseline
    /// year below the city.
    public init(record: StoredScenario, outcome: ScenarioOutcome, threshold: Int, fileText: String = "") {
        self.record = record
        self.fileText = fileText
        years = outcome.years
        areas = outcome.areas
        // Observed (baseline-year) counts below the threshold in an LCP or decile are withheld, and
        // so are the rates worked out from an area's withheld bed days, which would give them back.
        let small = { (value: Double) in value > 0 && value < Double(threshold) }
        let hiddenBedDays = Set(
            outcome.series.filter { $0.measure == .bedDays && $0.area > 0 && small($0.p50[0]) }.map(\.area))
        series = outcome.series.map { s in
            func publish(_ values: [Double]) -> [Double?] {
                values.enumerated().map { t, value in
                    let withheld =
                        t == 0 && s.area > 0
                        && (Self.isCount(s.measure) && small(value)
                            || [.bedDaysPer100k, .beds].contains(s.measure) && hiddenBedDays.contains(s.area))
                    return withheld ? nil : Self.round(value, s.measure)
                }
            }
            return Series(
                measure: s.measure, area: s.area, mean: publish(s.mean), p10: publish(s.p10),
                p50: publish(s.p50),
                p90: publish(s.p90))
        }
        costWaterfall = outcome.costWaterfall.map { Self.round($0, .costTotal) }
        bedDayWaterfall = outcome.bedDayWaterfall.map { Self.round($0, .bedDays) }
        gapNarrowed = outcome.gapNarrowed
    }

    /// Whether the measure counts records, people or units (rounded to 10; small ones withheld).
    static func isCount(_ measure: ScenarioMeasure) -> Bool {
        !measure.isMoney && ![.bedDaysPer100k, .beds, .deprivedGap].contains(measure)
    }

    /// `value` rounded as `measure` is published.
    static func round(_ value: Double, _ measure: ScenarioMeasure) -> Double {
        guard value.isFinite else { return 0 }
        if measure.isMoney { return (value / 10_000).rounded() * 10_000 }
        switch measure {
        case .deprivedGap: return (value * 10).rounded() / 10
        case .bedDaysPer100k, .beds: return value.rounded()
        default: return (value / 10).rounded() * 10
        }
    }

    /// The series of `measure` in area `area`.
    public func series(_ measure: ScenarioMeasure, area: Int = 0) -> Series? {
        series.first { $0.measure == measure && $0.area == area }
    }

    /// The scenario's levers, read back from the file as run, with `assumptions` (the pack's
    /// migration variants); nil when the file no longer reads (a pack whose variants changed).
    public func levers(_ assumptions: ProjectionAssumptions) -> [ScenarioDefinition.LeverRow]? {
        guard let node = try? PackNode.parse(text: fileText, file: record.fileName) else { return nil }
        return (try? ScenarioReader.read(node, assumptions: assumptions))?.leverRows
    }

    /// The indexes of the areas of `kind`.
    public func areas(_ kind: ScenarioArea.Kind) -> [Int] { areas.indices.filter { areas[$0].kind == kind } }
}
