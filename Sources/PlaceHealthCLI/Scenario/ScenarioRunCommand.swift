import ArgumentParser
import Foundation
import Publication
import Scenarios

/// `placehealth scenario run`: run a scenario file's Monte Carlo runs and store the result.
struct ScenarioRunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a scenario's Monte Carlo runs and store the result.",
        discussion: """
            Each run samples the scenario's levers and resamples the activity of every year from the \
            baseline to the horizon. The result is stored with the file's SHA-256, the seed, the \
            runs and the versions that produced it, in one transaction once every run is done: an \
            interrupted run stores nothing. See it with `scenario show ID`. Method: docs/scenarios.md.
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var pack: PackOptions

    @Argument(help: "The scenario file (YAML), for example packs/leeds/scenarios/left-shift.yaml.")
    var file: String

    @Option(help: "Monte Carlo runs (1 to 100,000). Default: the file's runs.")
    var runs: Int?

    @Option(help: "The seed. Default: the file's seed.")
    var seed: UInt64?

    @Option(help: "Threads to run on. The result is the same on any number.")
    var threads = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Also write the model the runs start from (JSON), for the NumPy peer in bench/.")
    var exportModel: String?

    @Flag(help: "Print how long each phase took, to standard error.")
    var timings = false

    /// The most memory the runs' values may take before they are summarised.
    static let memoryLimit = 4 << 30

    func validate() throws {
        if let runs, !(1...100_000).contains(runs) { throw ValidationError("--runs must be 1 to 100,000.") }
        guard (1...256).contains(threads) else { throw ValidationError("--threads must be 1 to 256.") }
        if let seed, seed > UInt64(Int64.max) {
            throw ValidationError("--seed must be 0 to \(Int64.max).")
        }
    }

    func run() async throws {
        let started = Date()
        let opened = try store.open()
        let assumptions = try ProjectionAssumptions.read(try pack.load())
        let url = URL(fileURLWithPath: file)
        let bytes: Data
        do { bytes = try Data(contentsOf: url) } catch { throw ValidationError("cannot read \(file)") }
        let scenario = try ScenarioReader.read(file: url, assumptions: assumptions)
        let model = try ScenarioModel(store: opened, scenario: scenario, assumptions: assumptions)
        if let exportModel {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            try encoder.encode(ScenarioExport(model: model, scenario: scenario)).write(
                to: URL(fileURLWithPath: exportModel))
        }
        let prepared = Date()
        let runs = self.runs ?? scenario.runs
        let seed = self.seed ?? scenario.seed
        let memory = ScenarioEngine.bytes(model, runs: runs)
        guard memory <= Self.memoryLimit else {
            let most = runs * Self.memoryLimit / memory
            throw CommandFailure(
                "\(grouped(runs)) runs of this scenario would hold \(memory >> 20) MB of results before they are summarised (at most \(Self.memoryLimit >> 20) MB): run \(grouped(most)) or fewer with --runs, or a shorter horizon"
            )
        }
        let progress = ProgressLine()
        let outcome = ScenarioEngine.run(model, scenario: scenario, runs: runs, seed: seed, threads: threads)
        {
            progress.show("scenario \(scenario.id): \(grouped($0)) of \(grouped(runs)) runs")
        }
        progress.finish()
        let simulated = Date()
        let record = try ScenarioResultStore(store: opened).save(
            outcome, scenario: scenario, fileText: bytes, seed: seed, runs: runs, synthetic: model.synthetic)
        if timings {
            let phases = [
                ("prepare", prepared.timeIntervalSince(started)),
                ("runs", simulated.timeIntervalSince(prepared)),
                ("store", Date().timeIntervalSince(simulated)),
            ]
            let text = phases.map { "\($0.0) \(String(format: "%.2f", $0.1)) s" }.joined(separator: ", ")
            FileHandle.standardError.write(
                Data(
                    "timings: \(text); \(String(format: "%.0f", Double(runs) / simulated.timeIntervalSince(prepared))) runs/s\n"
                        .utf8))
        }
        print("Stored \(record.id): \(scenario.name), \(grouped(runs)) runs from seed \(seed)")
        let published = PublishedScenario(
            record: record, outcome: outcome, threshold: try pack.load().indicators().suppressionThreshold)
        let figures = ScenarioFigures(scenario: published)
        print(figures.headline)
        try OutputFormat.table.print(header: figures.summaryHeader, rows: figures.summaryRows(area: 0))
    }
}
