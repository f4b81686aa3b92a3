import Statistics

/// Small-number suppression solved jointly over every published table of one quantity.
///
/// The cells are every figure of the quantity that one audience can see (each breakdown, each area
/// level, each period), and the identities every exact relation between them (an area level sums to
/// its parent and to the city; deprived equals decile 1; ...). Primary suppression withholds counts
/// from 1 to `threshold` − 1. Secondary suppression first closes the mask under the rule "no identity
/// has exactly one withheld member" (``SmallNumberSuppression``), then proves it with the exact
/// ``DisclosureAnalysis``: while any withheld cell is determined by the published figures, or bounded
/// to an interval narrower than the small-number range, one more published member of an identity
/// through that cell is withheld (its smallest non-zero part, else its total), and both steps repeat.
/// The mask returned is one the analysis passed, unless nothing is left to withhold (``Outcome``).
public enum DisclosureControl {
    /// A solved mask, and whether the exact analysis passed it.
    public struct Outcome: Sendable, Equatable {
        /// Whether each cell is withheld.
        public let withheld: [Bool]
        /// Cells the analysis still finds exposed (empty when proven safe or not analysed).
        public let exposed: [Int]
        /// Whether the exact analysis ran (it needs whole-number measures).
        public let proven: Bool
    }

    /// Solves the mask of `measures` (one or more whole-number measures of the same cells, e.g.
    /// numerators and denominators, which share one mask; the first drives the choice of cells) with
    /// `primary` already withheld, over `identities` (structure only: offsets are read from each
    /// measure, so a residual such as the unregistered is taken as known to the reader). With
    /// `zerosKnown`, a 0 is not withheld for another's sake while a non-zero candidate remains.
    /// Without `exact`, only the rule is applied (for measures that are not counts).
    ///
    /// Cells `published` marks are shown elsewhere whatever this control decides: they are never
    /// withheld for another's sake (a small one is still withheld if `primary` says so).
    public static func solve(
        measures: [[Int]], primary: [Bool], identities: [DisclosureIdentity], threshold: Int,
        zerosKnown: Bool = true, exact: Bool = true, published: [Bool]? = nil
    ) -> Outcome {
        guard let driver = measures.first else {
            return Outcome(withheld: primary, exposed: [], proven: false)
        }
        let values = driver.map(Double.init)
        let constraints = identities.map {
            SmallNumberSuppression.Constraint(total: $0.total, parts: $0.parts)
        }
        var fixed = zip(published ?? primary.map { _ in false }, primary).map { $0 && !$1 }
        var hidden = SmallNumberSuppression.withheld(
            values, primary: primary, constraints: constraints, zerosKnown: zerosKnown, published: fixed)
        guard exact else { return Outcome(withheld: hidden, exposed: [], proven: false) }
        let through = membership(identities, cells: driver.count)
        var solved = Array(repeating: [[Int]: [HiddenCellFinding]](), count: measures.count)
        while true {
            var determined = Set<Int>()
            let exposed = self.exposed(
                measures, hidden: hidden, identities: identities, threshold: threshold, solved: &solved,
                determined: &determined)
            guard !exposed.isEmpty else { return Outcome(withheld: hidden, exposed: [], proven: true) }
            var next = hidden
            var touched = Set<Int>()  // identities that got a new withheld member this round
            for cell in exposed where through[cell].allSatisfy({ !touched.contains($0) }) {
                if let partner = partner(
                    of: cell, driver, next, identities, through, zerosKnown: zerosKnown, fixed: fixed)
                {
                    next[partner] = true
                    touched.formUnion(through[partner])
                }
            }
            if next == hidden {
                // No partner is left. A cell withheld for another's sake that the published figures
                // determine protects nothing (its value is implied): it is published, which changes
                // no other cell's bounds, and stays published.
                let implied = exposed.filter { determined.contains($0) && !primary[$0] }
                guard !implied.isEmpty else {
                    return Outcome(withheld: hidden, exposed: exposed, proven: true)
                }
                for cell in implied { (hidden[cell], fixed[cell]) = (false, true) }
                continue
            }
            hidden = SmallNumberSuppression.withheld(
                values, primary: next, constraints: constraints, zerosKnown: zerosKnown, published: fixed)
        }
    }

