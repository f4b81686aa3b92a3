/// Crossover: a first basic feasible solution from a known feasible point, in place of a phase 1.
extension AuditSimplex {
    /// Moves from `point`, which satisfies every row and is ≥ 0 but need not be basic, to a basic feasible
    /// solution: each nonbasic column with a positive value is lowered to zero, and when a basic column
    /// would go negative first, the two are exchanged by a pivot. The point stays feasible throughout, so
    /// there is no degeneracy to cycle on and at most one pivot per column. The tableau must be in canonical
    /// form for the current basis.
    ///
    /// - Throws: ``DisclosureAnalysisError`` when `point` does not satisfy the rows (an internal error).
    mutating func crossover(from point: [AuditRational]) throws {
        var x = point
        for j in 0..<tableau.width where basicRow[j] < 0 && x[j].signum > 0 {
            var leaving = -1
            var limit = AuditRational.zero
            for r in 0..<tableau.rowCount {
                let a = tableau[r, j]
                guard a.signum < 0 else { continue }
                let t = x[basis[r]] / -a
                if leaving < 0 || t < limit { (leaving, limit) = (r, t) }
            }
            let pivots = leaving >= 0 && limit < x[j]
            let step = pivots ? limit : x[j]
            if !step.isZero {
                for r in 0..<tableau.rowCount where !tableau[r, j].isZero {
                    x[basis[r]] = x[basis[r]] + tableau[r, j] * step
                }
                x[j] = x[j] - step
            }
            if pivots {
                x[basis[leaving]] = .zero
                pivot(row: leaving, column: j)
            }
        }
        for r in 0..<tableau.rowCount where tableau.rhs[r] != x[basis[r]] || x[basis[r]].signum < 0 {
            throw DisclosureAnalysisError(
                "internal error: the true values do not satisfy the reduced identities")
        }
    }
}
