extension Withheld {
    /// The mask of any table of counts, `counts[r][c]`, whose columns add up to totals (each a
    /// member of the constraints, shown or not) and, when `rowsAdd`, whose rows do too (then
    /// ``rowTotals`` and ``total``, the grand total, are given; otherwise they are empty and
    /// false). Primary and secondary suppression at `threshold` as for the aggregates; zeros are
    /// never withheld.
    public init(table counts: [[Int]], threshold: Int, rowsAdd: Bool) {
        let grid = SuppressionGrid(
            counts.map { $0.map { Optional($0) } }, columns: counts.first?.count ?? 0, threshold: threshold,
            rowsAdd: rowsAdd)
        self.init(cells: grid.cells, rowTotals: rowsAdd ? grid.rowTotals : [], total: grid.total)
    }
}
