import Store

extension IndicatorComputation {
    static func append(_ r: IndicatorResult, to batch: inout RowBatch) {
        for text in [r.indicator, r.period, r.breakdown, r.group] { batch.append(text) }
        batch.append(r.numerator)
        for value in [r.denominator, r.value, r.lower95, r.upper95, r.lower998, r.upper998, r.benchmark] {
            optional(value, &batch)
        }
        for text in [r.benchmarkLabel, r.compared95?.rawValue, r.compared998?.rawValue, r.trend?.rawValue] {
            if let text { batch.append(text) } else { batch.appendNull() }
        }
        optional(r.trendSlope, &batch)
        batch.endRow()
    }

    static func append(_ r: InequalityResult, to batch: inout RowBatch) {
        batch.append(r.indicator)
        batch.append(r.period)
        batch.append(r.area)
        for value in [
            r.deprived, r.rest, r.gapAbsolute, r.gapAbsoluteLower, r.gapAbsoluteUpper, r.gapRelative,
            r.gapRelativeLower, r.gapRelativeUpper, r.sii, r.siiLower, r.siiUpper, r.rii, r.riiLower,
            r.riiUpper,
        ] {
            optional(value, &batch)
        }
        batch.endRow()
    }

    static func append(_ p: PoorestProgress, to batch: inout RowBatch) {
        for text in [p.indicator, p.firstPeriod, p.lastPeriod, p.answer.rawValue] { batch.append(text) }
        for value in [p.gapFirst, p.gapLast, p.change, p.changeLower, p.changeUpper] {
            optional(value, &batch)
        }
        batch.endRow()
    }

    private static func optional(_ value: Double?, _ batch: inout RowBatch) {
        if let value, value.isFinite { batch.append(value) } else { batch.appendNull() }
    }
}
