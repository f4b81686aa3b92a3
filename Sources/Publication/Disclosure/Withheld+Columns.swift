extension Withheld {
    /// The mask of `table` at `threshold`, solved by the joint control, for a table whose columns
    /// each add up to a published place figure while its rows do not add (a row's counts overlap, as
    /// the scored and those among them in the top 2% do).
    public init(columnsOf table: [[Int]], threshold: Int) {
        var problem = DisclosureProblem()
        let columns = table.map(\.count).max() ?? 0
        for (r, row) in table.enumerated() {
            for (c, value) in row.enumerated() { problem.cell("\(r)|\(c)", value) }
        }
        for c in 0..<columns {
            problem.cell("total|\(c)", table.reduce(0) { $0 + ($1.indices.contains(c) ? $1[c] : 0) })
            problem.identity(total: "total|\(c)", parts: table.indices.map { "\($0)|\(c)" })
        }
        let withheld = problem.solve(threshold: threshold).withheld
        self.init(
            cells: table.enumerated().map { r, row in
                row.indices.map { c in problem.index("\(r)|\(c)").map { withheld[$0] } ?? false }
            })
    }
}
