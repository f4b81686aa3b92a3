import ArgumentParser
import Foundation
import Store

/// `placehealth summary`: what a store holds.
struct SummaryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Show what a store holds: rows per table, the dataset, recent loads, size.")

    @OptionGroup var store: StoreOptions

    func run() async throws {
        print(try SummaryCommand.render(store.open().summary(), path: store.path))
    }

    static func render(_ summary: StoreSummary, path: String) -> String {
        var lines: [String] = []
        let synthetic = summary.dataset["synthetic"] == "true"
        lines.append("Store \(path)\(synthetic ? " — SYNTHETIC data (not real people)" : "")")
        for key in summary.dataset.keys.sorted() { lines.append("  \(key): \(summary.dataset[key]!)") }
        lines.append("Rows:")
        for (table, rows) in summary.tableRows {
            lines.append("  " + table.padding(toLength: 22, withPad: " ", startingAt: 0) + grouped(rows))
        }
        if let bytes = summary.bytes {
            let persons = summary.rows("persons")
            var size = String(format: "Size: %.1f MB", Double(bytes) / 1_000_000)
            if persons > 0 {
                size += String(format: " (%.0f bytes per person)", Double(bytes) / Double(persons))
            }
            lines.append(size)
        }
        if !summary.loads.isEmpty {
            lines.append("Recent loads:")
            for load in summary.loads {
                lines.append(
                    "  \(load.at) \(load.status) \(load.table) from \(load.file): \(grouped(load.rowsStored)) stored, "
                        + "\(grouped(load.rowsAlreadyStored)) already stored, \(grouped(load.rejections.count)) quarantined"
                )
            }
        }
        return lines.joined(separator: "\n")
    }
}
