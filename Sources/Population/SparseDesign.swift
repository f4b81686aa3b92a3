/// A design matrix for a model, one row per person, stored sparsely (most features are 0): the
/// row's non-zero columns and values, with a 0/1 outcome per row.
public struct SparseDesign: Sendable {
    /// Number of columns (features, including the intercept in column 0 when used).
    public let columns: Int
    /// Where each row's entries start; one more than the number of rows.
    public private(set) var offsets: [Int] = [0]
    /// Column of each entry.
    public private(set) var index: [Int32] = []
    /// Value of each entry.
    public private(set) var value: [Double] = []
    /// Outcome of each row.
    public private(set) var outcome: [Bool] = []

    /// An empty design with `columns` columns.
    public init(columns: Int) { self.columns = columns }

    /// Number of rows.
    public var rows: Int { outcome.count }

    /// Appends a row: its non-zero entries (column, value) and its outcome.
    public mutating func append(_ entries: [(Int, Double)], outcome y: Bool) {
        for (c, v) in entries where v != 0 {
            index.append(Int32(c))
            value.append(v)
        }
        offsets.append(index.count)
        outcome.append(y)
    }

    /// Appends the rows of another design with the same columns.
    public mutating func append(contentsOf other: SparseDesign) {
        let base = index.count
        index += other.index
        value += other.value
        offsets += other.offsets.dropFirst().map { $0 + base }
        outcome += other.outcome
    }

    /// The linear predictor of row `r` for coefficients `beta`.
    @inline(__always)
    public func linear(_ r: Int, _ beta: [Double]) -> Double {
        var eta = 0.0
        for k in offsets[r]..<offsets[r + 1] { eta += beta[Int(index[k])] * value[k] }
        return eta
    }
}
