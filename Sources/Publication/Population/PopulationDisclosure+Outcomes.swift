import PlaceModel
import Population

extension PopulationDisclosure {
    /// The mask of `outcomes` (one breakdown's segment outcomes) at `threshold`. Persons are the
    /// segment counts, withheld as the population problem withholds them; each other measure is a
    /// problem of its own over every breakdown (each group × segment; the place = Σ each
    /// breakdown's groups, segment by segment; each LCP = Σ its practices), and bed days are
    /// withheld wherever emergency admissions are.
    public func outcomes(_ outcomes: SegmentOutcomes, threshold: Int) -> Withheld {
        let population = population(threshold: threshold)
        let measures = outcomeMeasures(threshold: threshold)
        let b = outcomes.breakdown.rawValue
        return Withheld(
            cells: outcomes.rows.map { row in
                SegmentOutcomes.measures.indices.map { k in
                    k == 0
                        ? population.hidden("seg|\(b)|\(row.group)|\(row.segment)")
                        : measures[k - 1].hidden(Self.outcomeKey(k, b, row.group, row.segment))
                }
            })
    }

    /// The solved problems of the measures after persons, in ``SegmentOutcomes/measures`` order.
    func outcomeMeasures(threshold: Int) -> [Solved] {
        let key = "outcomes|\(threshold)"
        let count = SegmentOutcomes.measures.count
        let cached = (1..<count).compactMap { k in cache.withLock { $0["\(key)|\(k)"] } }
        if cached.count == count - 1 { return cached }
        let tables = Breakdown.population.map { SegmentOutcomes(data: data, snapshot: snapshot, by: $0) }
        let segments = Segment.allCases.map(\.id)
        var solved: [Solved] = []
        for k in 1..<count {
            var problem = DisclosureProblem()
            var groups: [(Breakdown, [String])] = []
            for table in tables {
                var seen: [String] = []
                for row in table.rows {
                    let b = table.breakdown.rawValue
                    problem.cell(
                        Self.outcomeKey(k, b, row.group, row.segment), SegmentOutcomes.values(row)[k])
                    if !seen.contains(row.group) { seen.append(row.group) }
                }
                groups.append((table.breakdown, seen))
            }
            Self.addIdentities(&problem, data.areas, groups: groups) { b, g in
                segments.map { Self.outcomeKey(k, b, g, $0) }
            }
            // Bed days go with the emergency admissions they belong to.
            let extra: Set<String> =
                k == 2
                ? Set(
                    solved[0].problem.keys.indices.filter { solved[0].outcome.withheld[$0] }.map {
                        "out|2" + solved[0].problem.keys[$0].dropFirst("out|1".count)
                    }) : []
            solved.append(
                Solved(problem: problem, outcome: problem.solve(threshold: threshold, alsoWithheld: extra)))
        }
        for (i, s) in solved.enumerated() { cache.withLock { $0["\(key)|\(i + 1)"] = s } }
        return solved
    }

    /// The cell key of measure `k` for a group and segment of breakdown `b`.
    static func outcomeKey(_ k: Int, _ b: String, _ group: String, _ segment: String) -> String {
        "out|\(k)|\(b)|\(group)|\(segment)"
    }
}
