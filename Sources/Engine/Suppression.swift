import Statistics

/// Small-number suppression for published results.
///
/// Primary: a result whose numerator or denominator is a count from 1 to threshold − 1 is withheld
/// (its numerator, denominator, value, limits and comparisons). Secondary: published totals must
/// not give a withheld count away by subtraction. Every additive relation among the results is a
/// constraint: in each period, the city equals the sum of the groups of each breakdown; an LCP
/// equals the sum of its wards and a PCN the sum of its practices (given as `parents`). Whenever a
/// constraint has exactly one withheld member, the smallest published part is withheld too, until
/// no constraint has exactly one, so no count can be derived from the others (the algorithm is
/// `Statistics.SmallNumberSuppression`, shared with the population aggregates).
public enum Suppression {
    /// A result as published: the result, or only its identity when suppressed.
    public struct Published: Sendable, Equatable {
        /// The result (its numerator, value and limits must not be shown when `suppressed`).
        public let result: IndicatorResult
        /// Whether it is withheld.
        public let suppressed: Bool
    }

    /// Which breakdown's areas nest in which (child → parent breakdown).
    public static let nesting = ["ward": "lcp", "practice": "pcn"]

    /// Applies primary and secondary suppression to the results of one indicator. `parents` maps a
    /// ward or practice code to its LCP or PCN code.
    public static func apply(_ results: [IndicatorResult], threshold: Int, parents: [String: String] = [:])
        -> [Published]
    {
        let primary = results.map { r in
            r.denominator != nil
                && (SmallNumberSuppression.isSmall(r.numerator, threshold: threshold)
                    || SmallNumberSuppression.isSmall(r.denominator ?? 0, threshold: threshold))
        }
        let hidden = SmallNumberSuppression.withheld(
            results.map(\.numerator), primary: primary,
            constraints: Self.constraints(results, parents: parents).map {
                SmallNumberSuppression.Constraint(total: $0.0, parts: $0.1)
            })
        return zip(results, hidden).map { Published(result: $0, suppressed: $1) }
    }

    /// (total, parts) index sets: the city and each breakdown's groups, per period; each LCP or PCN
    /// and its wards or practices.
    static func constraints(_ results: [IndicatorResult], parents: [String: String]) -> [(Int, [Int])] {
        var city: [String: Int] = [:]
        var parts: [String: [Int]] = [:]
        var areas: [String: Int] = [:]
        for (index, r) in results.enumerated() {
            if r.breakdown == "city" {
                city[r.period] = index
            } else {
                parts["\(r.period)|\(r.breakdown)", default: []].append(index)
                areas["\(r.period)|\(r.breakdown)|\(r.group)"] = index
            }
        }
        var out: [(Int, [Int])] = []
        for (key, members) in parts {
            let period = String(key.prefix { $0 != "|" })
            if let total = city[period] { out.append((total, members)) }
        }
        var children: [String: [Int]] = [:]
        for (index, r) in results.enumerated() {
            guard let up = nesting[r.breakdown], let parent = parents[r.group] else { continue }
            children["\(r.period)|\(up)|\(parent)", default: []].append(index)
        }
        for (key, members) in children {
            if let total = areas[key] { out.append((total, members)) }
        }
        return out.sorted { ($0.0, $0.1.first ?? 0) < ($1.0, $1.1.first ?? 0) }
    }
}
