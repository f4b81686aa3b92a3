import Publication
import ArgumentParser
import Engine
import Foundation
import PlacePack
import Tabular

/// `placehealth export`: every published result in the column layout of Fingertips' data downloads.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract:
            "Export every published indicator result as CSV in the column layout of Fingertips' data downloads.",
        discussion: """
            One row per indicator, area or category, and period, suppressed like every published output. \
            Areas are the city, wards, LCPs, PCNs and practices; deciles, deprived Leeds and the rest, sex, \
            age bands and ethnic groups are categories of the city. "Compared to England" is filled for the \
            city; "Compared to Region" holds the comparison of an area or category with the city. See \
            docs/indicators.md.
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var pack: PackOptions
    @OptionGroup var disclosure: DisclosureOptions

    @Option(help: "The CSV file to write (written whole, then renamed into place); default: standard output.")
    var out: String?

    static let header = [
        "Indicator ID", "Indicator Name", "Parent Code", "Parent Name", "Area Code", "Area Name", "Area Type",
        "Sex",
        "Age", "Category Type", "Category", "Time period", "Value", "Lower CI 95.0 limit",
        "Upper CI 95.0 limit",
        "Lower CI 99.8 limit", "Upper CI 99.8 limit", "Count", "Denominator", "Value note", "Recent Trend",
        "Compared to England value or percentiles", "Compared to Region value or percentiles",
        "Time period Sortable", "New data", "Compared to goal", "Time period range",
    ]

    func run() async throws {
        let opened = try store.open()
        let set = try pack.load().indicators()
        let published = try PublishedResults(store: opened, set: set, unsuppressed: disclosure.unsuppressed)
        let areas = Dictionary(
            try AreaDirectory(store: opened).areas().map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        let city = try AreaDirectory(store: opened).area(nil)
        let partial = out.map { "\($0).partial" }
        let writer = try CSVWriter(path: partial)
        try writer.write(Self.header)
        var count = 0
        for definition in set.indicators {
            for r in try published.results(indicator: definition.id) {
                try writer.write(Self.row(r, definition, areas: areas, city: city))
                count += 1
            }
        }
        try writer.close()
        if let out, let partial {
            _ = try? FileManager.default.removeItem(atPath: out)
            try FileManager.default.moveItem(atPath: partial, toPath: out)
            let synthetic = try opened.dataset()["synthetic"] == "true"
            FileHandle.standardError.write(
                Data(
                    "\(grouped(count)) rows written to \(out)\(synthetic ? " (SYNTHETIC data)" : "").\n".utf8)
            )
        }
    }
}
