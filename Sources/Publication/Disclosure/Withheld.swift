/// Which counts of one published table are withheld by the disclosure control: primary (counts from
/// 1 to the threshold − 1; 0 is never withheld for being small) and secondary (further counts, so
/// that none withheld can be worked out from everything published with it). ``PopulationDisclosure``,
/// ``RiskDisclosure`` and ``init(columnsOf:threshold:)`` make it, each saying how ``cells`` is
/// indexed.
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
