/// The strategy's test for one indicator: are the poorest improving fastest? It compares the change
/// in deprived Leeds (decile 1) with the change in the rest between the first and the last period:
/// change = (gap in the last period) − (gap in the first), gap = deprived − rest, with a 95%
/// interval from the four values' standard errors.
public struct PoorestProgress: Sendable, Equatable {
    /// The answer.
    public enum Answer: String, Sendable, CaseIterable {
        /// The poorest improved faster than the rest, significantly (95%).
        case faster
        /// The poorest improved faster, but the difference is not significant.
        case fasterNotSignificant = "faster-not-significant"
        /// The poorest improved more slowly (or worsened faster), significantly.
        case slower
        /// More slowly, not significantly.
        case slowerNotSignificant = "slower-not-significant"
        /// The gap is the same in the last period as in the first (to rounding).
        case unchanged
        /// Too few values, or withheld (small numbers).
        case notCalculated = "not-calculated"

        /// A sentence for the scorecard.
        public var text: String {
            switch self {
            case .faster: return "Yes: the poorest are improving faster than the rest (significant)"
            case .fasterNotSignificant:
                return "Not yet clear: the poorest improved faster, but not significantly"
            case .slower: return "No: the gap has widened significantly"
            case .slowerNotSignificant: return "No: the poorest did not improve faster (not significant)"
            case .unchanged: return "No change: the gap is the same as at the start"
            case .notCalculated: return "Cannot be calculated"
            }
        }
    }

    /// The indicator's id.
    public let indicator: String
    /// The first period compared.
    public let firstPeriod: String
    /// The last period compared.
    public let lastPeriod: String
    /// The answer.
    public let answer: Answer
    /// Gap (deprived − rest) in the first period.
    public let gapFirst: Double?
    /// Gap in the last period.
    public let gapLast: Double?
    /// gapLast − gapFirst.
    public let change: Double?
    /// 95% lower limit of the change.
    public let changeLower: Double?
    /// 95% upper limit of the change.
    public let changeUpper: Double?

    /// A progress answer.
    public init(
        indicator: String, firstPeriod: String, lastPeriod: String, answer: Answer, gapFirst: Double?,
        gapLast: Double?, change: Double?, changeLower: Double?, changeUpper: Double?
    ) {
        self.indicator = indicator
        self.firstPeriod = firstPeriod
        self.lastPeriod = lastPeriod
        self.answer = answer
        self.gapFirst = gapFirst
        self.gapLast = gapLast
        self.change = change
        self.changeLower = changeLower
        self.changeUpper = changeUpper
    }

    /// The same answer with its figures withheld (a count behind them is suppressed).
    public func withheld() -> PoorestProgress {
        PoorestProgress(
            indicator: indicator, firstPeriod: firstPeriod, lastPeriod: lastPeriod, answer: .notCalculated,
            gapFirst: nil, gapLast: nil, change: nil, changeLower: nil, changeUpper: nil)
    }
}
