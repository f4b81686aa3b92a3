import Statistics

extension CohortCounts {
    /// Which counts are withheld at `threshold` (the pack's `suppressionThreshold`).
    ///
    /// `cells[r]` is `[rows[r].persons, rows[r].population]`; `total` is ``total``; there are no
    /// row totals (a row's persons are among its population: they do not add). Constraints: the
    /// place's persons in the cohort = Σ rows' persons, and the place's population = Σ rows'
    /// populations (shown by `--by city`). The rows of every breakdown partition the people
    /// present (the unregistered are a practice row `none`, an unknown decile a row of its own),
    /// so both hold exactly; were ``total`` ever not the sum of the rows, the rest would not be
    /// published, no constraint would link them, and ``total`` would only be primary-suppressed.
    public func withheld(threshold: Int) -> Withheld {
        let grid = SuppressionGrid(
            rows.map { [$0.persons, $0.population] }, columns: 2, threshold: threshold, rowsAdd: false)
        let exact = rows.map(\.persons).reduce(0, +) == total
        return Withheld(
            cells: grid.cells,
            total: exact
                ? grid.columnTotals[0] : SmallNumberSuppression.isSmall(Double(total), threshold: threshold))
    }
}
