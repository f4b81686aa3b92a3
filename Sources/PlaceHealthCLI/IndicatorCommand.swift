import PlaceModel
import Publication
import ArgumentParser
import Engine
import Foundation

/// `placehealth indicator`: one indicator's stored results by area or group, suppressed.
struct IndicatorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "indicator",
        abstract:
            "Show one indicator's results (computed by `placehealth compute`) for a breakdown and period.",
        discussion: """
            Counts from 1 to the pack's suppression threshold minus 1 are withheld (shown as *), with \
            secondary suppression so that none can be recovered from the totals. Each value is compared \
            with its benchmark (an area with the city, the city with England) at 95% and the trend is \
            tested over the five periods ending with it. SYNTHETIC data is labelled.
            """)

    @Argument(help: "The indicator id (see packs/leeds/indicators.yaml).")
    var id: String

    @OptionGroup var store: StoreOptions
    @OptionGroup var pack: PackOptions
    @OptionGroup var disclosure: DisclosureOptions

    @Option(help: "Breakdown: city, ward, lcp, pcn, practice, decile, deprivation, sex, age, ethnicity.")
    var by = "city"

    @Option(help: "Only this period (for example 2019, 2019/20 or 2017-19); default: every period.")
    var period: String?

    @Option(help: "Output format: table, csv or json.")
    var format = OutputFormat.table

    func validate() throws {
        guard IndicatorCommand.breakdowns.contains(by) else {
            throw ValidationError(
                "--by must be one of \(IndicatorCommand.breakdowns.joined(separator: ", ")).")
        }
    }

    static let breakdowns = Breakdown.indicators.map(\.rawValue)

    func run() async throws {
        let set = try pack.load().indicators()
        guard let definition = set.indicator(id) else {
            throw ValidationError(
                "No indicator '\(id)'. Indicators: \(set.indicators.map(\.id).joined(separator: ", ")).")
        }
        let opened = try store.open()
        let published = try PublishedResults(store: opened, set: set, unsuppressed: disclosure.unsuppressed)
        let results = try published.results(indicator: id, breakdown: by, period: period)
        if format == .json { return try OutputFormat.printJSON(results) }
        let header = [
            "period", by, "numerator", "denominator", "value", "lower95_0cl", "upper95_0cl", "lower99_8cl",
            "upper99_8cl", "compared", "benchmark", "trend",
        ]
        let rows = results.map { r -> [String] in
            [
                r.period, r.group, OutputFormat.count(r.numerator, withheld: r.suppressed),
                OutputFormat.count(r.denominator, withheld: r.suppressed),
                OutputFormat.number(r.value, withheld: r.suppressed),
                OutputFormat.number(r.lower95, withheld: r.suppressed),
                OutputFormat.number(r.upper95, withheld: r.suppressed),
                OutputFormat.number(r.lower998, withheld: r.suppressed),
                OutputFormat.number(r.upper998, withheld: r.suppressed), r.assessment?.rawValue ?? "",
                r.benchmarkLabel.map { "\($0) \(OutputFormat.number(r.benchmark))" } ?? "", r.trendText ?? "",
            ]
        }
        if format == .table {
            let synthetic = try opened.dataset()["synthetic"] == "true"
            print("\(definition.name) (\(definition.unit))\(synthetic ? " — SYNTHETIC data" : "")")
            print(definition.definition)
            if disclosure.unsuppressed { print("UNSUPPRESSED: small numbers shown; do not publish.") }
        }
        try format.print(header: header, rows: rows)
        if rows.isEmpty, format == .table {
            print("No results: run `placehealth compute --db \(store.path)` first.")
        }
    }
}
