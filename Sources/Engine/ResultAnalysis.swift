import PlacePack
import Statistics

/// Adds to an indicator's results what Fingertips shows beside each value: the comparison with a
/// benchmark (an area or group with the city; the city with England) and the recent trend.
package struct ResultAnalysis {
    let definition: IndicatorDefinition
    /// The city's name, for benchmark labels.
    let cityName: String
    /// England's values loaded from Fingertips for this indicator, by period.
    var loaded: [String: Double] = [:]

    /// The indicator's polarity in the statistics library's terms.
    var polarity: BenchmarkComparison.Polarity { Self.polarity(definition.polarity) }

    /// A pack polarity in the statistics library's terms.
    package static func polarity(_ polarity: IndicatorDefinition.Polarity) -> BenchmarkComparison.Polarity {
        switch polarity {
        case .higherIsBetter: return .highIsGood
        case .lowerIsBetter: return .lowIsGood
        case .noJudgement: return .noJudgement
        }
    }

    /// The results with benchmarks, comparisons and trends filled in. `periods` orders the periods.
    func analyse(_ results: [IndicatorResult], periods: [String]) -> [IndicatorResult] {
        var out = results
        let city = Dictionary(
            results.filter { $0.breakdown == "city" }.map { ($0.period, $0.value) },
            uniquingKeysWith: { a, _ in a })
        let latest = periods.last { city[$0] != nil }
        for index in out.indices {
            let r = out[index]
            if r.breakdown == "city" {
                if let value = loaded[r.period] {
                    out[index].benchmark = value
                    out[index].benchmarkLabel = "England \(r.period) (Fingertips)"
                } else if let england = definition.benchmark, r.period == england.period || r.period == latest
                {
                    out[index].benchmark = england.england
                    out[index].benchmarkLabel =
                        "England \(england.period ?? "")\(england.assumed ? " (assumed)" : "")"
                }
            } else if let value = city[r.period] ?? nil {
                out[index].benchmark = value
                out[index].benchmarkLabel = cityName
            }
            if let benchmark = out[index].benchmark, r.value != nil {
                if let l = r.lower95, let u = r.upper95 {
                    out[index].compared95 = BenchmarkComparison.compare(
                        lower: l, upper: u, benchmark: benchmark)
                }
                if let l = r.lower998, let u = r.upper998 {
                    out[index].compared998 = BenchmarkComparison.compare(
                        lower: l, upper: u, benchmark: benchmark)
                }
            }
        }
        addTrends(&out, periods: periods)
        return out
    }

    /// The trend of each group's five periods ending with each result's period.
    private func addTrends(_ results: inout [IndicatorResult], periods: [String]) {
        let order = Dictionary(uniqueKeysWithValues: periods.enumerated().map { ($1, $0) })
        var series: [String: [Int]] = [:]
        for (index, r) in results.enumerated() {
            series["\(r.breakdown)|\(r.group)", default: []].append(index)
        }
        for members in series.values {
            let sorted = members.sorted {
                (order[results[$0].period] ?? 0) < (order[results[$1].period] ?? 0)
            }
            for (k, index) in sorted.enumerated() where k >= TrendTest.points - 1 {
                let window = sorted[(k - TrendTest.points + 1)...k].map { results[$0] }
                let first = order[window.first!.period] ?? 0
                guard (order[window.last!.period] ?? 0) - first == TrendTest.points - 1,
                    let trend = trend(Array(window))
                else { continue }
                results[index].trend = trend.direction
                results[index].trendSlope = trend.slope
            }
        }
    }

    private func trend(_ window: [IndicatorResult]) -> TrendTest.Result? {
        if definition.method == .proportion {
            let d = window.compactMap(\.denominator)
            guard d.count == window.count else { return nil }
            return try? TrendTest.proportions(numerators: window.map(\.numerator), denominators: d)
        }
        let values = window.compactMap(\.value)
        let lower = window.compactMap(\.lower95)
        let upper = window.compactMap(\.upper95)
        guard values.count == window.count, lower.count == window.count, upper.count == window.count
        else { return nil }
        return try? TrendTest.values(values, lower: lower, upper: upper)
    }
}
