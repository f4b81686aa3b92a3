import Engine
import Statistics

/// One indicator result as it may be published: the engine's ``IndicatorResult`` behind its
/// disclosure mask. The computed record is not reachable from outside `Publication`: every figure
/// is read through this view, nil when withheld.
public struct PublishedResult: Sendable, Equatable {
    /// The result as computed (figures unsuppressed): for the publication layer only.
    let computed: IndicatorResult
    /// Whether the figures are withheld (small numbers, or to protect another withheld count).
    public let suppressed: Bool
    /// The group's name (``Vocabulary/groupName(_:breakdown:)``), when known.
    public let groupName: String?
    /// The indicator's polarity, which reads comparisons and trends as better or worse.
    let polarity: BenchmarkComparison.Polarity

    /// `result` as published: its figures are nil when `suppressed`.
    public init(
        _ result: IndicatorResult, suppressed: Bool, polarity: BenchmarkComparison.Polarity,
        groupName: String? = nil
    ) {
        computed = result
        self.suppressed = suppressed
        self.groupName = groupName
        self.polarity = polarity
    }

    private func shown<T>(_ figure: T?) -> T? { suppressed ? nil : figure }

    /// The indicator's id.
    public var indicator: String { computed.indicator }
    /// The period label.
    public var period: String { computed.period }
    /// The breakdown (city, ward, lcp, ...).
    public var breakdown: String { computed.breakdown }
    /// The group: an area code or a category.
    public var group: String { computed.group }
    /// Numerator.
    public var numerator: Double? { shown(computed.numerator) }
    /// Denominator.
    public var denominator: Double? { shown(computed.denominator) }
    /// Value.
    public var value: Double? { shown(computed.value) }
    /// 95% lower limit.
    public var lower95: Double? { shown(computed.lower95) }
    /// 95% upper limit.
    public var upper95: Double? { shown(computed.upper95) }
    /// 99.8% lower limit.
    public var lower998: Double? { shown(computed.lower998) }
    /// 99.8% upper limit.
    public var upper998: Double? { shown(computed.upper998) }
    /// The value compared with (another published figure: the city's, or England's).
    public var benchmark: Double? { computed.benchmark }
    /// What the benchmark is (the city's name, or `England 2018/19 (assumed)`).
    public var benchmarkLabel: String? { computed.benchmarkLabel }
    /// Comparison of the 95% interval with the benchmark.
    public var compared95: BenchmarkComparison.Result? { shown(computed.compared95) }
    /// Comparison of the 99.8% interval with the benchmark.
    public var compared998: BenchmarkComparison.Result? { shown(computed.compared998) }
    /// The 95% comparison read through the polarity: better, similar, worse (or higher, lower).
    public var assessment: BenchmarkComparison.Assessment? {
        compared95.map { BenchmarkComparison.assess($0, polarity: polarity) }
    }
    /// The recent trend (five periods to this one).
    public var trend: TrendTest.Direction? { shown(computed.trend) }
    /// The trend in words, through the polarity ("Decreasing and getting better").
    public var trendText: String? { trend?.describe(polarity: polarity) }
}
