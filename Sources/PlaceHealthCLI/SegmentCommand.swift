import ArgumentParser
import Foundation
import PlaceModel
import Population

/// `placehealth segment`: the Leeds Segmentation Model's nine segments on a date.
struct SegmentCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Count everyone by segment of the Leeds Segmentation Model on a date, by area or group.",
        discussion: """
            Segments, in order of precedence: end of life, frailty, cancer, serious mental illness, \
            learning disability and neurodiversity, maternity, children and young people, long-term \
            conditions, healthy adults (rules in docs/population-health.md). --flows-from shows how \
            people moved between segments since an earlier date; --outcomes shows each segment's \
            hospital activity, care home admissions and deaths in the following 12 months. Counts from \
            1 to the pack's suppression threshold minus 1 are shown as *. SYNTHETIC data is labelled.
            """)

    @OptionGroup var options: PopulationOptions
    @OptionGroup var pack: PackOptions
    @OptionGroup var disclosure: DisclosureOptions

    @Option(help: "Group by: city, lcp, practice, decile, ethnicity, sex, age.")
    var by = Breakdown.city

    @Option(help: "Show the flows between segments from this earlier date (YYYY-MM-DD) to --date.")
    var flowsFrom: String?

    @Option(help: "With --flows-from: only the people of this LCP (code).")
    var lcp: String?

    @Flag(help: "Show each segment's activity in the 12 months after --date.")
    var outcomes = false

    @Option(help: "Output format: table, csv or json.")
    var format = OutputFormat.table

    func run() async throws {
        let (_, data, snapshot) = try options.snapshot()
        let date = snapshot.date
        let display = try CountDisplay(pack, disclosure)
        if let flowsFrom {
            guard let earlier = CivilDate(iso: flowsFrom), earlier < date else {
                throw ValidationError("--flows-from must be a date YYYY-MM-DD before --date.")
            }
            let first = PopulationSnapshot(data: data, date: earlier)
            return try printFlows(SegmentFlows(data: data, first: first, second: snapshot, lcp: lcp), display)
        }
        if outcomes {
            return try printOutcomes(SegmentOutcomes(data: data, snapshot: snapshot, by: by), display)
        }
        let counts = SegmentCounts(data: data, snapshot: snapshot, by: by)
        if format == .json { return try OutputFormat.printJSON(counts) }
        if format == .table {
            print(
                display.header(
                    "Persons by segment on \(counts.date), by \(by.rawValue)", synthetic: data.synthetic))
        }
        try format.print(
            header: [by.rawValue] + counts.segments + ["total"],
            rows: counts.rows.map { row in
                [row.group] + row.counts.map(display.show) + [display.show(row.total)]
            })
    }

    private func printFlows(_ flows: SegmentFlows, _ display: CountDisplay) throws {
        if format == .json { return try OutputFormat.printJSON(flows) }
        if format == .table {
            let scope = flows.lcp.map { " in \($0)" } ?? ""
            print(
                display.header(
                    "Segment on \(flows.from) (rows) by segment on \(flows.to) (columns)\(scope)",
                    synthetic: flows.synthetic))
        }
        try format.print(
            header: ["from"] + flows.toStates,
            rows: zip(flows.fromStates, flows.counts).map { [$0] + $1.map(display.show) })
    }

    private func printOutcomes(_ outcomes: SegmentOutcomes, _ display: CountDisplay) throws {
        if format == .json { return try OutputFormat.printJSON(outcomes) }
        if format == .table {
            print(
                display.header(
                    "Activity in the 12 months after \(outcomes.date) by segment, by \(by.rawValue) (per 1,000 persons in brackets)",
                    synthetic: outcomes.synthetic))
        }
        func cell(_ row: SegmentOutcomes.Row, _ count: Int) -> String {
            let shown = display.show(count)
            return shown == "*" || format == .csv
                ? shown : "\(shown) (\(String(format: "%.1f", row.per1000(count))))"
        }
        try format.print(
            header: [
                by.rawValue, "segment", "persons", "emergency_admissions", "emergency_bed_days",
                "elective_admissions",
                "ae_attendances", "care_home_admissions", "deaths",
            ],
            rows: outcomes.rows.map { row in
                [
                    row.group, row.segment, display.show(row.persons), cell(row, row.emergencyAdmissions),
                    cell(row, row.emergencyBedDays), cell(row, row.electiveAdmissions),
                    cell(row, row.aeAttendances),
                    cell(row, row.careHomeAdmissions), cell(row, row.deaths),
                ]
            })
    }
}
