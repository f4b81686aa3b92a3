import ArgumentParser
import Foundation
import Scenarios

/// `placehealth scenario backtest`: project from an early year and compare with what followed.
struct ScenarioBacktestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backtest",
        abstract:
            "Back-test the scenario engine: project from an early year and compare with the store's later year.",
        discussion: """
            Runs a scenario (by default the pack's do-nothing.yaml) from --baseline for --years \
            years and compares the city's projection of the last year (median and 80% interval \
            over the runs) with what the store shows that year, measure by measure. The back-test \
            is kept in the store; the About page shows the latest. Counts rounded to the nearest 10. \
            See docs/scenarios.md.
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var pack: PackOptions

    @Option(help: "The baseline year projected from.")
    var baseline = 2016

    @Option(help: "Years projected (1 to 20); the store must hold the last.")
    var years = 3

    @Option(help: "Monte Carlo runs (1 to 100,000).")
    var runs = 200

    @Option(help: "The scenario file. Default: the pack's scenarios/do-nothing.yaml.")
    var file: String?

    func validate() throws {
        guard (1900...2200).contains(baseline) else { throw ValidationError("--baseline must be a year.") }
        guard (1...20).contains(years) else { throw ValidationError("--years must be 1 to 20.") }
        guard (1...100_000).contains(runs) else { throw ValidationError("--runs must be 1 to 100,000.") }
    }

    func run() async throws {
        let opened = try store.open()
        let placePack = try pack.load()
        let assumptions = try ProjectionAssumptions.read(placePack)
        let url =
            file.map { URL(fileURLWithPath: $0) }
            ?? placePack.directory.appendingPathComponent("scenarios/do-nothing.yaml")
        let scenario = try ScenarioReader.read(file: url, assumptions: assumptions)
        let test = try ScenarioBacktest.run(
            store: opened, scenario: scenario, assumptions: assumptions, baseline: baseline, years: years,
            runs: runs, threads: ProcessInfo.processInfo.activeProcessorCount)
        try test.save(to: opened)
        print(
            "Back-test of \(scenario.id): projected from \(baseline) to \(test.targetYear), \(runs) runs, against the store's \(test.targetYear)\(test.synthetic ? " — SYNTHETIC data" : "")"
        )
        try OutputFormat.table.print(
            header: [
                "measure", "projected median", "10th percentile", "90th percentile", "actual", "error",
                "within 80%",
            ],
            rows: test.rows.map { r in
                [
                    r.measure.label, r.measure.format(r.p50), r.measure.format(r.p10),
                    r.measure.format(r.p90),
                    r.measure.format(r.actual), String(format: "%+.1f%%", r.error * 100),
                    r.within ? "yes" : "no",
                ]
            })
    }
}
