import ArgumentParser
import Foundation
import PlaceModel
import Population
import Publication

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
            hospital activity, care home admissions and deaths in the following 12 months; \
            --deprivation splits the flows by the IMD decile of home. Counts from 1 to the pack's \
            suppression threshold minus 1, and the others needed so that none of them can be worked out \
            from totals (secondary suppression), are shown as * (null in JSON). SYNTHETIC data is labelled.
            """)

    @OptionGroup var options: PopulationOptions
    @OptionGroup var pack: PackOptions
    @OptionGroup var disclosure: DisclosureOptions

    @Option(help: Breakdown.optionHelp)
    var by = Breakdown.city

    @Option(help: "Show the flows between segments from this earlier date (YYYY-MM-DD) to --date.")
    var flowsFrom: String?

    @Option(help: "With --flows-from: only the people of this LCP (code).")
    var lcp: String?

    @Option(
        help: ArgumentHelp(
            "With --flows-from: only the people whose home is in these IMD deciles: deprived (decile 1, the most deprived 10% nationally), rest (deciles 2-10), decile:N or decile:A-B; split: deprived, then rest; each: one matrix per decile.",
            valueName: "choice"))
    var deprivation: DeprivationChoice?

    @Flag(help: "Show each segment's activity in the 12 months after --date.")
    var outcomes = false

    @Option(help: "Output format: table, csv or json.")
    var format = OutputFormat.table

    func run() async throws {
        let (_, data, snapshot) = try options.snapshot()
        let date = snapshot.date
        let display = try Audience(pack, disclosure)
        if let flowsFrom {
            guard let earlier = CivilDate(iso: flowsFrom), earlier < date else {
                throw ValidationError("--flows-from must be a date YYYY-MM-DD before --date.")
            }
            let first = PopulationSnapshot(data: data, date: earlier)
            let scopes = deprivation?.scopes.map { Optional($0) } ?? [nil]
            let flows = scopes.map {
                SegmentFlows(data: data, first: first, second: snapshot, lcp: lcp, deciles: $0?.deciles)
            }
            // Split flows add up to everyone's: the tables are masked jointly, with everyone's.
            let everyone = SegmentFlows(data: data, first: first, second: snapshot, lcp: lcp, deciles: nil)
            let joint = deprivation == nil ? flows : [everyone] + flows
            let masks = Array(
                PopulationDisclosure.flows(joint, threshold: display.applied).suffix(flows.count))
            if format == .json {
                let shown = flows.indices.map {
                    PopulationDocument.Flows(flows[$0], mask: masks[$0], audience: display)
                }
                return try shown.count == 1 ? OutputFormat.printJSON(shown[0]) : OutputFormat.printJSON(shown)
            }
            for (k, one) in flows.enumerated() {
                if k > 0, format == .table { print("") }
                try printFlows(one, masks[k], scopes[k]?.label, display)
            }
            return
        }
        if deprivation != nil { throw ValidationError("--deprivation needs --flows-from.") }
        if outcomes {
            let outcomes = SegmentOutcomes(data: data, snapshot: snapshot, by: by)
            let withheld = PopulationDisclosure(data: data, snapshot: snapshot).outcomes(
                outcomes, threshold: display.applied)
            return try printOutcomes(outcomes, withheld, display, data.areas.name)
        }
        let counts = SegmentCounts(data: data, snapshot: snapshot, by: by)
        let withheld = PopulationDisclosure(data: data, snapshot: snapshot).segments(
            counts, threshold: display.applied)
        if format == .json {
            return try OutputFormat.printJSON(
                PopulationDocument.Table(
                    segments: counts, mask: withheld, audience: display, name: data.areas.name))
        }
        if format == .table {
            print(
                display.header(
                    "Persons by segment on \(counts.date), by \(by.rawValue)", synthetic: data.synthetic))
        }
        try format.print(
            header: [by.rawValue] + counts.segments + ["total"],
            rows: counts.rows.enumerated().map { r, row in
                [row.group]
                    + row.counts.enumerated().map { display.show($1, withheld: withheld.isWithheld(r, $0)) }
                    + [display.show(row.total, withheld: withheld.isRowTotalWithheld(r))]
            })
    }

    private func printFlows(
        _ flows: SegmentFlows, _ withheld: Withheld, _ deciles: String?, _ display: Audience
    ) throws {
        if format == .table {
            let scope = (flows.lcp.map { " in \($0)" } ?? "") + (deciles.map { ", homes in \($0)" } ?? "")
            print(
                display.header(
                    "Segment on \(flows.from) (rows) by segment on \(flows.to) (columns)\(scope)",
                    synthetic: flows.synthetic))
        }
        try format.print(
            header: ["from"] + flows.toStates,
            rows: flows.counts.enumerated().map { r, row in
                [flows.fromStates[r]]
                    + row.enumerated().map { display.show($1, withheld: withheld.isWithheld(r, $0)) }
            })
    }

    private func printOutcomes(
        _ outcomes: SegmentOutcomes, _ withheld: Withheld, _ display: Audience, _ name: (String) -> String
    ) throws {
        if format == .json {
            return try OutputFormat.printJSON(
                PopulationDocument.Outcomes(outcomes, mask: withheld, audience: display, name: name))
        }
        if format == .table {
            print(
                display.header(
                    "Activity in the 12 months after \(outcomes.date) by segment, by \(by.rawValue) (per 1,000 persons in brackets)",
                    synthetic: outcomes.synthetic))
        }
        func cell(_ r: Int, _ k: Int) -> String {
            let row = outcomes.rows[r]
            let count = SegmentOutcomes.values(row)[k]
            if withheld.isWithheld(r, k) { return "*" }
            if k == 0 || format == .csv || withheld.isWithheld(r, 0) { return String(count) }
            return "\(count) (\(String(format: "%.1f", row.per1000(count))))"
        }
        try format.print(
            header: [by.rawValue, "segment"] + SegmentOutcomes.measures,
            rows: outcomes.rows.indices.map { r in
                [outcomes.rows[r].group, outcomes.rows[r].segment]
                    + SegmentOutcomes.measures.indices.map { cell(r, $0) }
            })
    }
}
