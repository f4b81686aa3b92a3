/// Small-number suppression for published results.
///
/// Primary: a result whose numerator is from 1 to threshold − 1 is suppressed (its numerator,
/// value and limits are withheld). Secondary: within one indicator, period and breakdown, the groups
/// partition the city, so one suppressed group could be recovered by subtracting the others from
/// the city's total; whenever exactly one group is suppressed, the group with the next smallest
/// numerator is suppressed too. (Denominators are populations, published as they are.)
public enum Suppression {
    /// A result as published: the result, or only its identity when suppressed.
    public struct Published: Sendable, Equatable {
        /// The result (its numerator, value and limits must not be shown when `suppressed`).
        public let result: IndicatorResult
        /// Whether it is withheld.
        public let suppressed: Bool
    }

    /// Applies primary and secondary suppression to results of one indicator.
    public static func apply(_ results: [IndicatorResult], threshold: Int) -> [Published] {
        var suppressed = results.map { $0.numerator >= 1 && $0.numerator < Double(threshold) }
        var groups: [String: [Int]] = [:]
        for (index, r) in results.enumerated() where r.breakdown != "city" {
            groups["\(r.indicator)|\(r.period)|\(r.breakdown)", default: []].append(index)
        }
        for members in groups.values {
            let hidden = members.filter { suppressed[$0] }
            guard hidden.count == 1 else { continue }
            let next = members.filter { !suppressed[$0] }.min {
                results[$0].numerator < results[$1].numerator
            }
            if let next { suppressed[next] = true }
        }
        return zip(results, suppressed).map { Published(result: $0, suppressed: $1) }
    }
}
