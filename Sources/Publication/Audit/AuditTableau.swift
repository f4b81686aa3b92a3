/// A dense tableau of exact rationals for Gauss–Jordan elimination and the simplex method.
///
/// It has `rowCount` constraint rows and, after them, one objective row (index `rowCount`), each `width`
/// entries wide, plus a right-hand side per row. Row r of a simplex tableau reads
/// Σ_j self[r, j] x_j = rhs[r]; the objective row holds minus the reduced costs and, on its right-hand side,
/// the objective value of the current basic solution.
struct AuditTableau {
    /// The number of constraint rows.
    let rowCount: Int
    /// The number of columns.
    let width: Int
    /// The entries, row by row, the objective row last.
    private(set) var entries: [AuditRational]
    /// The right-hand sides, the objective value last.
    var rhs: [AuditRational]

    /// A tableau of zeros.
    init(rowCount: Int, width: Int) {
        self.rowCount = rowCount
        self.width = width
        entries = Array(repeating: .zero, count: (rowCount + 1) * width)
        rhs = Array(repeating: .zero, count: rowCount + 1)
    }

    /// The index of the objective row.
    var objectiveRow: Int { rowCount }

    /// The entry in `row` and `column`.
    subscript(row: Int, column: Int) -> AuditRational {
        get { entries[row * width + column] }
        set { entries[row * width + column] = newValue }
    }

    /// The columns where `row` is not zero.
    func nonzeroColumns(of row: Int) -> [Int] {
        let base = row * width
        return (0..<width).filter { !entries[base + $0].isZero }
    }

    /// Exchanges two rows and their right-hand sides.
    mutating func swapRows(_ a: Int, _ b: Int) {
        guard a != b else { return }
        for j in 0..<width { entries.swapAt(a * width + j, b * width + j) }
        rhs.swapAt(a, b)
    }

    /// Multiplies a row and its right-hand side by −1.
    mutating func negateRow(_ row: Int) {
        for j in 0..<width where !self[row, j].isZero { self[row, j] = -self[row, j] }
        rhs[row] = -rhs[row]
    }

    /// Sets the objective row and value to zero.
    mutating func clearObjective() {
        let base = objectiveRow * width
        for j in 0..<width where !entries[base + j].isZero { entries[base + j] = .zero }
        rhs[objectiveRow] = .zero
    }

    /// Scales `row` so that its entry in `column` is 1 and clears `column` from every other row, the
    /// objective row included. Only rows with a nonzero entry in `column` and only the pivot row's nonzero
    /// columns are touched.
    mutating func pivot(row: Int, column: Int) {
        let w = width
        let base = row * w
        let p = entries[base + column]
        precondition(!p.isZero, "pivot on zero")
        let columns = nonzeroColumns(of: row)
        var pivotRHS = rhs[row]
        var b: [AuditRational] = []
        swap(&b, &rhs)
        entries.withUnsafeMutableBufferPointer { e in
            if p != .one {
                let inverse = p.reciprocal
                for j in columns { e[base + j] = e[base + j] * inverse }
                pivotRHS = pivotRHS * inverse
            }
            for i in 0...rowCount where i != row {
                let offset = i * w
                let f = e[offset + column]
                if f.isZero { continue }
                for j in columns { e[offset + j] = e[offset + j].subtractingProduct(f, e[base + j]) }
                b[i] = b[i].subtractingProduct(f, pivotRHS)
            }
        }
        b[row] = pivotRHS
        swap(&b, &rhs)
    }

    /// A copy holding only the given rows (the objective row is reset) and the first `keptWidth` columns.
    func restricted(toRows rows: [Int], keptWidth: Int) -> AuditTableau {
        var result = AuditTableau(rowCount: rows.count, width: keptWidth)
        for (k, r) in rows.enumerated() {
            for j in 0..<keptWidth { result[k, j] = self[r, j] }
            result.rhs[k] = rhs[r]
        }
        return result
    }
}
