import Population
import Statistics

extension PopulationDisclosure {
    /// The flow tables the population pages publish: everyone, the most deprived decile (IMD decile
    /// 1), deciles 2 to 10.
    public static let publishedDeciles: [ClosedRange<Int>?] = [nil, 1...1, 2...10]

    /// The masks of flow tables published together, solved jointly: `tables[0]` is everyone's flows,
    /// the others split the same people (the most deprived decile, the rest), so that they add up to
    /// the first cell by cell. Each table's row totals (the segments a year before) and column totals
    /// (the segments on the date) are cells of the problem, published unless withheld, whether or not another page
    /// shows them; the control may withhold a row or column total of a split table (no page shows
    /// those). One mask per table, in order.
    public static func flows(_ tables: [SegmentFlows], threshold: Int) -> [Withheld] {
        let problem = flowsProblem(tables)
        return masks(tables, problem, solve(problem, tables, threshold: threshold))
    }

    /// The control's mask of ``flowsProblem(_:)``: everyone's column totals (the place's segments
    /// on the date, which the population page shows) are never withheld for another's sake.
    static func solve(_ problem: DisclosureProblem, _ tables: [SegmentFlows], threshold: Int) -> [Bool] {
        let shown = Set((tables.first?.toStates.indices ?? 0..<0).map { "fc|0|\($0)" })
        return problem.solve(threshold: threshold, published: shown).withheld
    }

    /// The flow tables' cells (`f|table|row|column`, `fr|table|row`, `fc|table|column`) and
    /// identities: rows and columns add up to their totals, and the split tables to the first.
    static func flowsProblem(_ tables: [SegmentFlows]) -> DisclosureProblem {
        var problem = DisclosureProblem()
        for (t, table) in tables.enumerated() {
            let columns = table.toStates.indices
            for (r, row) in table.counts.enumerated() {
                for c in columns { problem.cell("f|\(t)|\(r)|\(c)", row[c]) }
                problem.cell("fr|\(t)|\(r)", row.reduce(0, +))
            }
            for c in columns { problem.cell("fc|\(t)|\(c)", table.counts.reduce(0) { $0 + $1[c] }) }
            for r in table.counts.indices {
                problem.identity(total: "fr|\(t)|\(r)", parts: columns.map { "f|\(t)|\(r)|\($0)" })
            }
            for c in columns {
                problem.identity(
                    total: "fc|\(t)|\(c)", parts: table.counts.indices.map { "f|\(t)|\($0)|\(c)" })
            }
        }
        guard let first = tables.first, tables.count > 1 else { return problem }
        let split = 1..<tables.count
        for r in first.counts.indices {
            for c in first.toStates.indices {
                problem.identity(total: "f|0|\(r)|\(c)", parts: split.map { "f|\($0)|\(r)|\(c)" })
            }
            problem.identity(total: "fr|0|\(r)", parts: split.map { "fr|\($0)|\(r)" })
        }
        for c in first.toStates.indices {
            problem.identity(total: "fc|0|\(c)", parts: split.map { "fc|\($0)|\(c)" })
        }
        return problem
    }

    /// Each table's slice of a mask of ``flowsProblem(_:)``.
    static func masks(_ tables: [SegmentFlows], _ problem: DisclosureProblem, _ withheld: [Bool])
        -> [Withheld]
    {
        tables.enumerated().map { t, table in
            Withheld(
                cells: table.counts.indices.map { r in
                    table.toStates.indices.map { c in
                        problem.index("f|\(t)|\(r)|\(c)").map { withheld[$0] } ?? true
                    }
                })
        }
    }

    /// The audit of the flow tables: every cell withheld as the control withholds it, except the
    /// column totals of everyone's flows (the place's segments on the date, which the population
    /// page shows), taken as published unless small.
    static func auditFlows(_ tables: [SegmentFlows], threshold: Int) -> DisclosureAudit.Finding {
        let problem = flowsProblem(tables)
        let withheld = solve(problem, tables, threshold: threshold)
        let hidden = problem.keys.indices.map { i in
            problem.keys[i].hasPrefix("fc|0|")
                ? SmallNumberSuppression.isSmall(Double(problem.values[i]), threshold: threshold)
                : withheld[i]
        }
        return DisclosureAudit.check(
            "segment flows", keys: problem.keys, measures: [problem.values], hidden: hidden,
            identities: problem.identities, threshold: threshold)
    }
}
