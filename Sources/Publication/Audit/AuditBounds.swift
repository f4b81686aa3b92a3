/// The exact feasible interval of each undetermined cell of a component, by linear programming.
struct AuditBounds {
    /// The smallest feasible value of each column.
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
    static func solve(
        echelon: AuditTableau, rows: [Int], basis: [Int], columnMap: [Int], point: [AuditRational]
    ) throws -> AuditBounds {
        let n = point.count
        var lp = AuditTableau(rowCount: rows.count, width: n)
        for (k, r) in rows.enumerated() {
            for j in echelon.nonzeroColumns(of: r) { lp[k, columnMap[j]] = echelon[r, j] }
            lp.rhs[k] = echelon.rhs[r]
        }
        var simplex = AuditSimplex(tableau: lp, basis: basis)
        try simplex.crossover(from: point)
        var zeroSeen = Array(repeating: false, count: n)
        func noteZeros() {
            for j in 0..<n where !zeroSeen[j] && simplex.value(of: j).isZero { zeroSeen[j] = true }
        }
        noteZeros()
        var upper = [AuditRational?](repeating: nil, count: n)
        for j in 0..<n {
            simplex.setObjective(column: j, sign: 1)
            if case .optimal(let value) = simplex.optimise() { upper[j] = value }
            noteZeros()
        }
        var lower = Array(repeating: AuditRational.zero, count: n)
        for j in 0..<n where !zeroSeen[j] {
            simplex.setObjective(column: j, sign: -1)
            guard case .optimal(let value) = simplex.optimise() else {
                throw DisclosureAnalysisError("internal error: a minimum below zero")
            }
            lower[j] = -value
            noteZeros()
        }
        return AuditBounds(lower: lower, upper: upper)
    }
}
