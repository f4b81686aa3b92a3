extension SegmentCounts {
    /// Which counts are withheld at `threshold` (the pack's `suppressionThreshold`).
    ///
    /// `cells[r][c]` is `rows[r].counts[c]` (segment `segments[c]`); `rowTotals[r]` is
    /// `rows[r].total`; there is no place total (`total` is false). Constraints: each row's total
    /// = Σ its segments; each segment's place count (shown by `--by city`) = Σ rows, since the
    /// rows of every breakdown partition the people present; the place population = Σ row totals
    /// = Σ segments. ``SegmentOutcomes/withheld(threshold:)`` withholds the same persons.
    public func withheld(threshold: Int) -> Withheld {
        let grid = SuppressionGrid(
            rows.map { $0.counts.map { Optional($0) } }, columns: segments.count, threshold: threshold,
            rowsAdd: true)
        return Withheld(cells: grid.cells, rowTotals: grid.rowTotals)
    }
}
