/// The primal simplex method in exact arithmetic over an ``AuditTableau`` kept in canonical form: each
/// constraint row has one basic column, which is 1 in that row and 0 in every other row.
///
/// It pivots by Dantzig's rule (the most negative objective entry, lowest column on ties) and switches to
/// Bland's rule after a run of degenerate pivots, so it cannot cycle. Objectives can be changed between
/// solves, so later solves start from the basis an earlier one ended in.
struct AuditSimplex {
    /// How a solve ended.
    enum Outcome: Equatable {
        /// The maximum, attained at the current basic solution.
        case optimal(AuditRational)
        /// The objective grows without bound.
        case unbounded
        /// The objective reached the target given, at the current basic solution (not necessarily the
        /// maximum).
        case reached(AuditRational)
    }

    /// Degenerate pivots in a row after which Bland's rule takes over.
    static let blandAfter = 50

    /// The tableau.
    private(set) var tableau: AuditTableau
    /// The basic column of each constraint row.
    private(set) var basis: [Int]
    /// The row in which each column is basic, or −1.
    private(set) var basicRow: [Int]
    /// Starts from a tableau in canonical form for the given basis. ``optimise()`` needs the basic solution
    /// to be feasible (every rhs ≥ 0); ``crossover(from:)`` makes it so from a known feasible point.
    init(tableau: AuditTableau, basis: [Int]) {
        self.tableau = tableau
        self.basis = basis
        basicRow = Array(repeating: -1, count: tableau.width)
        for (r, c) in basis.enumerated() { basicRow[c] = r }
    }

    /// The value of a column in the current basic solution.
    func value(of column: Int) -> AuditRational {
        let r = basicRow[column]
        return r < 0 ? .zero : tableau.rhs[r]
    }

    /// Pivots `column` into the basis in `row`.
    mutating func pivot(row: Int, column: Int) {
        tableau.pivot(row: row, column: column)
        basicRow[basis[row]] = -1
        basis[row] = column
        basicRow[column] = row
    }

    /// Makes the objective "maximise sign × x[column]" (sign is +1 or −1).
    mutating func setObjective(column: Int, sign: Int) {
        tableau.clearObjective()
        let o = tableau.objectiveRow
        let s = AuditRational(sign)
        let r = basicRow[column]
        guard r >= 0 else {
            tableau[o, column] = -s
            return
        }
        for j in tableau.nonzeroColumns(of: r) where j != column { tableau[o, j] = s * tableau[r, j] }
        tableau.rhs[o] = s * tableau.rhs[r]
    }

    /// Maximises the current objective from the current basis; with a `target`, stops as soon as the
    /// objective is at least the target.
    mutating func optimise(until target: AuditRational? = nil) -> Outcome {
        let o = tableau.objectiveRow
        var degenerateRun = 0
        while true {
            if let target, tableau.rhs[o] >= target { return .reached(tableau.rhs[o]) }
            let bland = degenerateRun >= Self.blandAfter
            var entering = -1
            var best = AuditRational.zero
            for j in 0..<tableau.width {
                let d = tableau[o, j]
                guard d.signum < 0 else { continue }
                if bland { entering = j; break }
                if entering < 0 || d < best { (entering, best) = (j, d) }
            }
            guard entering >= 0 else { return .optimal(tableau.rhs[o]) }
            var leaving = -1
            var ratio = AuditRational.zero
            for r in 0..<tableau.rowCount {
                let a = tableau[r, entering]
                guard a.signum > 0 else { continue }
                let q = tableau.rhs[r].isZero ? .zero : tableau.rhs[r] / a
                if leaving < 0 || q < ratio || (q == ratio && basis[r] < basis[leaving]) {
                    (leaving, ratio) = (r, q)
                }
            }
            guard leaving >= 0 else { return .unbounded }
            degenerateRun = ratio.isZero ? degenerateRun + 1 : 0
            pivot(row: leaving, column: entering)
        }
    }
}
