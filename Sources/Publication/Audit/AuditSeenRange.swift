import BigInt

/// The smallest and largest value of each column at the feasible points a simplex has visited: an
/// inner bound of each column's feasible interval, which only widens.
struct AuditSeenRange {
    /// The smallest value seen of each column.
    private(set) var low: [AuditRational]
    /// The largest value seen of each column.
    private(set) var high: [AuditRational]

    /// Starts from one feasible point.
    init(_ point: [AuditRational]) {
        low = point
        high = point
    }

    /// Takes in the simplex's current basic solution (which is feasible).
    mutating func note(_ simplex: AuditSimplex) {
        for j in low.indices {
            let value = simplex.value(of: j)
            if value < low[j] { low[j] = value }
            if value > high[j] { high[j] = value }
        }
    }

    /// The width of the whole numbers between the smallest and largest value seen of column `j`.
    func width(_ j: Int) -> BigInt { high[j].floor - low[j].ceiling }
}
