import ArgumentParser
import Foundation
import Tabular

/// How a command prints its results: an aligned table, CSV or JSON.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json

    /// A number for display: 4 significant figures (a whole number from 10,000, never an
    /// exponent), or `*` when withheld, or empty when absent.
    static func number(_ value: Double?, withheld: Bool = false, digits: Int = 4) -> String {
        if withheld { return "*" }
        guard let value else { return "" }
        if abs(value) >= pow(10, Double(digits)), abs(value) < 1e15 { return String(format: "%.0f", value) }
        return String(format: "%.\(digits)g", value)
    }

    /// A count for display (whole number), `*` when withheld.
    static func count(_ value: Double?, withheld: Bool = false) -> String {
        if withheld { return "*" }
        return value.map { String(format: "%.0f", $0) } ?? ""
    }

    /// Prints rows as an aligned table or as CSV.
    func print(header: [String], rows: [[String]]) throws {
        if self == .csv {
            let writer = try CSVWriter(path: nil)
            try writer.write(header)
            for row in rows { try writer.write(row) }
            try writer.close()
            return
        }
        let widths = header.indices.map { c in max(header[c].count, rows.map { $0[c].count }.max() ?? 0) }
        for row in [header] + rows {
            Swift.print(
                row.enumerated().map { $1.padding(toLength: widths[$0], withPad: " ", startingAt: 0) }
                    .joined(separator: "  ").trimmingCharacters(in: .whitespaces))
        }
    }

    /// Prints a value as indented JSON with sorted keys.
    static func printJSON(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        Swift.print(String(decoding: try encoder.encode(value), as: UTF8.self))
    }
}

/// The `--unsuppressed` flag: figures below the suppression threshold shown, for entitled analysts only.
struct DisclosureOptions: ParsableArguments {
    @Flag(
        help:
            "Show small numbers unsuppressed. Only for analysts entitled to see them: never publish this output."
    )
    var unsuppressed = false
}
