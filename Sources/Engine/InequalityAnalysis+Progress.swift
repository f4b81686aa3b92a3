import PlacePack
import Statistics

extension InequalityAnalysis {
    /// Are the poorest improving fastest? The change in the gap (deprived − rest) from the first to
    /// the last period with both values, read through the polarity; nil without two such periods.
    func progress(_ results: [IndicatorResult], periods: [String]) -> PoorestProgress? {
        var deprived: [String: IndicatorResult] = [:]
        var rest: [String: IndicatorResult] = [:]
        for r in results where r.breakdown == "deprivation" {
            if r.group == "deprived" { deprived[r.period] = r } else { rest[r.period] = r }
        }
        let usable = periods.filter { deprived[$0]?.value != nil && rest[$0]?.value != nil }
        guard let first = usable.first, let last = usable.last, first != last else {
            guard let first = periods.first, let last = periods.last else { return nil }
            return PoorestProgress(
                indicator: definition.id, firstPeriod: first, lastPeriod: last, answer: .notCalculated,
                gapFirst: nil, gapLast: nil, change: nil, changeLower: nil, changeUpper: nil)
        }
        let four = [deprived[first]!, rest[first]!, deprived[last]!, rest[last]!]
        let gapFirst = four[0].value! - four[1].value!
        let gapLast = four[2].value! - four[3].value!
        let change = gapLast - gapFirst
        let errors = four.map { r -> Double? in
            guard let l = r.lower95, let u = r.upper95 else { return nil }
            return (u - l) / (2 * Self.z)
        }
        var lower: Double?
        var upper: Double?
        if errors.allSatisfy({ $0 != nil }) {
            let se = errors.reduce(0.0) { $0 + $1! * $1! }.squareRoot()
            lower = change - Self.z * se
            upper = change + Self.z * se
        }
        let answer = Self.answer(
            change: change, lower: lower, upper: upper, gapFirst: gapFirst, gapLast: gapLast,
            polarity: definition.polarity)
        return PoorestProgress(
            indicator: definition.id, firstPeriod: first, lastPeriod: last, answer: answer,
            gapFirst: gapFirst,
            gapLast: gapLast, change: change, changeLower: lower, changeUpper: upper)
    }

    /// Faster when the deprived side's value moved in the good direction relative to the rest (for
    /// no-judgement indicators: when the gap narrowed); significant when the 95% interval excludes 0.
    static func answer(
        change: Double, lower: Double?, upper: Double?, gapFirst: Double, gapLast: Double,
        polarity: IndicatorDefinition.Polarity
    ) -> PoorestProgress.Answer {
        guard let lower, let upper else { return .notCalculated }
        if abs(change) <= 1e-9 * max(abs(gapFirst), abs(gapLast), 1) { return .unchanged }
        let faster: Bool
        switch polarity {
        case .higherIsBetter: faster = change > 0
        case .lowerIsBetter: faster = change < 0
        case .noJudgement: faster = abs(gapLast) < abs(gapFirst)
        }
        let significant = lower > 0 || upper < 0
        switch (faster, significant) {
        case (true, true): return .faster
        case (true, false): return .fasterNotSignificant
        case (false, true): return .slower
        case (false, false): return .slowerNotSignificant
        }
    }
}
