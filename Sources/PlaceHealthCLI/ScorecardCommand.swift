import Publication
import ArgumentParser
import Engine
import Foundation

/// `placehealth scorecard`: the strategy scorecard for the city or one area.
struct ScorecardCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scorecard",
        abstract:
            "Show the strategy scorecard: outcomes, then priorities, then indicators, with trend and inequality.",
        discussion: """
            Each indicator shows its latest value (or the value in --period) with its 95% interval, the \
            comparison with its benchmark (an area with the city; the city with England, marked assumed \
            where the pack says so), the recent trend, the gap between deprived areas (IMD decile 1) and the \
            rest of the city, and the strategy's test: are the poorest improving fastest? Small numbers are \
            suppressed. Run `placehealth compute` first.
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var pack: PackOptions
    @OptionGroup var disclosure: DisclosureOptions

    @Option(help: "A ward, LCP, PCN or practice code; default: the whole city.")
    var area: String?

    @Option(help: "The period to show (for example 2019, 2019/20); default: each indicator's latest.")
    var period: String?

    @Option(help: "Output format: table, csv or json.")
    var format = OutputFormat.table

    func run() async throws {
        let opened = try store.open()
        let card: Scorecard
        do {
            card = try ScorecardBuilder(
                store: opened, pack: pack.load(), unsuppressed: disclosure.unsuppressed
            )
            .scorecard(area: area, period: period)
        } catch let error as EngineError where error.isUnknownName {
            throw ValidationError("\(error)")
        }
        if format == .json { return try OutputFormat.printJSON(card) }
        var sections: [(heading: [String], rows: [ScorecardRow])] = []
        for outcome in card.outcomes {
            for (k, priority) in outcome.priorities.enumerated() {
                let heading = k == 0 ? ["Outcome \(outcome.outcome.number): \(outcome.outcome.name)"] : []
                sections.append(
                    (
                        heading + ["  Priority \(priority.priority.number): \(priority.priority.name)"],
                        priority.rows
                    ))
            }
        }
        for set in card.sets { sections.append(([set.name], set.rows)) }
        if format == .csv {
            let rows = sections.flatMap { section in
                section.rows.map {
                    [section.heading.joined(separator: " / ").trimmingCharacters(in: .whitespaces)]
                        + cells($0)
                }
            }
            return try format.print(header: ["section"] + Self.header, rows: rows)
        }
        print(
            "Scorecard: \(card.areaName) (\(card.breakdown)), \(card.period ?? "latest periods")"
                + (card.synthetic ? " — SYNTHETIC data, not real people" : ""))
        if card.unsuppressed { print("UNSUPPRESSED: small numbers shown; do not publish.") }
        print("Vision: \(card.vision)\n")
        for section in sections {
            for line in section.heading { print(line) }
            try format.print(header: Self.header, rows: section.rows.map(cells))
            print("")
        }
        if !card.otherPriorities.isEmpty {
            print(
                "Priorities with no indicator of their own: "
                    + card.otherPriorities.map { "\($0.number). \($0.name)" }.joined(separator: "; "))
        }
    }

    static let header = [
        "indicator", "period", "value", "95% interval", "compared with", "trend", "gap deprived-rest (95%)",
        "poorest improving fastest?",
    ]

    func cells(_ row: ScorecardRow) -> [String] {
        let r = row.latest
        let withheld = r?.suppressed ?? false
        let interval =
            withheld
            ? "*" : r?.lower95.map { "\(OutputFormat.number($0))-\(OutputFormat.number(r?.upper95))" } ?? ""
        let compared =
            r.flatMap { r in
                r.assessment.map {
                    "\($0 == .similar ? "similar to" : "\($0.rawValue) than") \(r.benchmarkLabel ?? "benchmark") (\(OutputFormat.number(r.benchmark)))"
                }
            } ?? ""
        let gap: String
        if let g = row.inequality, let value = g.gapAbsolute {
            gap =
                "\(OutputFormat.number(value)) (\(OutputFormat.number(g.gapAbsoluteLower)) to \(OutputFormat.number(g.gapAbsoluteUpper)))"
        } else {
            gap = row.inequality?.gapSuppressed == true ? "*" : ""
        }
        return [
            "\(row.definition.name) (\(row.definition.unit))", r?.period ?? "no result for this area",
            OutputFormat.number(r?.value, withheld: withheld), interval, compared, r?.trendText ?? "", gap,
            row.progress.map { "\($0.answer.text) (\($0.firstPeriod) to \($0.lastPeriod))" } ?? "",
        ]
    }
}
