import Statistics

/// Small-number suppression of a table of counts whose columns (and, when `rowsAdd`, rows) add
/// up to totals. Every total is a member of the constraints, published by the aggregate or not
/// (a place's figure that another breakdown publishes, or one that could be), so the mask is
/// safe whichever totals are shown. A nil cell is a count not shown (a row that does not exist):
/// it is in no constraint and is never withheld. Zeros are taken as known (a 0 is never withheld
/// for another count's sake), so a table with its empty rows left out is suppressed as with them.
struct SuppressionGrid {
    /// Whether each cell is withheld (false for nil cells).
    let cells: [[Bool]]
    /// Whether each row's total is withheld (all false unless rows add).
    let rowTotals: [Bool]
    /// Whether each column's total is withheld.
    let columnTotals: [Bool]
    /// Whether the grand total is withheld (false unless rows add).
    let total: Bool

    /// Suppresses `counts` (rows of `columns` cells) at `threshold`; `alsoWithheld` adds cells to
    /// the primary suppression. Constraints, in this order: each row (when `rowsAdd`), each
    /// column, then (when `rowsAdd`) the grand total as the sum of row totals and of column totals.
    init(
        _ counts: [[Int?]], columns: Int, threshold: Int, rowsAdd: Bool, alsoWithheld: [[Bool]] = []
    ) {
        let rows = counts.count
        var values: [Double] = []
        var primary: [Bool] = []
        var position = [[Int?]](repeating: [Int?](repeating: nil, count: columns), count: rows)
        func add(_ value: Int, _ extra: Bool = false) -> Int {
            values.append(Double(value))
            primary.append(extra || SmallNumberSuppression.isSmall(Double(value), threshold: threshold))
            return values.count - 1
        }
        for r in 0..<rows {
            for c in 0..<columns {
                guard let value = counts[r][c] else { continue }
                let extra = alsoWithheld.indices.contains(r) && alsoWithheld[r][c]
                position[r][c] = add(value, extra)
            }
        }
        var constraints: [SmallNumberSuppression.Constraint] = []
        let rowTotal = (0..<rows).map { r in add(counts[r].compactMap { $0 }.reduce(0, +)) }
        if rowsAdd {
            for r in 0..<rows {
                constraints.append(.init(total: rowTotal[r], parts: position[r].compactMap { $0 }))
            }
        }
        let columnTotal = (0..<columns).map { c in add(counts.compactMap { $0[c] }.reduce(0, +)) }
        for c in 0..<columns {
            constraints.append(.init(total: columnTotal[c], parts: position.compactMap { $0[c] }))
        }
        let grand = add(counts.joined().compactMap { $0 }.reduce(0, +))
        if rowsAdd {
            constraints.append(.init(total: grand, parts: rowTotal))
            constraints.append(.init(total: grand, parts: columnTotal))
        }
        let mask = SmallNumberSuppression.withheld(
            values, primary: primary, constraints: constraints, zerosKnown: true)
        cells = position.map { row in row.map { $0.map { mask[$0] } ?? false } }
        rowTotals = rowsAdd ? rowTotal.map { mask[$0] } : [Bool](repeating: false, count: rows)
        columnTotals = columnTotal.map { mask[$0] }
        total = rowsAdd && mask[grand]
    }
}
