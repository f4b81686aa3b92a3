import Population

/// The JSON documents of the population aggregates, in one shape whether printed by `--format json`
/// or served by the API: every member present, a withheld count (and every figure made of it) null.
/// `suppressed` says whether counts are withheld for this audience (false for an analyst or with
/// `--unsuppressed`), `suppressionThreshold` the small-number threshold.
public enum PopulationDocument {
    /// Persons by group and column: segments, or frailty categories of people aged 65+.
    public struct Table: Encodable, Sendable {
        /// One group.
        public struct Row: Encodable, Sendable {
            /// The group (an area code or category).
            public let group: String
            /// Its name.
            public let name: String
            /// Persons by column.
            public let counts: [Int?]
            /// Σ counts.
            public let total: Nullable<Int>
            /// The mean eFI score (frailty only).
            public let meanScore: Nullable<Double>?
        }

        /// One frailty deficit's prevalence among people aged 65+.
        public struct Deficit: Encodable, Sendable {
            /// The deficit.
            public let deficit: String
            /// Persons with it.
            public let persons: Nullable<Int>
            /// Their share of people aged 65+.
            public let share: Nullable<Double>
        }

        /// The date.
        public let date: String
        /// The breakdown.
        public let breakdown: String
        /// The columns (segment ids, or frailty categories).
        public let columns: [String]
        /// One row per group.
        public let rows: [Row]
        /// The deficits' prevalence (frailty only).
        public let deficits: [Deficit]?
        /// Whether withheld counts are null for this audience.
        public let suppressed: Bool
        /// Counts from 1 to this minus 1 are small.
        public let suppressionThreshold: Int
        /// Whether the data are synthetic.
        public let synthetic: Bool

        /// `counts` as `audience` may see them under `mask`; `name` names a group.
        public init(
            segments counts: SegmentCounts, mask: Withheld, audience: Audience, name: (String) -> String
        ) {
            date = counts.date
            breakdown = counts.breakdown.rawValue
            columns = counts.segments
            rows = counts.rows.enumerated().map { r, row in
                Row(
                    group: row.group, name: name(row.group),
                    counts: row.counts.enumerated().map {
                        audience.value($1, withheld: mask.isWithheld(r, $0))
                    },
                    total: .init(audience.value(row.total, withheld: mask.isRowTotalWithheld(r))),
                    meanScore: nil)
            }
            deficits = nil
            suppressed = !audience.unsuppressed
            suppressionThreshold = audience.threshold
            synthetic = counts.synthetic
        }

        /// `summary` as `audience` may see it under `mask`, its deficits under `hidden`
        /// (``PopulationDisclosure/deficits(_:threshold:)``); `name` names a group.
        public init(
            frailty summary: FrailtySummary, mask: Withheld, deficits hidden: [Bool], audience: Audience,
            name: (String) -> String
        ) {
            date = summary.date
            breakdown = summary.breakdown.rawValue
            columns = summary.categories
            rows = summary.rows.enumerated().map { r, row in
                let withheld = mask.isRowTotalWithheld(r)
                return Row(
                    group: row.group, name: name(row.group),
                    counts: row.counts.enumerated().map {
                        audience.value($1, withheld: mask.isWithheld(r, $0))
                    },
                    total: .init(audience.value(row.counts.reduce(0, +), withheld: withheld)),
                    meanScore: .init(audience.value(row.meanScore, withheld: withheld)))
            }
            deficits = zip(summary.deficits, hidden).map { d, withheld in
                Deficit(
                    deficit: d.deficit, persons: .init(audience.value(d.persons, withheld: withheld)),
                    share: .init(audience.value(d.share, withheld: withheld)))
            }
            suppressed = !audience.unsuppressed
            suppressionThreshold = audience.threshold
            synthetic = summary.synthetic
        }
    }
}
