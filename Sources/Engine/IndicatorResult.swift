import Statistics

/// One computed value of an indicator: for a period, a breakdown and a group (an area or a category).
public struct IndicatorResult: Sendable, Equatable {
    /// The indicator's id.
    public let indicator: String
    /// The period label (2019, 2019/20, 2017-19).
    public let period: String
    /// The breakdown: city, ward, lcp, pcn, practice, decile, deprivation, sex, age, ethnicity.
    public let breakdown: String
    /// The group within the breakdown: an area code, a decile, `deprived` or `rest`, a sex, an age band or ethnic group.
    public let group: String
    /// Numerator (events, persons, or a sum).
    public let numerator: Double
    /// Denominator (persons, records or person-years).
    public let denominator: Double?
    /// The value, or nil when it cannot be computed.
    public let value: Double?
    /// 95% limits.
    public let lower95: Double?
    /// 95% upper limit.
    public let upper95: Double?
    /// 99.8% lower limit.
    public let lower998: Double?
    /// 99.8% upper limit.
    public let upper998: Double?
    /// The value it is compared with: the city's for an area or group, England's for the city.
    public var benchmark: Double?
    /// What ``benchmark`` is, for display: the city's name, or `England 2018/19 (assumed)`.
    public var benchmarkLabel: String?
    /// The comparison of the 95% interval with the benchmark.
    public var compared95: BenchmarkComparison.Result?
    /// The comparison of the 99.8% interval with the benchmark.
    public var compared998: BenchmarkComparison.Result?
    /// The recent trend: the five periods ending with this one (Fingertips' trend test, 99.8%).
    public var trend: TrendTest.Direction?
    /// The trend's slope per period (proportions as a fraction), when calculated.
    public var trendSlope: Double?

    /// A result.
    public init(
        indicator: String, period: String, breakdown: String, group: String, numerator: Double,
        denominator: Double?,
        value: Double?, lower95: Double?, upper95: Double?, lower998: Double?, upper998: Double?
    ) {
        self.indicator = indicator
        self.period = period
        self.breakdown = breakdown
        self.group = group
        self.numerator = numerator
        self.denominator = denominator
        self.value = value
        self.lower95 = lower95
        self.upper95 = upper95
        self.lower998 = lower998
        self.upper998 = upper998
    }
}
