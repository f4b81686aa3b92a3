import Access
import Foundation
import Population

/// The JSON documents of the population endpoints. Aggregate counts a viewer may not see are
/// `null`, with `suppressed: true` on the document.
enum PopulationAPI {
    /// Counts by group and column (segments or frailty categories).
    struct Table: Encodable {
        struct Row: Encodable {
            let group: String
            let name: String
            let counts: [Int?]
            let total: Nullable<Int>
        }
        let date: String
        let breakdown: String
        let columns: [String]
        let rows: [Row]
        let suppressed: Bool
        let synthetic: Bool
    }

    /// A cohort's counts by group.
    struct CohortTable: Encodable {
        struct Row: Encodable {
            let group: String
            let name: String
            let persons: Nullable<Int>
            let population: Nullable<Int>
        }
        let cohort: String
        let rule: String
        let date: String
        let breakdown: String
        let rows: [Row]
        let total: Nullable<Int>
        let suppressed: Bool
        let synthetic: Bool
    }

    /// The segments table as `viewer` may see it.
    static func segments(_ s: SegmentCounts, _ service: PopulationService, _ d: Disclosure) -> Table {
        let mask = service.disclosure.segments(s, threshold: d.threshold)
        return Table(
            date: s.date, breakdown: s.breakdown.rawValue, columns: s.segments,
            rows: s.rows.enumerated().map { r, row in
                Table.Row(
                    group: row.group, name: service.data.areas.name(row.group),
                    counts: row.counts.enumerated().map { d.value($1, withheld: mask.isWithheld(r, $0)) },
                    total: .init(d.value(row.total, withheld: mask.isRowTotalWithheld(r))))
            }, suppressed: !d.unsuppressed, synthetic: s.synthetic)
    }

    /// The frailty table as `viewer` may see it.
    static func frailty(_ f: FrailtySummary, _ service: PopulationService, _ d: Disclosure) -> Table {
        let mask = service.disclosure.frailty(f, threshold: d.threshold)
        return Table(
            date: f.date, breakdown: f.breakdown.rawValue, columns: f.categories,
            rows: f.rows.enumerated().map { r, row in
                Table.Row(
                    group: row.group, name: service.data.areas.name(row.group),
                    counts: row.counts.enumerated().map { d.value($1, withheld: mask.isWithheld(r, $0)) },
                    total: .init(d.value(row.counts.reduce(0, +), withheld: mask.isRowTotalWithheld(r))))
            }, suppressed: !d.unsuppressed, synthetic: f.synthetic)
    }

    /// A cohort's counts as `viewer` may see them.
    static func cohort(_ id: String, _ c: CohortCounts, _ service: PopulationService, _ d: Disclosure)
        throws -> CohortTable
    {
        let mask = try service.withheld(id, c, threshold: d.threshold)
        return CohortTable(
            cohort: id, rule: c.rule, date: c.date, breakdown: c.breakdown.rawValue,
            rows: c.rows.enumerated().map { r, row in
                CohortTable.Row(
                    group: row.group, name: service.data.areas.name(row.group),
                    persons: .init(d.value(row.persons, withheld: mask.isWithheld(r, 0))),
                    population: .init(d.value(row.population, withheld: mask.isWithheld(r, 1))))
            }, total: .init(d.value(c.total, withheld: mask.total)), suppressed: !d.unsuppressed,
            synthetic: c.synthetic)
    }

    /// A case-finding list as CSV (person-level; SYNTHETIC labelled in its first line).
    static func csv(_ list: CaseFindingList) -> String {
        var lines = [
            "# case-finding list for \(list.scope) on \(list.date): \(list.rule)"
                + (list.synthetic ? " (SYNTHETIC data)" : "") + " - PERSON-LEVEL, audited",
            "person_id,age,sex,practice,segment,frailty,risk,why",
        ]
        for e in list.entries {
            let fields = [
                String(e.personID), String(e.age), e.sex, e.practice, e.segment, e.frailty ?? "",
                e.risk.map { String(format: "%.4f", $0) } ?? "", e.reasons.joined(separator: "; "),
            ]
            lines.append(fields.map(JSONAPI.csvField).joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }
}
