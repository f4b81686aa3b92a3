extension SegmentFlows {
    /// Which counts are withheld at `threshold` (the pack's `suppressionThreshold`).
    ///
    /// `cells[r][c]` is `counts[r][c]` (from `fromStates[r]` to `toStates[c]`); no totals are
    /// shown (`rowTotals` is empty, `total` false). Constraints, as if the totals were published
    /// (those of the segments are: persons by segment on each date): each row's total = Σ its
    /// columns, each column's total = Σ its rows, and the persons in the flows = Σ either.
    public func withheld(threshold: Int) -> Withheld {
        let grid = SuppressionGrid(
            counts.map { $0.map { Optional($0) } }, columns: toStates.count, threshold: threshold,
            rowsAdd: true)
        return Withheld(cells: grid.cells)
    }
}
