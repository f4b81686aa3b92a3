import ArgumentParser
import Foundation
import Publication
import Scenarios

/// `placehealth scenario compare`: stored scenario results side by side.
struct ScenarioCompareCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare stored scenario results side by side at their horizon.",
        discussion: """
            For each measure: each result's median at the horizon with its 10th to 90th percentiles, \
            and the difference of each result's median from the first's. Results should share their \
            baseline and horizon years; a warning says when they do not. SYNTHETIC data is labelled.
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var pack: PackOptions

    @Argument(help: "Two or more result ids (or the start of each).")
    var ids: [String]

    @Option(help: "Compare the city (city), each LCP (lcp) or each IMD decile of home (decile).")
    var by = ScenarioAreaOption.city

    @Option(help: "Output format: table or csv.")
    var format = OutputFormat.table

    func validate() throws {
        guard ids.count >= 2 else { throw ValidationError("give two or more result ids to compare") }
        guard format != .json else { throw ValidationError("--format must be table or csv.") }
    }

    func run() async throws {
        let lookup = ScenarioLookup(store: store, pack: pack)
        let scenarios = try ids.map { try lookup.load($0) }
        let first = scenarios[0]
        if scenarios.contains(where: { $0.years != first.years }) {
            FileHandle.standardError.write(
                Data("Warning: the results do not share their baseline and horizon years.\n".utf8))
        }
        let synthetic = scenarios.contains { $0.record.synthetic }
        if format == .table {
            print(
                "Scenarios at their horizon: median [10th to 90th percentile]\(synthetic ? " — SYNTHETIC data" : "")"
            )
        }
        let header =
            ["area", "measure"]
            + scenarios.map {
                "\($0.record.name) (\($0.record.id))\($0.record.synthetic ? " SYNTHETIC" : "")"
            }
            + scenarios.dropFirst().map { "\($0.record.name) − \(first.record.name)" }
        var rows: [[String]] = []
        for area in first.areas(by.kind) {
            for measure in ScenarioMeasure.summary {
                let series = scenarios.map { $0.series(measure, area: area) }
                guard series.allSatisfy({ $0 != nil }) else { continue }
                let cells = series.map { s -> String in
                    let text = { (value: Double?) in measure.format(value) }
                    return "\(text(s!.p50.last!)) [\(text(s!.p10.last!)) to \(text(s!.p90.last!))]"
                }
                let differences = series.dropFirst().map { s -> String in
                    guard let a = s!.p50.last!, let b = series[0]!.p50.last! else { return "withheld" }
                    return measure.format(a - b)
                }
                rows.append([first.areas[area].name, measure.label] + cells + differences)
            }
        }
        try format.print(header: header, rows: rows)
    }
}
