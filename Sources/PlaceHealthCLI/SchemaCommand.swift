import ArgumentParser
import PlaceModel

/// `placehealth schema`: the tables of the data model and their source-file formats.
struct SchemaCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract:
            "Print the data model: every table, its columns, types and rules (the CSV formats for `load`).")

    @Option(help: "Only this table.")
    var table: String?

    func validate() throws {
        if let table, PlaceSchema.table(named: table) == nil {
            throw ValidationError(
                "Unknown table '\(table)'. Tables: \(PlaceSchema.tables.map(\.name).joined(separator: ", "))."
            )
        }
    }

    func run() async throws {
        let tables = PlaceSchema.tables.filter { table == nil || $0.name == table }
        print(Self.markdown(tables), terminator: "")
    }

    /// The tables as Markdown (docs/data-model.md embeds this).
    static func markdown(_ tables: [TableSchema]) -> String {
        var out = ""
        for table in tables {
            out +=
                "### `\(table.name)`\n\nOne row is \(table.meaning). Key: \(table.key.map { "`\($0)`" }.joined(separator: ", ")).\n\n"
            out += "| column | type | required | meaning |\n|---|---|---|---|\n"
            for column in table.columns {
                var type = describe(column.type)
                if let reference = column.references { type += ", a stored \(reference.rawValue)" }
                out +=
                    "| `\(column.name)` | \(type) | \(column.optional ? "no" : "yes") | \(column.meaning) |\n"
            }
            for order in table.dateOrders {
                out += "\nRule: `\(order.later)` is not before `\(order.earlier)`.\n"
            }
            out += "\n"
        }
        return out
    }

    static func describe(_ type: ColumnType) -> String {
        switch type {
        case .integer(let range):
            return range.upperBound == Int64.max
                ? "whole number ≥ \(range.lowerBound)"
                : "whole number \(range.lowerBound)–\(range.upperBound)"
        case .real(let range): return "number \(format(range.lowerBound))–\(format(range.upperBound))"
        case .text(let maxLength): return "text (≤ \(maxLength))"
        case .date(let years): return "date YYYY-MM-DD (\(years.lowerBound)–\(years.upperBound))"
        case .code(let codes): return "one of " + codes.map { "`\($0)`" }.joined(separator: ", ")
        case .flag: return "0 or 1"
        }
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
