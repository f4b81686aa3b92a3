import PlaceModel
/// How many people are in a cohort on a date, by group (LCP, practice, ...), with the population
/// present in each group. Aggregate: for everyone allowed to see (suppressed) aggregates.
public struct CohortCounts: Sendable, Codable {
    /// One group's counts.
    public struct Row: Sendable, Codable, Hashable {
        /// The group (an area code or category).
        public let group: String
        /// Persons in the cohort.
        public let persons: Int
        /// Persons present in the group on the date.
        public let population: Int
    }

    /// The rule.
    public let rule: String
    /// The date.
    public let date: String
    /// The breakdown.
    public let breakdown: Breakdown
    /// One row per group with anyone present.
    public let rows: [Row]
    /// Persons in the cohort in the whole place.
    public let total: Int
    /// Whether the data are synthetic.
    public let synthetic: Bool

    /// Counts `evaluator`'s cohort by `breakdown`.
    public init(_ evaluator: CohortEvaluator, by breakdown: Breakdown) {
        let data = evaluator.data
        let snapshot = evaluator.snapshot
        let (labels, index) = breakdown.groups(data, snapshot)
        let parts = inParallel(count: data.count) { range in
            var inCohort = [Int](repeating: 0, count: labels.count)
            var present = [Int](repeating: 0, count: labels.count)
            for i in range where index[i] >= 0 {
                present[Int(index[i])] += 1
                if evaluator.holds(evaluator.plan, i) { inCohort[Int(index[i])] += 1 }
            }
            return (inCohort, present)
        }
        var inCohort = [Int](repeating: 0, count: labels.count)
        var present = [Int](repeating: 0, count: labels.count)
        for (a, b) in parts {
            for g in labels.indices {
                inCohort[g] += a[g]
                present[g] += b[g]
            }
        }
        rule = evaluator.rule.text
        date = snapshot.date.description
        self.breakdown = breakdown
        rows = labels.indices.filter { present[$0] > 0 }.map {
            Row(group: labels[$0], persons: inCohort[$0], population: present[$0])
        }
        total = inCohort.reduce(0, +)
        synthetic = data.synthetic
    }
}
