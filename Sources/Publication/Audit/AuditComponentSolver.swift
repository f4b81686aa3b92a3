import BigInt

/// Solves one ``AuditComponent`` exactly: which cells the identities determine (from the reduced row
/// echelon form), then the smallest and largest value of every other cell by linear programming with all
/// cells ≥ 0: one crossover from the true values to a first basic feasible solution, then every objective
/// re-optimised from the basis the previous one ended in.
enum AuditComponentSolver {
    /// The findings for the component's cells, in the order of `component.cells`.
    /// With a `threshold`, intervals are sharpened only as far as deciding exposure needs
    /// (``AuditBounds``).
    static func solve(_ component: AuditComponent, threshold: Int? = nil) throws -> [HiddenCellFinding] {
        let cells = component.cells
        var echelon = AuditTableau(rowCount: component.rows.count, width: cells.count)
        for (r, row) in component.rows.enumerated() {
            for term in row.terms {
                echelon[r, term.column] = echelon[r, term.column] + AuditRational(term.coefficient)
            }
            echelon.rhs[r] = row.rhs
        }
        let pivotColumns = try reduce(&echelon)
        var findings = [HiddenCellFinding?](repeating: nil, count: cells.count)
        var keptRows: [Int] = []
        for (r, c) in pivotColumns.enumerated() {
            if echelon.nonzeroColumns(of: r) == [c] {
                let value = echelon.rhs[r]
                findings[c] = HiddenCellFinding(
                    cell: cells[c], determined: true, lower: clamped(value.ceiling),
                    upper: clamped(value.floor))
            } else {
                keptRows.append(r)
            }
        }
        let free = cells.indices.filter { findings[$0] == nil }
        guard !free.isEmpty else { return findings.map { $0! } }
        var lpColumn = Array(repeating: -1, count: cells.count)
        for (k, c) in free.enumerated() { lpColumn[c] = k }
        let basis = keptRows.map { lpColumn[pivotColumns[$0]] }
        let point = free.map { AuditRational(component.values[$0]) }
        let bounds = try AuditBounds.solve(
            echelon: echelon, rows: keptRows, basis: basis, columnMap: lpColumn, point: point,
            threshold: threshold)
        for (k, c) in free.enumerated() {
            findings[c] = HiddenCellFinding(
                cell: cells[c], determined: false, lower: clamped(bounds.lower[k].ceiling),
                upper: bounds.upper[k].map { clamped($0.floor) })
        }
        return findings.map { $0! }
    }

    /// Brings `tableau` to reduced row echelon form (rows swapped so the pivot rows come first) and returns
    /// the pivot column of each leading row. Throws when a zero row keeps a nonzero right-hand side.
    static func reduce(_ tableau: inout AuditTableau) throws -> [Int] {
        let m = tableau.rowCount
        var pivotColumns: [Int] = []
        for c in 0..<tableau.width where pivotColumns.count < m {
            let rank = pivotColumns.count
            var chosen = -1
            for r in rank..<m {
                let a = tableau[r, c]
                if a.isZero { continue }
                if chosen < 0 { chosen = r }
                if a.wide == nil && a.den == 1 && abs(a.num) == 1 {
                    chosen = r
                    break
                }
            }
            guard chosen >= 0 else { continue }
            tableau.swapRows(chosen, rank)
            tableau.pivot(row: rank, column: c)
            pivotColumns.append(c)
        }
        for r in pivotColumns.count..<m where !tableau.rhs[r].isZero {
            throw DisclosureAnalysisError("the identities among the hidden cells have no solution")
        }
        return pivotColumns
    }

    /// An integer as `Int`, clamped to the `Int` range.
    static func clamped(_ value: BigInt) -> Int {
        Int(exactly: value) ?? (value.signum() > 0 ? .max : .min)
    }
}
