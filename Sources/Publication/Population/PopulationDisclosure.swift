import PlaceModel
import Population
import Synchronization

/// Disclosure control of the population aggregates, solved jointly over every breakdown.
///
/// One problem holds the population by group (every breakdown's rows), the segment counts and the
/// frailty counts: a figure shown in two tables is one cell (a group's population is the segment
/// table's row total and a cohort table's population; an age band's people aged 65+ are the frailty
/// table's row total there). Identities: each row's total is the sum of its columns; each breakdown's
/// rows add up to the place, column by column and in total; each LCP's rows equal the sum of its
/// practices' (the unregistered living there are taken as known to the reader); the place's people
/// aged 65+ are the sum of the three older life stages. Each cohort's persons are a second problem
/// with the same identities. A table's mask is its slice of the joint mask, so the tables of one
/// figure can be put side by side and nothing withheld is found.
public final class PopulationDisclosure: Sendable {
    /// A solved problem.
    struct Solved: Sendable {
        let problem: DisclosureProblem
        let outcome: DisclosureControl.Outcome

        func hidden(_ key: String) -> Bool { problem.index(key).map { outcome.withheld[$0] } ?? false }
    }

    let data: PopulationData
    let snapshot: PopulationSnapshot
    let cache = Mutex<[String: Solved]>([:])

    /// Disclosure control of the aggregates of `data` on `snapshot`'s date.
    public init(data: PopulationData, snapshot: PopulationSnapshot) {
        self.data = data
        self.snapshot = snapshot
    }

    /// The mask of `counts` (one breakdown's segment table) at `threshold`.
    public func segments(_ counts: SegmentCounts, threshold: Int) -> Withheld {
        let solved = population(threshold: threshold)
        let b = counts.breakdown.rawValue
        return Withheld(
            cells: counts.rows.map { row in
                counts.segments.map { solved.hidden("seg|\(b)|\(row.group)|\($0)") }
            },
            rowTotals: counts.rows.map { solved.hidden("pop|\(b)|\($0.group)") })
    }

    /// The mask of `summary` (one breakdown's frailty table) at `threshold`.
    public func frailty(_ summary: FrailtySummary, threshold: Int) -> Withheld {
        let solved = population(threshold: threshold)
        let b = summary.breakdown
        return Withheld(
            cells: summary.rows.map { row in
                summary.categories.map { solved.hidden("frail|\(b.rawValue)|\(row.group)|\($0)") }
            },
            rowTotals: summary.rows.map { solved.hidden(Self.olderKey(b, $0.group)) })
    }

    /// The mask of `counts` (one breakdown's table of a cohort) at `threshold`; `every` gives the
    /// cohort's table for any breakdown (the problem needs them all).
    public func cohort(
        _ counts: CohortCounts, threshold: Int, every: (Breakdown) throws -> CohortCounts
    ) rethrows -> Withheld {
        let population = population(threshold: threshold)
        let key = "cohort|\(threshold)|\(counts.rule)"
        let solved: Solved
        if let cached = cache.withLock({ $0[key] }) {
            solved = cached
        } else {
            var problem = DisclosureProblem()
            var tables: [CohortCounts] = []
            for breakdown in Breakdown.population {
                let table = breakdown == counts.breakdown ? counts : try every(breakdown)
                tables.append(table)
                for row in table.rows {
                    problem.cell("cohort|\(breakdown.rawValue)|\(row.group)", row.persons)
                }
            }
            Self.addIdentities(
                &problem, data.areas, groups: tables.map { ($0.breakdown, $0.rows.map(\.group)) }
            ) {
                ["cohort|\($0)|\($1)"]
            }
            solved = Solved(problem: problem, outcome: problem.solve(threshold: threshold))
            cache.withLock { $0[key] = solved }
        }
        let b = counts.breakdown.rawValue
        return Withheld(
            cells: counts.rows.map { row in
                [solved.hidden("cohort|\(b)|\(row.group)"), population.hidden("pop|\(b)|\(row.group)")]
            },
            total: solved.hidden("cohort|city|city"))
    }

    /// The key of a group's people aged 65+: for an age band, its population (the same figure).
    static func olderKey(_ breakdown: Breakdown, _ group: String) -> String {
        breakdown == .lifeStage ? "pop|\(breakdown.rawValue)|\(group)" : "old|\(breakdown.rawValue)|\(group)"
    }
}
