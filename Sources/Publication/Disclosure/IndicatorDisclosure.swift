import Engine
import Statistics
import Store

/// The disclosure problem of one indicator: every result of every period and breakdown, and every
/// identity among them, solved jointly by ``DisclosureControl``.
///
/// Primary: a result whose numerator or denominator is a count from 1 to threshold − 1. Identities,
/// in each period: the city equals the sum of the groups of each breakdown (what the groups leave
/// out, such as people with no practice, is taken as known to the reader); an LCP equals the sum of
/// its wards and a PCN the sum of its practices (`parents`); deprived Leeds equals IMD decile 1 and
/// the rest equals deciles 2 to 10. Numerators and denominators share the mask; when they are whole
/// numbers the exact analysis proves it, otherwise (sums behind means) only the rule "no identity has
/// exactly one withheld member" applies.
public enum IndicatorDisclosure {
    /// Which areas nest in which (child breakdown → parent breakdown).
    public static let nesting = ["ward": "lcp", "practice": "pcn"]

    /// Each ward's LCP and each practice's PCN in `store`, for ``solve(_:threshold:parents:)``.
    ///
    /// - Throws: the store's errors.
    public static func parents(_ store: any PlaceStore) throws -> [String: String] {
        var parents: [String: String] = [:]
        try store.scan("SELECT area_code, parent_code FROM areas WHERE kind IN ('ward', 'practice')", []) {
            row in
            if let code = row.text(0), let parent = row.text(1) { parents[code] = parent }
        }
        return parents
    }

    /// `results` in the order they are read back from the store (breakdown, period, group), which
    /// the control's choices between equal candidates follow.
    public static func inStoredOrder(_ results: [IndicatorResult]) -> [IndicatorResult] {
        results.sorted { ($0.breakdown, $0.period, $0.group) < ($1.breakdown, $1.period, $1.group) }
    }

    /// The mask of `results` (one indicator) at `threshold`; `parents` maps a ward or practice code
    /// to its LCP or PCN code.
    public static func solve(_ results: [IndicatorResult], threshold: Int, parents: [String: String] = [:])
        -> DisclosureControl.Outcome
    {
        let primary = results.map { r in
            r.denominator != nil
                && (SmallNumberSuppression.isSmall(r.numerator, threshold: threshold)
                    || SmallNumberSuppression.isSmall(r.denominator ?? 0, threshold: threshold))
        }
        var measures = [whole(results.map(\.numerator))]
        if results.allSatisfy({ $0.denominator != nil }) {
            measures.append(whole(results.map { $0.denominator ?? 0 }))
        }
        let identities = self.identities(results, parents: parents)
        guard measures.allSatisfy({ $0 != nil }) else {
            let driver = results.map { Int($0.numerator.rounded()) }
            return DisclosureControl.solve(
                measures: [driver], primary: primary, identities: identities, threshold: threshold,
                zerosKnown: false,
                exact: false)
        }
        return DisclosureControl.solve(
            measures: measures.compactMap { $0 }, primary: primary, identities: identities,
            threshold: threshold,
            zerosKnown: false)
    }

    /// Each value as a whole number, or nil when any is not one.
    static func whole(_ values: [Double]) -> [Int]? {
        var out: [Int] = []
        out.reserveCapacity(values.count)
        for v in values {
            guard v.rounded() == v, abs(v) < 1e15 else { return nil }
            out.append(Int(v))
        }
        return out
    }

    /// Every identity among `results` (see the type's documentation), in a fixed order.
    public static func identities(_ results: [IndicatorResult], parents: [String: String])
        -> [DisclosureIdentity]
    {
        var city: [String: Int] = [:]
        var groups: [String: [Int]] = [:]
        var index: [String: Int] = [:]
        for (i, r) in results.enumerated() {
            index["\(r.period)|\(r.breakdown)|\(r.group)"] = i
            if r.breakdown == "city" {
                city[r.period] = i
            } else {
                groups["\(r.period)|\(r.breakdown)", default: []].append(i)
            }
        }
        var out: [DisclosureIdentity] = []
        for key in groups.keys.sorted() {
            let period = String(key.prefix { $0 != "|" })
            if let total = city[period] { out.append(DisclosureIdentity(total: total, parts: groups[key]!)) }
        }
        var children: [String: [Int]] = [:]
        for (i, r) in results.enumerated() {
            guard let up = nesting[r.breakdown], let parent = parents[r.group] else { continue }
            children["\(r.period)|\(up)|\(parent)", default: []].append(i)
        }
        for key in children.keys.sorted() {
            if let total = index[key] { out.append(DisclosureIdentity(total: total, parts: children[key]!)) }
        }
        for period in Set(results.map(\.period)).sorted() {
            func at(_ breakdown: String, _ group: String) -> Int? { index["\(period)|\(breakdown)|\(group)"] }
            if let deprived = at("deprivation", "deprived"), let first = at("decile", "1") {
                out.append(DisclosureIdentity(total: deprived, parts: [first]))
            }
            let others = (2...10).compactMap { at("decile", String($0)) }
            if let rest = at("deprivation", "rest"), !others.isEmpty {
                out.append(DisclosureIdentity(total: rest, parts: others))
            }
        }
        return out
    }
}
