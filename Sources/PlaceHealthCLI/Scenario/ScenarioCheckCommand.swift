import ArgumentParser
import Foundation
import Scenarios

/// `placehealth scenario check`: read a scenario file and say what it holds, or where it is wrong.
struct ScenarioCheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check scenario files: every lever known, every interval and value in range.",
        discussion: """
            With no FILE, checks every scenario of the pack (its scenarios/ folder). A problem is \
            reported with the file, line and field; the exit status is 1. Format: docs/scenarios.md.
            """)

    @OptionGroup var pack: PackOptions

    @Argument(help: "Scenario files (YAML). Default: the pack's scenarios.")
    var files: [String] = []

    func run() async throws {
        let placePack = try pack.load()
        let assumptions = try ProjectionAssumptions.read(placePack)
        let scenarios =
            files.isEmpty
            ? try ScenarioReader.scenarios(of: placePack, assumptions: assumptions)
            : try files.map {
                try ScenarioReader.read(file: URL(fileURLWithPath: $0), assumptions: assumptions)
            }
        let rows = scenarios.map { s in
            [
                s.id, s.name, "\(s.baselineYear)-\(s.horizonYear)", String(s.runs), String(s.seed),
                String(s.avoidance.values.filter { $0.high > 0 }.count),
                s.costs.values.contains(where: \.assumed) ? "yes" : "no",
            ]
        }
        try OutputFormat.table.print(
            header: ["id", "name", "years", "runs", "seed", "avoidance levers pulled", "assumed costs"],
            rows: rows)
    }
}
