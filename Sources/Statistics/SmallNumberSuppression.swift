/// Primary and secondary small-number suppression of counts linked by additive constraints.
///
/// Primary: a count from 1 to threshold − 1 is withheld (0 is not). Secondary: published totals
/// must not give a withheld count away by subtraction. Each ``Constraint`` says that one count
/// (the total) is the sum of others (the parts). Whenever a constraint has exactly one withheld
/// member, the smallest published part is withheld too (the total when every part is withheld),
/// constraints being visited in the order given, until no constraint has exactly one withheld
/// member; then no withheld count can be found from one constraint and published counts.
public enum SmallNumberSuppression {
    /// An additive relation among counts: `total` = Σ `parts` (positions in the counts).
    public struct Constraint: Sendable, Hashable {
        /// The position of the total.
        public let total: Int
        /// The positions of the parts.
        public let parts: [Int]

        /// A relation `counts[total]` = Σ `counts[parts]`.
        public init(total: Int, parts: [Int]) {
            self.total = total
            self.parts = parts
        }
    }

    /// Whether `count` is a small number: from 1 to `threshold` − 1.
    public static func isSmall(_ count: Double, threshold: Int) -> Bool {
        count >= 1 && count < Double(threshold)
    }

    /// The primary mask of `counts`: each small number withheld.
    public static func primary(_ counts: [Double], threshold: Int) -> [Bool] {
        counts.map { isSmall($0, threshold: threshold) }
    }

    /// The withheld mask: `primary` (the counts withheld already, one per count) extended by
    /// secondary suppression over `constraints`. Among parts of equal count the first listed is
    /// withheld. With `zerosKnown`, a 0 is never withheld for another's sake (readers can tell a
    /// 0, e.g. from a row that is not shown, so withholding it protects nothing): when only zeros
    /// are left to withhold, the total is withheld instead. Cells `published` marks (known to be shown
    /// elsewhere) are never withheld for another's sake. Pure and deterministic.
    public static func withheld(
        _ counts: [Double], primary: [Bool], constraints: [Constraint], zerosKnown: Bool = false,
        published: [Bool]? = nil
    ) -> [Bool] {
        precondition(counts.count == primary.count, "one primary flag per count")
        let fixed = published ?? Array(repeating: false, count: counts.count)
        var hidden = primary
        var changed = true
        while changed {
            changed = false
            for constraint in constraints {
                let members = [constraint.total] + constraint.parts
                guard members.filter({ hidden[$0] }).count == 1 else { continue }
                let candidates = constraint.parts.filter {
                    !hidden[$0] && !fixed[$0] && !(zerosKnown && counts[$0] == 0)
                }
                if let next = candidates.min(by: { counts[$0] < counts[$1] }) {
                    hidden[next] = true
                } else if !hidden[constraint.total], !fixed[constraint.total] {
                    hidden[constraint.total] = true
                } else {
                    continue
                }
                changed = true
            }
        }
        return hidden
    }

    /// Primary then secondary suppression of `counts` at `threshold` over `constraints`.
    public static func withheld(
        _ counts: [Double], threshold: Int, constraints: [Constraint], zerosKnown: Bool = false
    ) -> [Bool] {
        withheld(
            counts, primary: primary(counts, threshold: threshold), constraints: constraints,
            zerosKnown: zerosKnown)
    }
}