    /// The withheld cells that the exact analysis finds exposed in any measure (sorted, unique).
    public static func exposed(
        _ measures: [[Int]], hidden: [Bool], identities: [DisclosureIdentity], threshold: Int
    ) -> [Int] {
        var solved = Array(repeating: [[Int]: [HiddenCellFinding]](), count: measures.count)
        var determined = Set<Int>()
        return exposed(
            measures, hidden: hidden, identities: identities, threshold: threshold, solved: &solved,
            determined: &determined)
    }

    /// ``exposed(_:hidden:identities:threshold:)``, reusing and adding to the components already
    /// solved for each measure (`solved[m]` for `measures[m]`), as rounds of ``solve`` do, and
    /// adding the withheld cells found determined to `determined`.
    static func exposed(
        _ measures: [[Int]], hidden: [Bool], identities: [DisclosureIdentity], threshold: Int,
        solved: inout [[[Int]: [HiddenCellFinding]]], determined: inout Set<Int>
    ) -> [Int] {
        guard hidden.contains(true) else { return [] }
        var out = Set<Int>()
        for (m, values) in measures.enumerated() {
            let exact = identities.map { identity in
                DisclosureIdentity(
                    total: identity.total, parts: identity.parts,
                    offset: values[identity.total] - identity.parts.reduce(0) { $0 + values[$1] })
            }
            guard
                let findings = try? DisclosureAnalysis.analyse(
                    values: values, hidden: hidden, identities: exact, threshold: threshold,
                    solved: &solved[m])
            else { return hidden.indices.filter { hidden[$0] } }
            out.formUnion(
                findings.filter { DisclosureAnalysis.exposes($0, threshold: threshold) }.map(\.cell))
            determined.formUnion(findings.filter(\.determined).map(\.cell))
        }
        return out.sorted()
    }

    /// For each cell, the identities it belongs to.
    static func membership(_ identities: [DisclosureIdentity], cells: Int) -> [[Int]] {
        var through = [[Int]](repeating: [], count: cells)
        for (k, identity) in identities.enumerated() {
            for member in [identity.total] + identity.parts { through[member].append(k) }
        }
        return through
    }

    /// The published cell to withhold for exposed `cell`. The identities searched are those through
    /// it and, when all their members are withheld already, those reached through their withheld
    /// members (a cell can be determined by a chain of identities). Among their published members:
    /// the smallest non-zero part, else a total, else (unless `zerosKnown`) a zero part.
    static func partner(
        of cell: Int, _ values: [Int], _ hidden: [Bool], _ identities: [DisclosureIdentity],
        _ through: [[Int]],
        zerosKnown: Bool, fixed: [Bool]
    ) -> Int? {
        var seenIdentities = Set<Int>()
        var seenCells: Set<Int> = [cell]
        var frontier = [cell]
        while !frontier.isEmpty {
            let around = frontier.flatMap { through[$0] }.filter { seenIdentities.insert($0).inserted }
            let members = around.map { identities[$0] }
            let parts = members.flatMap(\.parts).filter { !hidden[$0] && !fixed[$0] }
            if let best = parts.filter({ values[$0] != 0 }).min(by: { (values[$0], $0) < (values[$1], $1) }) {
                return best
            }
            if let total = members.map(\.total).first(where: { !hidden[$0] && !fixed[$0] }) { return total }
            if !zerosKnown, let zero = parts.min() { return zero }
            frontier = members.flatMap { [$0.total] + $0.parts }.filter {
                hidden[$0] && seenCells.insert($0).inserted
            }
        }
        return nil
    }
}
