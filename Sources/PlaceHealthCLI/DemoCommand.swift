import ArgumentParser
import Engine
import Foundation
import Synth

/// `placehealth demo`: the main job on the synthetic place.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract:
            "Run the main job on the SYNTHETIC Leeds: synthesise it if needed, then show calibration and contents."
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var pack: PackOptions

    @Option(help: "Population to synthesise if the store does not exist yet.")
    var persons = 785_000

    @Option(help: "Seed for the synthesis.")
    var seed: UInt64 = 42

    func run() async throws {
        if !FileManager.default.fileExists(atPath: store.path) {
            print(
                "No store at \(store.path): synthesising \(grouped(persons)) SYNTHETIC persons (seed \(seed))."
            )
            let synth = try SynthCommand.parse([
                "--pack", pack.pack, "--persons", String(persons), "--seed", String(seed), "--out",
                store.path,
            ])
            try await synth.run()
        }
        let results = try Calibration(store: store.open(), pack: pack.load()).run()
        print("\nCalibration (synthetic vs published):")
        print(CalibrationTable.render(results))
        print("\(results.filter(\.passed).count) of \(results.count) targets within tolerance.\n")
        print(SummaryCommand.render(try store.open().summary(), path: store.path))
    }
}
