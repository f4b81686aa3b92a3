import Population

extension PopulationDocument {
    /// A cohort's persons by group, with each group's population.
    public struct Cohort: Encodable, Sendable {
        /// One group.
        public struct Row: Encodable, Sendable {
            /// The group (an area code or category).
            public let group: String
            /// Its name.
            public let name: String
            /// Persons in the cohort.
            public let persons: Nullable<Int>
            /// Persons in the group.
            public let population: Nullable<Int>
        }

        /// The cohort's id (nil for a rule given on the command line).
        public let cohort: Nullable<String>
        /// The rule.
        public let rule: String
        /// The date.
        public let date: String
        /// The breakdown.
        public let breakdown: String
        /// One row per group.
        public let rows: [Row]
        /// Persons in the cohort in the whole place.
        public let total: Nullable<Int>
        /// Whether withheld counts are null for this audience.
        public let suppressed: Bool
        /// Counts from 1 to this minus 1 are small.
        public let suppressionThreshold: Int
        /// Whether the data are synthetic.
        public let synthetic: Bool

        /// `counts` of cohort `id` as `audience` may see them under `mask`; `name` names a group.
        public init(
            _ id: String?, _ counts: CohortCounts, mask: Withheld, audience: Audience,
            name: (String) -> String
        ) {
            cohort = .init(id)
            rule = counts.rule
            date = counts.date
            breakdown = counts.breakdown.rawValue
            rows = counts.rows.enumerated().map { r, row in
                Row(
                    group: row.group, name: name(row.group),
                    persons: .init(audience.value(row.persons, withheld: mask.isWithheld(r, 0))),
                    population: .init(audience.value(row.population, withheld: mask.isWithheld(r, 1))))
            }
            total = .init(audience.value(counts.total, withheld: mask.total))
            suppressed = !audience.unsuppressed
            suppressionThreshold = audience.threshold
            synthetic = counts.synthetic
        }
    }

    /// Each segment's activity in the 12 months after the date, by group.
    public struct Outcomes: Encodable, Sendable {
        /// One group's segment.
        public struct Row: Encodable, Sendable {
            /// The group (an area code or category).
            public let group: String
            /// Its name.
            public let name: String
            /// The segment.
            public let segment: String
            /// Persons in it on the date.
            public let persons: Nullable<Int>
            /// Emergency admissions.
            public let emergencyAdmissions: Nullable<Int>
            /// Bed days of emergency admissions.
            public let emergencyBedDays: Nullable<Int>
            /// Elective admissions.
            public let electiveAdmissions: Nullable<Int>
            /// A&E attendances.
            public let aeAttendances: Nullable<Int>
            /// Care home admissions.
            public let careHomeAdmissions: Nullable<Int>
            /// Deaths.
            public let deaths: Nullable<Int>
        }

        /// The date.
        public let date: String
        /// The breakdown.
        public let breakdown: String
        /// One row per group and segment with anyone in it.
        public let rows: [Row]
        /// Whether withheld counts are null for this audience.
        public let suppressed: Bool
        /// Counts from 1 to this minus 1 are small.
        public let suppressionThreshold: Int
        /// Whether the data are synthetic.
        public let synthetic: Bool

        /// `outcomes` as `audience` may see them under `mask`; `name` names a group.
        public init(_ outcomes: SegmentOutcomes, mask: Withheld, audience: Audience, name: (String) -> String)
        {
            date = outcomes.date
            breakdown = outcomes.breakdown.rawValue
            rows = outcomes.rows.enumerated().map { r, row in
                let v = SegmentOutcomes.values(row).enumerated().map {
                    Nullable(audience.value($1, withheld: mask.isWithheld(r, $0)))
                }
                return Row(
                    group: row.group, name: name(row.group), segment: row.segment, persons: v[0],
                    emergencyAdmissions: v[1], emergencyBedDays: v[2], electiveAdmissions: v[3],
                    aeAttendances: v[4], careHomeAdmissions: v[5], deaths: v[6])
            }
            suppressed = !audience.unsuppressed
            suppressionThreshold = audience.threshold
            synthetic = outcomes.synthetic
        }
    }

    /// Persons by segment a year (or more) before (rows) and on the date (columns).
    public struct Flows: Encodable, Sendable {
        /// The earlier date.
        public let from: String
        /// The date.
        public let to: String
        /// The rows' states.
        public let fromStates: [String]
        /// The columns' states.
        public let toStates: [String]
        /// Persons by row and column.
        public let counts: [[Int?]]
        /// Only the people of this LCP, if given.
        public let lcp: Nullable<String>
        /// Only the people whose home is in these IMD deciles, if given.
        public let deciles: Nullable<ClosedRange<Int>>
        /// Whether withheld counts are null for this audience.
        public let suppressed: Bool
        /// Counts from 1 to this minus 1 are small.
        public let suppressionThreshold: Int
        /// Whether the data are synthetic.
        public let synthetic: Bool

        /// `flows` as `audience` may see them under `mask`.
        public init(_ flows: SegmentFlows, mask: Withheld, audience: Audience) {
            from = flows.from
            to = flows.to
            fromStates = flows.fromStates
            toStates = flows.toStates
            counts = flows.counts.enumerated().map { r, row in
                row.enumerated().map { audience.value($1, withheld: mask.isWithheld(r, $0)) }
            }
            lcp = .init(flows.lcp)
            deciles = .init(flows.deciles)
            suppressed = !audience.unsuppressed
            suppressionThreshold = audience.threshold
            synthetic = flows.synthetic
        }
    }
}
