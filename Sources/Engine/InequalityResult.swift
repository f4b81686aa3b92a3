/// The inequality in one indicator, period and area (the city, or an LCP): the gap between its
/// deprived areas (IMD decile 1) and the rest, and the slope and relative indices of inequality across
/// the deciles.
public struct InequalityResult: Sendable, Equatable {
    /// The indicator's id.
    public let indicator: String
    /// The period label.
    public let period: String
    /// The area: the city's code, or an LCP's (its own deprived areas against the rest of it).
    public let area: String
    /// The value in deprived areas (decile 1).
    public var deprived: Double?
    /// The value in the rest of the city.
    public var rest: Double?
    /// deprived − rest, with 95% limits (MOVER: each side's own limits combined).
    public var gapAbsolute: Double?
    /// 95% lower limit of the absolute gap.
    public var gapAbsoluteLower: Double?
    /// 95% upper limit of the absolute gap.
    public var gapAbsoluteUpper: Double?
    /// deprived ÷ rest, with 95% limits (MOVER on the log scale).
    public var gapRelative: Double?
    /// 95% lower limit of the relative gap.
    public var gapRelativeLower: Double?
    /// 95% upper limit of the relative gap.
    public var gapRelativeUpper: Double?
    /// Slope index of inequality: the modelled value in the least deprived minus the most deprived.
    public var sii: Double?
    /// 95% lower limit of the SII.
    public var siiLower: Double?
    /// 95% upper limit of the SII.
    public var siiUpper: Double?
    /// Relative index of inequality: least deprived ÷ most deprived, modelled.
    public var rii: Double?
    /// 95% lower limit of the RII.
    public var riiLower: Double?
    /// 95% upper limit of the RII.
    public var riiUpper: Double?
    /// Whether the deprived-vs-rest figures are withheld (nil) because a count behind them is.
    public var gapSuppressed = false
    /// Whether the SII and RII are withheld (nil) because a decile's count is.
    public var indicesSuppressed = false
    /// Whether any figure is withheld (the gap, or the SII and RII).
    public var suppressed: Bool { gapSuppressed || indicesSuppressed }

    /// An inequality result with nothing computed yet.
    public init(indicator: String, period: String, area: String = "") {
        self.indicator = indicator
        self.period = period
        self.area = area
    }

    /// The same result without the deprived-vs-rest figures (withheld).
    public func withoutGap() -> InequalityResult {
        var out = self
        out.gapSuppressed = true
        (out.deprived, out.rest) = (nil, nil)
        (out.gapAbsolute, out.gapAbsoluteLower, out.gapAbsoluteUpper) = (nil, nil, nil)
        (out.gapRelative, out.gapRelativeLower, out.gapRelativeUpper) = (nil, nil, nil)
        return out
    }

    /// The same result without the SII and RII (withheld).
    public func withoutIndices() -> InequalityResult {
        var out = self
        out.indicesSuppressed = true
        (out.sii, out.siiLower, out.siiUpper) = (nil, nil, nil)
        (out.rii, out.riiLower, out.riiUpper) = (nil, nil, nil)
        return out
    }
}
