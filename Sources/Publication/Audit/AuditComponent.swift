/// One connected part of the hidden-cell system: hidden cells linked through identities that contain them,
/// with the published cells already moved to the right-hand sides.
struct AuditComponent {
    /// One identity restricted to hidden cells: Σ coefficient × x[column] = rhs.
    struct Row {
        /// (local column, coefficient) pairs, coefficients nonzero.
        var terms: [(column: Int, coefficient: Int)]
        /// The right-hand side: the offset less the published cells' contributions.
        var rhs: AuditRational
    }

    /// The hidden cells (global indices, increasing); a cell's position here is its local column.
    var cells: [Int]
    /// The true value of each cell, in the order of `cells`.
    var values: [Int]
    /// The identities that contain at least one of the cells.
    var rows: [Row]

    /// Splits a system into components. `rows` hold global cell indices; `hiddenCells` are all hidden cells
    /// in increasing order; `values` are the true values of all cells. A hidden cell in no row forms a
    /// component of its own with no rows.
    static func partition(hiddenCells: [Int], rows: [Row], values: [Int]) -> [AuditComponent] {
        let cellCount = values.count
        var parent = Array(0..<cellCount)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x {
                parent[x] = parent[parent[x]]
                x = parent[x]
            }
            return x
        }
        for row in rows {
            guard let first = row.terms.first?.column else { continue }
            for term in row.terms.dropFirst() {
                let (a, b) = (find(first), find(term.column))
                if a != b { parent[max(a, b)] = min(a, b) }
            }
        }
        var slot = [Int: Int]()
        var components: [AuditComponent] = []
        var local = Array(repeating: -1, count: cellCount)
        for cell in hiddenCells {
            let root = find(cell)
            let k =
                slot[root]
                ?? {
                    components.append(AuditComponent(cells: [], values: [], rows: []))
                    slot[root] = components.count - 1
                    return components.count - 1
                }()
            local[cell] = components[k].cells.count
            components[k].cells.append(cell)
            components[k].values.append(values[cell])
        }
        for row in rows {
            guard let first = row.terms.first?.column, let k = slot[find(first)] else { continue }
            let terms = row.terms.map { (column: local[$0.column], coefficient: $0.coefficient) }
            components[k].rows.append(Row(terms: terms, rhs: row.rhs))
        }
        return components
    }
}
