import ArgumentParser
import Publication
import Scenarios

/// `placehealth scenario list`: the stored scenario results.
struct ScenarioListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the stored scenario results, newest first, with what produced each.")

    @OptionGroup var store: StoreOptions

    @Option(help: "Output format: table, csv or json.")
    var format = OutputFormat.table

    func run() async throws {
        let records = try ScenarioResultStore(store: try store.open()).list()
        if format == .json { return try OutputFormat.printJSON(records) }
        try format.print(
            header: [
                "id", "scenario", "years", "runs", "seed", "file", "sha256", "version", "run at", "data",
            ],
            rows: records.map { r in
                [
                    r.id, r.name, "\(r.baselineYear)-\(r.horizonYear)", String(r.runs), String(r.seed),
                    r.fileName,
                    String(r.fileHash.prefix(12)), r.codeVersion, r.createdAt,
                    r.synthetic ? "SYNTHETIC" : "real",
                ]
            })
    }
}
