import ArgumentParser
import Dashboard
import Engine
import Foundation
import PlacePack
import Store

/// `placehealth demo`: the main job on the synthetic place, ending in the dashboard.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract:
            "Run the main job on the SYNTHETIC Leeds: synthesise it and compute its results if needed, then serve the dashboard.",
        discussion: """
            On a fresh machine it synthesises the place (showing progress), computes every indicator, then \
            serves the dashboard and prints the address to open. Later runs reuse the store and its results, \
            recomputing them when the pack has indicators without results or a load came after them.
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var pack: PackOptions

    @Option(help: "Population to synthesise if the store does not exist yet.")
    var persons = 785_000

    @Option(help: "Seed for the synthesis.")
    var seed: UInt64 = 42

    @Option(help: "The address to serve on.")
    var host = "127.0.0.1"

    @Option(help: "The port to serve on (0 picks a free one).")
    var port = 8080

    func validate() throws {
        guard (0...65_535).contains(port) else {
            throw ValidationError("--port must be from 0 to 65535 (got \(port)).")
        }
    }

    func run() async throws {
        if !FileManager.default.fileExists(atPath: store.path) {
            print(
                "No store at \(store.path): synthesising \(grouped(persons)) SYNTHETIC persons (seed \(seed))."
            )
            try await SynthCommand.parse([
                "--pack", pack.pack, "--persons", String(persons), "--seed", String(seed), "--out",
                store.path,
            ]).run()
        }
        let opened = try store.open()
        let placePack = try pack.load()
        if let reason = try Self.recomputeReason(opened, set: placePack.indicators()) {
            print("Computing every indicator (\(reason)).")
            try await ComputeCommand.parse(["--db", store.path, "--pack", pack.pack]).run()
        } else {
            print(
                "Results in \(store.path) are up to date (computed \(try opened.dataset()["results_computed_at"] ?? ""))."
            )
        }
        ServeCommand.describeUsers(opened, path: store.path)
        try await ServeCommand.serve(try Dashboard(store: opened, pack: placePack), host: host, port: port)
    }

    /// Why the results must be computed again, or nil when they are up to date.
    static func recomputeReason(_ store: SQLiteStore, set: IndicatorSet) throws -> String? {
        let facts = try store.dataset()
        guard let computed = facts["results_computed_at"], try IndicatorResults(store: store).count() > 0
        else {
            return "no results yet"
        }
        let reader = IndicatorResults(store: store)
        let missing = try set.indicators.filter {
            try reader.results(indicator: $0.id, breakdown: "city").isEmpty
        }
        if !missing.isEmpty { return "\(missing.count) indicators of the pack have no results" }
        if let load = try store.summary().loads.first, load.at > computed {
            return "a load came after the results"
        }
        return nil
    }
}
