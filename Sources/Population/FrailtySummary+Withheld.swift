import Statistics

extension FrailtySummary {
    /// Which counts are withheld at `threshold` (the pack's `suppressionThreshold`).
    ///
    /// `cells[r][c]` is `rows[r].counts[c]` (category `categories[c]`); `rowTotals[r]` is the
    /// row's persons aged 65+ (Σ `counts`; its `meanScore` is withheld with it); there is no place
    /// total (`total` is false). Constraints: each row's total = Σ its categories; each
    /// category's place count (shown by `--by city`) = Σ rows; the place's people aged 65+ = Σ row
    /// totals = Σ categories. The deficits are ``withheldDeficits(threshold:)``.
    public func withheld(threshold: Int) -> Withheld {
        let grid = SuppressionGrid(
            rows.map { $0.counts.map { Optional($0) } }, columns: categories.count, threshold: threshold,
            rowsAdd: true)
        return Withheld(cells: grid.cells, rowTotals: grid.rowTotals)
    }

    /// Whether each of ``deficits`` (its persons and share) is withheld at `threshold`: primary
    /// suppression only, since a person may have many deficits and the counts do not add; all of
    /// them when the place's people aged 65+ (the share's denominator) are a small number.
    public func withheldDeficits(threshold: Int) -> [Bool] {
        let older = rows.map { $0.counts.reduce(0, +) }.reduce(0, +)
        let smallPlace = SmallNumberSuppression.isSmall(Double(older), threshold: threshold)
        return deficits.map {
            smallPlace || SmallNumberSuppression.isSmall(Double($0.persons), threshold: threshold)
        }
    }
}
