import BigInt

/// The feasible interval of each undetermined cell of a component, by linear programming.
struct AuditBounds {
    /// The smallest feasible value of each column (see ``solve(echelon:rows:basis:columnMap:point:threshold:)``
    /// for when it is a value attained rather than the minimum).
    var lower: [AuditRational]
    /// The largest feasible value of each column, nil when unbounded.
    var upper: [AuditRational?]

    /// Solves min and max of every column subject to the kept `rows` of a reduced row echelon `echelon`
    /// and all columns ≥ 0.
    ///
    /// `columnMap` maps echelon columns to LP columns (−1 for dropped, determined columns, which are zero
    /// in the kept rows); `basis` is the LP column of each kept row's pivot; `point` is a feasible point (the
    /// true values) of the LP columns, from which crossover finds the first basic feasible solution. Each
    /// objective then starts from the basis the previous one ended in; a minimum is skipped when some basic
    /// solution already visited has the column at zero.
    ///
    /// With a `threshold`, only whether a column is exposed (its whole-number interval narrower than
    /// `threshold − 1`) matters: once two feasible points visited show the column's interval at least that
    /// wide, it is sharpened no further, and its `lower` and `upper` are those values attained (inside the
    /// exact interval, and as wide as needed to show it safe).
    static func solve(
        echelon: AuditTableau, rows: [Int], basis: [Int], columnMap: [Int], point: [AuditRational],
        threshold: Int? = nil
    ) throws -> AuditBounds {
        let n = point.count
        var lp = AuditTableau(rowCount: rows.count, width: n)
        for (k, r) in rows.enumerated() {
            for j in echelon.nonzeroColumns(of: r) { lp[k, columnMap[j]] = echelon[r, j] }
            lp.rhs[k] = echelon.rhs[r]
        }
        var simplex = AuditSimplex(tableau: lp, basis: basis)
        try simplex.crossover(from: point)
        var seen = AuditSeenRange(point)
        seen.note(simplex)
        let spread = threshold.map { BigInt(max($0 - 1, 0)) }
        var upper = [AuditRational?](repeating: nil, count: n)
        var settled = Array(repeating: false, count: n)
        var unbounded = Array(repeating: false, count: n)
        for j in 0..<n {
            if let spread, seen.width(j) >= spread {
                settled[j] = true
                continue
            }
            simplex.setObjective(column: j, sign: 1)
            let target = spread.map { AuditRational.reduced(seen.low[j].ceiling + $0, 1) }
            switch simplex.optimise(until: target) {
            case .optimal(let value): upper[j] = value
            case .unbounded:
                unbounded[j] = true
                settled[j] = threshold != nil
            case .reached: settled[j] = true
            }
            seen.note(simplex)
        }
        var lower = Array(repeating: AuditRational.zero, count: n)
        for j in 0..<n where !settled[j] && !seen.low[j].isZero {
            simplex.setObjective(column: j, sign: -1)
            // Stop once the column is low enough to leave its interval wide: x ≤ ⌊upper⌋ − spread.
            var target: AuditRational?
            if let spread, let top = upper[j] { target = .reduced(spread - top.floor, 1) }
            switch simplex.optimise(until: target) {
            case .optimal(let value): lower[j] = -value
            case .reached: settled[j] = true
            case .unbounded: throw DisclosureAnalysisError("internal error: a minimum below zero")
            }
            seen.note(simplex)
        }
        for j in 0..<n where settled[j] {
            lower[j] = seen.low[j]
            if upper[j] == nil, !unbounded[j] { upper[j] = seen.high[j] }
        }
        return AuditBounds(lower: lower, upper: upper)
    }
}
