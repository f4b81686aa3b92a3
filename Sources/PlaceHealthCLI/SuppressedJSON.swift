import Population
import Publication

/// The JSON of the population aggregates as printed: the aggregate's own fields, each withheld
/// count (primary or secondary suppression, ``Withheld``) as null, with the threshold applied and
/// whether the output is unsuppressed. With `--unsuppressed` nothing is null.
enum SuppressedJSON {
    /// Segment counts (`segment`).
    struct Segments: Encodable {
        struct Row: Encodable {
            let group: String
            let counts: [Int?]
            let total: Nullable<Int>
        }
        let date: String
        let breakdown: Breakdown
        let segments: [String]
        let rows: [Row]
        let synthetic: Bool
        let suppressionThreshold: Int
        let unsuppressed: Bool

        init(_ counts: SegmentCounts, _ mask: Withheld, _ display: CountDisplay) {
            date = counts.date
            breakdown = counts.breakdown
            segments = counts.segments
            rows = counts.rows.enumerated().map { r, row in
                Row(
                    group: row.group, counts: SuppressedJSON.masked(row.counts, mask.cells[r]),
                    total: .init(mask.isRowTotalWithheld(r) ? nil : row.total))
            }
            synthetic = counts.synthetic
            suppressionThreshold = display.threshold
            unsuppressed = display.unsuppressed
        }
    }

    /// Frailty (`frailty`).
    struct Frailty: Encodable {
        struct Row: Encodable {
            let group: String
            let counts: [Int?]
            let total: Nullable<Int>
            let meanScore: Nullable<Double>
        }
        struct Deficit: Encodable {
            let deficit: String
            let persons: Nullable<Int>
            let share: Nullable<Double>
        }
        let date: String
        let breakdown: Breakdown
        let categories: [String]
        let rows: [Row]
        let deficits: [Deficit]
        let synthetic: Bool
        let suppressionThreshold: Int
        let unsuppressed: Bool

        init(_ summary: FrailtySummary, _ mask: Withheld, _ display: CountDisplay) {
            let hidden = summary.withheldDeficits(threshold: display.applied)
            date = summary.date
            breakdown = summary.breakdown
            categories = summary.categories
            rows = summary.rows.enumerated().map { r, row in
                let withheld = mask.isRowTotalWithheld(r)
                return Row(
                    group: row.group, counts: SuppressedJSON.masked(row.counts, mask.cells[r]),
                    total: .init(withheld ? nil : row.counts.reduce(0, +)),
                    meanScore: .init(withheld ? nil : row.meanScore)
                )
            }
            deficits = zip(summary.deficits, hidden).map { d, withheld in
                Deficit(
                    deficit: d.deficit, persons: .init(withheld ? nil : d.persons),
                    share: .init(withheld ? nil : d.share))
            }
            synthetic = summary.synthetic
            suppressionThreshold = display.threshold
            unsuppressed = display.unsuppressed
        }
    }

    /// Segment outcomes (`segment --outcomes`).
    struct Outcomes: Encodable {
        struct Row: Encodable {
            let group: String
            let segment: String
            let persons: Nullable<Int>
            let emergencyAdmissions: Nullable<Int>
            let emergencyBedDays: Nullable<Int>
            let electiveAdmissions: Nullable<Int>
            let aeAttendances: Nullable<Int>
            let careHomeAdmissions: Nullable<Int>
            let deaths: Nullable<Int>
        }
        let date: String
        let breakdown: Breakdown
        let rows: [Row]
        let synthetic: Bool
        let suppressionThreshold: Int
        let unsuppressed: Bool

        init(_ outcomes: SegmentOutcomes, _ mask: Withheld, _ display: CountDisplay) {
            date = outcomes.date
            breakdown = outcomes.breakdown
            rows = outcomes.rows.enumerated().map { r, row in
                let v = SuppressedJSON.masked(SegmentOutcomes.values(row), mask.cells[r])
                return Row(
                    group: row.group, segment: row.segment, persons: .init(v[0]),
                    emergencyAdmissions: .init(v[1]),
                    emergencyBedDays: .init(v[2]), electiveAdmissions: .init(v[3]),
                    aeAttendances: .init(v[4]),
                    careHomeAdmissions: .init(v[5]), deaths: .init(v[6]))
            }
            synthetic = outcomes.synthetic
            suppressionThreshold = display.threshold
            unsuppressed = display.unsuppressed
        }
    }

    /// Segment flows (`segment --flows-from`).
    struct Flows: Encodable {
        let from: String
        let to: String
        let fromStates: [String]
        let toStates: [String]
        let counts: [[Int?]]
        let lcp: String?
        let deciles: ClosedRange<Int>?
        let synthetic: Bool
        let suppressionThreshold: Int
        let unsuppressed: Bool

        init(_ flows: SegmentFlows, _ mask: Withheld, _ display: CountDisplay) {
            from = flows.from
            to = flows.to
            fromStates = flows.fromStates
            toStates = flows.toStates
            counts = zip(flows.counts, mask.cells).map { SuppressedJSON.masked($0, $1) }
            lcp = flows.lcp
            deciles = flows.deciles
            synthetic = flows.synthetic
            suppressionThreshold = display.threshold
            unsuppressed = display.unsuppressed
        }
    }

    /// Cohort counts (`cohort count`).
    struct Cohort: Encodable {
        struct Row: Encodable {
            let group: String
            let persons: Nullable<Int>
            let population: Nullable<Int>
        }
        let rule: String
        let date: String
        let breakdown: Breakdown
        let rows: [Row]
        let total: Nullable<Int>
        let synthetic: Bool
        let suppressionThreshold: Int
        let unsuppressed: Bool

        init(_ counts: CohortCounts, _ mask: Withheld, _ display: CountDisplay) {
            rule = counts.rule
            date = counts.date
            breakdown = counts.breakdown
            rows = counts.rows.enumerated().map { r, row in
                Row(
                    group: row.group, persons: .init(mask.isWithheld(r, 0) ? nil : row.persons),
                    population: .init(mask.isWithheld(r, 1) ? nil : row.population))
            }
            total = .init(mask.total ? nil : counts.total)
            synthetic = counts.synthetic
            suppressionThreshold = display.threshold
            unsuppressed = display.unsuppressed
        }
    }

    /// `values` with each withheld one nil.
    static func masked(_ values: [Int], _ withheld: [Bool]) -> [Int?] {
        zip(values, withheld).map { $1 ? nil : $0 }
    }
}
