import Engine
import Statistics

/// One indicator result as it may be published: figures are nil when withheld for small numbers.
public struct PublishedResult: Sendable, Equatable {
    /// The indicator's id.
    public let indicator: String
    /// The period label.
    public let period: String
    /// The breakdown (city, ward, lcp, ...).
    public let breakdown: String
    /// The group: an area code or a category.
    public let group: String
    /// The group's name (``Vocabulary/groupName(_:breakdown:)``), when known.
    public let groupName: String?
    /// Whether the figures are withheld (small numbers, or to protect another withheld count).
    public let suppressed: Bool
    /// Numerator.
    public let numerator: Double?
    /// Denominator.
    public let denominator: Double?
    /// Value.
    public let value: Double?
    /// 95% lower limit.
    public let lower95: Double?
    /// 95% upper limit.
    public let upper95: Double?
    /// 99.8% lower limit.
    public let lower998: Double?
    /// 99.8% upper limit.
    public let upper998: Double?
    /// The value compared with.
    public let benchmark: Double?
    /// What the benchmark is (the city's name, or `England 2018/19 (assumed)`).
    public let benchmarkLabel: String?
    /// Comparison of the 95% interval with the benchmark.
    public let compared95: BenchmarkComparison.Result?
    /// Comparison of the 99.8% interval with the benchmark.
    public let compared998: BenchmarkComparison.Result?
    /// The 95% comparison read through the polarity: better, similar, worse (or higher, lower).
    public let assessment: BenchmarkComparison.Assessment?
    /// The recent trend (five periods to this one).
    public let trend: TrendTest.Direction?
    /// The trend in words, through the polarity ("Decreasing and getting better").
    public let trendText: String?

    /// `result` as published: withheld figures are nil when `suppressed`.
    public init(
        _ result: IndicatorResult, suppressed: Bool, polarity: BenchmarkComparison.Polarity,
        groupName: String? = nil
    ) {
        indicator = result.indicator
        period = result.period
        breakdown = result.breakdown
        group = result.group
        self.groupName = groupName
        self.suppressed = suppressed
        func shown(_ value: Double?) -> Double? { suppressed ? nil : value }
        numerator = suppressed ? nil : result.numerator
        denominator = shown(result.denominator)
        value = shown(result.value)
        lower95 = shown(result.lower95)
        upper95 = shown(result.upper95)
        lower998 = shown(result.lower998)
        upper998 = shown(result.upper998)
        benchmark = result.benchmark
        benchmarkLabel = result.benchmarkLabel
        compared95 = suppressed ? nil : result.compared95
        compared998 = suppressed ? nil : result.compared998
        assessment = compared95.map { BenchmarkComparison.assess($0, polarity: polarity) }
        trend = suppressed ? nil : result.trend
        trendText = trend?.describe(polarity: polarity)
    }
}
