import PlaceColumns
import PlaceModel
import Population

extension PopulationDisclosure {
    /// The joint problem of the population, segment and frailty counts over every breakdown,
    /// solved at `threshold` (once; then cached).
    func population(threshold: Int) -> Solved {
        let key = "population|\(threshold)"
        if let cached = cache.withLock({ $0[key] }) { return cached }
        let problem = populationProblem()
        let solved = Solved(problem: problem, outcome: problem.solve(threshold: threshold))
        cache.withLock { $0[key] = solved }
        return solved
    }

    /// The cells and identities of the population, segment and frailty counts (see the type).
    func populationProblem() -> DisclosureProblem {
        var problem = DisclosureProblem()
        var segmentGroups: [(Breakdown, [String])] = []
        var frailtyGroups: [(Breakdown, [String])] = []
        let segments = Segment.allCases.map(\.id)
        let categories = FrailtyCategory.allCases.map(\.name)
        for breakdown in Breakdown.population {
            let b = breakdown.rawValue
            let counts = SegmentCounts(data: data, snapshot: snapshot, by: breakdown)
            for row in counts.rows {
                problem.cell("pop|\(b)|\(row.group)", row.total)
                for (c, id) in counts.segments.enumerated() {
                    problem.cell("seg|\(b)|\(row.group)|\(id)", row.counts[c])
                }
                problem.identity(
                    total: "pop|\(b)|\(row.group)",
                    parts: counts.segments.map { "seg|\(b)|\(row.group)|\($0)" })
            }
            segmentGroups.append((breakdown, counts.rows.map(\.group)))
            let frailty = FrailtySummary(data: data, snapshot: snapshot, by: breakdown)
            for row in frailty.rows {
                let older = Self.olderKey(breakdown, row.group)
                problem.cell(older, row.counts.reduce(0, +))
                for (k, name) in frailty.categories.enumerated() {
                    problem.cell("frail|\(b)|\(row.group)|\(name)", row.counts[k])
                }
                problem.identity(
                    total: older, parts: frailty.categories.map { "frail|\(b)|\(row.group)|\($0)" })
            }
            frailtyGroups.append((breakdown, frailty.rows.map(\.group)))
        }
        Self.addIdentities(&problem, data.areas, groups: segmentGroups) { b, g in
            segments.map { "seg|\(b)|\(g)|\($0)" } + ["pop|\(b)|\(g)"]
        }
        Self.addIdentities(&problem, data.areas, groups: frailtyGroups) { b, g in
            categories.map { "frail|\(b)|\(g)|\($0)" }
                + [Self.olderKey(Breakdown(rawValue: b) ?? .city, g)]
        }
        return problem
    }

    /// For each column of a table published by every breakdown (`keys(breakdown, group)` gives a
    /// row's cells, column by column): the place = Σ each breakdown's rows, and each LCP = Σ its
    /// practices.
    static func addIdentities(
        _ problem: inout DisclosureProblem, _ areas: AreaIndex, groups: [(Breakdown, [String])],
        keys: (String, String) -> [String]
    ) {
        let city = keys(Breakdown.city.rawValue, "city")
        let practices = groups.first { $0.0 == .practice }?.1 ?? []
        let lcpOf = Dictionary(uniqueKeysWithValues: areas.practices.map { ($0.code, $0.lcp) })
        for (breakdown, rows) in groups where breakdown != .city {
            let cells = rows.map { keys(breakdown.rawValue, $0) }
            for (j, total) in city.enumerated() { problem.identity(total: total, parts: cells.map { $0[j] }) }
        }
        for lcp in groups.first(where: { $0.0 == .lcp })?.1 ?? [] {
            let members = practices.filter { lcpOf[$0] == lcp }.map { keys(Breakdown.practice.rawValue, $0) }
            for (j, total) in keys(Breakdown.lcp.rawValue, lcp).enumerated() {
                problem.identity(total: total, parts: members.map { $0[j] })
            }
        }
    }
}
