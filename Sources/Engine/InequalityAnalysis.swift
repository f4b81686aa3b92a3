import Foundation
import PlacePack
import Statistics

/// The inequality figures of one indicator from its deprivation and decile results: the gap
/// between deprived areas and the rest, SII and RII per period, and whether the poorest are
/// improving fastest.
struct InequalityAnalysis {
    let definition: IndicatorDefinition
    /// Simulations for the SII and RII limits (PHEindicatormethods uses 100,000; see docs/statistics.md).
    var repetitions = 10_000

    static let z = Normal.quantile(0.975)
    static let levels = try! ConfidenceLevels([0.95])

    /// One result per area and period that has deprived and rest (or decile) values: the city (from
    /// the `deprivation` and `decile` results) in `periods` order, then each LCP (from the
    /// `lcp-deprivation` results, gap only). An LCP's gap is withheld here when a count behind it is
    /// from 1 to `threshold` − 1, since its results are not published to be suppressed at reading.
    func inequalities(_ results: [IndicatorResult], periods: [String], city: String, threshold: Int = 5)
        -> [InequalityResult]
    {
        var byArea: [String: [String: [IndicatorResult]]] = [:]
        for r in results {
            switch r.breakdown {
            case "deprivation", "decile": byArea[city, default: [:]][r.period, default: []].append(r)
            case "lcp-deprivation":
                let parts = r.group.split(separator: "|").map(String.init)
                guard parts.count == 2 else { continue }
                let row = IndicatorResult(
                    indicator: r.indicator, period: r.period, breakdown: "deprivation", group: parts[1],
                    numerator: r.numerator, denominator: r.denominator, value: r.value, lower95: r.lower95,
                    upper95: r.upper95, lower998: r.lower998, upper998: r.upper998)
                byArea[parts[0], default: [:]][r.period, default: []].append(row)
            default: continue
            }
        }
        let areas = [city] + byArea.keys.filter { $0 != city }.sorted()
        let items = areas.flatMap { area in
            periods.compactMap { period in byArea[area]?[period].map { (area, period, $0) } }
        }
        let slots = ParallelSlots<InequalityResult>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { k in
            let (area, period, rows) = items[k]
            let small = area != city && rows.contains { Self.small($0, threshold) }
            let result = inequality(period, small ? [] : rows, area: area)
            slots.set(k, small ? result.withoutGap() : result)
        }
        return slots.values
    }

    /// Whether a result's numerator or denominator is a count from 1 to `threshold` − 1.
    static func small(_ r: IndicatorResult, _ threshold: Int) -> Bool {
        let range = 1.0..<Double(max(threshold, 1))
        return range.contains(r.numerator) || range.contains(r.denominator ?? 0)
    }

    func inequality(_ period: String, _ rows: [IndicatorResult], area: String = "") -> InequalityResult {
        var out = InequalityResult(indicator: definition.id, period: period, area: area)
        let deprived = rows.first { $0.breakdown == "deprivation" && $0.group == "deprived" }
        let rest = rows.first { $0.breakdown == "deprivation" && $0.group == "rest" }
        out.deprived = deprived?.value
        out.rest = rest?.value
        if let d = deprived, let r = rest, let gap = Self.difference(d, r) {
            (out.gapAbsolute, out.gapAbsoluteLower, out.gapAbsoluteUpper) = gap
            if let ratio = Self.ratio(d, r) {
                (out.gapRelative, out.gapRelativeLower, out.gapRelativeUpper) = ratio
            }
        }
        if let sii = slopeIndex(rows.filter { $0.breakdown == "decile" }) {
            out.sii = sii.sii
            out.siiLower = sii.siiIntervals.first?.lower
            out.siiUpper = sii.siiIntervals.first?.upper
            out.rii = sii.rii
            out.riiLower = sii.riiIntervals.first?.lower
            out.riiUpper = sii.riiIntervals.first?.upper
        }
        return out
    }

    /// a − b with 95% limits by MOVER (Zou and Donner 2008): each side keeps its own asymmetric limits.
    static func difference(_ a: IndicatorResult, _ b: IndicatorResult) -> (Double, Double, Double)? {
        guard let x = a.value, let xl = a.lower95, let xu = a.upper95, let y = b.value, let yl = b.lower95,
            let yu = b.upper95
        else { return nil }
        let d = x - y
        return (
            d, d - ((x - xl) * (x - xl) + (yu - y) * (yu - y)).squareRoot(),
            d + ((xu - x) * (xu - x) + (y - yl) * (y - yl)).squareRoot()
        )
    }

    /// a ÷ b with 95% limits by MOVER on the log scale; nil when a value or limit is not positive.
    static func ratio(_ a: IndicatorResult, _ b: IndicatorResult) -> (Double, Double, Double)? {
        guard let x = a.value, let xl = a.lower95, let xu = a.upper95, let y = b.value, let yl = b.lower95,
            let yu = b.upper95, x > 0, xl > 0, y > 0, yl > 0
        else { return nil }
        let (lx, lxl, lxu, ly, lyl, lyu) = (log(x), log(xl), log(xu), log(y), log(yl), log(yu))
        let d = lx - ly
        let lower = d - ((lx - lxl) * (lx - lxl) + (lyu - ly) * (lyu - ly)).squareRoot()
        let upper = d + ((lxu - lx) * (lxu - lx) + (ly - lyl) * (ly - lyl)).squareRoot()
        return (exp(d), exp(lower), exp(upper))
    }

    /// SII and RII across deciles (decile 1 = most deprived first), or nil with fewer than five usable deciles.
    func slopeIndex(_ deciles: [IndicatorResult]) -> InequalityIndex.Result? {
        let type: InequalityIndex.ValueType =
            definition.method == .proportion ? .proportion : definition.method == .mean ? .normal : .rate
        let scale = type == .proportion ? definition.multiplier : 1
        let quantiles = deciles.compactMap { r -> InequalityIndex.Quantile? in
            guard let order = Double(r.group), let population = r.denominator, population > 0,
                let value = r.value, let lower = r.lower95, let upper = r.upper95
            else { return nil }
            let (v, l, u) = (value / scale, lower / scale, upper / scale)
            switch type {
            case .proportion: guard v > 0, v < 1, l > 0, u < 1 else { return nil }
            case .rate: guard v > 0, l > 0 else { return nil }
            case .normal: break
            }
            return InequalityIndex.Quantile(
                order: order, population: population, value: v,
                standardError: InequalityIndex.standardError(lower: l, upper: u, valueType: type))
        }
        guard quantiles.count >= 5 else { return nil }
        return try? InequalityIndex.compute(
            quantiles: quantiles, valueType: type, confidence: Self.levels, multiplier: scale,
            repetitions: repetitions)
    }
}
