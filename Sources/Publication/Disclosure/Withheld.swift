/// Which counts of a population aggregate are withheld by small-number suppression: primary
/// (counts from 1 to the threshold − 1; 0 is never withheld for being small) and secondary (further
/// counts, so that none of the withheld can be found by subtraction from published totals). The
/// aggregates' `withheld(threshold:)` methods make it with the shared algorithm,
/// `Statistics.SmallNumberSuppression`; each documents how ``cells`` is indexed and which
/// additive constraints it uses.
public struct Withheld: Sendable, Codable, Hashable {
    /// Whether each count cell is withheld, indexed like the aggregate's own count cells.
    public let cells: [[Bool]]
    /// Whether each row's total is withheld (empty when the aggregate shows no row totals).
    public let rowTotals: [Bool]
    /// Whether the place total is withheld (false when the aggregate shows none).
    public let total: Bool

    /// A mask of `cells`, row totals and place total.
    public init(cells: [[Bool]], rowTotals: [Bool] = [], total: Bool = false) {
        self.cells = cells
        self.rowTotals = rowTotals
        self.total = total
    }

    /// Whether the count in `row`, `column` is withheld (false outside the mask).
    public func isWithheld(_ row: Int, _ column: Int) -> Bool {
        cells.indices.contains(row) && cells[row].indices.contains(column) && cells[row][column]
    }

    /// Whether `row`'s total is withheld (false when there are no row totals).
    public func isRowTotalWithheld(_ row: Int) -> Bool {
        rowTotals.indices.contains(row) && rowTotals[row]
    }

    /// How many cells, row totals and totals are withheld.
    public var count: Int {
        cells.joined().filter { $0 }.count + rowTotals.filter { $0 }.count + (total ? 1 : 0)
    }
}
