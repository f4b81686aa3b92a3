import ArgumentParser
import Engine
import Foundation
import Tabular

/// `placehealth indicator`: one indicator's stored results by area or group, suppressed.
struct IndicatorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "indicator",
        abstract:
            "Show one indicator's results (computed by `placehealth compute`) for a breakdown and period.",
        discussion: """
            Counts from 1 to the pack's suppression threshold minus 1 are withheld (shown as *), with \
            secondary suppression so that none can be recovered from the totals. SYNTHETIC data is labelled.
            """)

    @Argument(help: "The indicator id (see packs/leeds/indicators.yaml).")
    var id: String

    @OptionGroup var store: StoreOptions
    @OptionGroup var pack: PackOptions

    @Option(help: "Breakdown: city, ward, lcp, pcn, practice, decile, deprivation, sex, age, ethnicity.")
    var by = "city"

    @Option(help: "Only this period (for example 2019, 2019/20 or 2017-19); default: every period.")
    var period: String?

    @Option(help: "Output format: table or csv.")
    var format = "table"

    func validate() throws {
        guard
            ["city", "ward", "lcp", "pcn", "practice", "decile", "deprivation", "sex", "age", "ethnicity"]
                .contains(by)
        else {
            throw ValidationError(
                "--by must be one of city, ward, lcp, pcn, practice, decile, deprivation, sex, age, ethnicity."
            )
        }
        guard ["table", "csv"].contains(format) else {
            throw ValidationError("--format must be table or csv.")
        }
    }

    func run() async throws {
        let set = try pack.load().indicators()
        guard let definition = set.indicator(id) else {
            throw ValidationError(
                "No indicator '\(id)'. Indicators: \(set.indicators.map(\.id).joined(separator: ", ")).")
        }
        let opened = try store.open()
        let results = try IndicatorResults(store: opened).results(
            indicator: id, breakdown: by, period: period)
        let published = Suppression.apply(results, threshold: set.suppressionThreshold)
        let synthetic = try opened.dataset()["synthetic"] == "true"
        let header = [
            "period", by, "numerator", "denominator", "value", "lower95_0cl", "upper95_0cl", "lower99_8cl",
            "upper99_8cl",
        ]
        let rows = published.map { p -> [String] in
            let r = p.result
            func f(_ v: Double?) -> String { p.suppressed ? "*" : v.map { String(format: "%.4g", $0) } ?? "" }
            return [
                r.period, r.group, p.suppressed ? "*" : String(format: "%.0f", r.numerator),
                r.denominator.map { String(format: "%.0f", $0) } ?? "", f(r.value), f(r.lower95),
                f(r.upper95),
                f(r.lower998), f(r.upper998),
            ]
        }
        if format == "csv" {
            let writer = try CSVWriter(path: nil)
            try writer.write(header)
            for row in rows { try writer.write(row) }
            try writer.close()
            return
        }
        print("\(definition.name) (\(definition.unit))\(synthetic ? " — SYNTHETIC data" : "")")
        print(definition.definition)
        let widths = header.indices.map { c in max(header[c].count, rows.map { $0[c].count }.max() ?? 0) }
        for row in [header] + rows {
            print(
                row.enumerated().map { $1.padding(toLength: widths[$0], withPad: " ", startingAt: 0) }.joined(
                    separator: "  "))
        }
        if rows.isEmpty { print("No results: run `placehealth compute --db \(store.path)` first.") }
    }
}
