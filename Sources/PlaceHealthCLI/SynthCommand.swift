import ArgumentParser
import Foundation
import PlacePack
import Synth

/// `placehealth synth`: generates the synthetic place into a store file.
struct SynthCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "synth",
        abstract:
            "Generate the SYNTHETIC place (people, activity, deaths, care; 2014-2023) into a store file.",
        discussion: """
            Deterministic: the same pack, seed and --persons give the same stored content. The store is \
            written beside --out and moved into place only when complete, so an interrupted run leaves any \
            existing store as it was. Everything generated is marked synthetic.
            """)

    @Option(help: "The place pack: a name under packs/ (for example leeds) or a folder path.")
    var pack = "leeds"

    @Option(help: "Seed of every random draw.")
    var seed: UInt64 = 42

    @Option(
        help: "Population to generate (785000 is the whole of Leeds; smaller numbers scale the place down).")
    var persons = 785_000

    @Option(help: "The store file to write (a synthetic store there is replaced; any other file is refused).")
    var out = "data/leeds.sqlite"

    func validate() throws {
        guard persons >= 1_000 else {
            throw ValidationError("--persons must be at least 1000 (got \(persons)).")
        }
        guard persons <= 10_000_000 else {
            throw ValidationError("--persons must be at most 10000000 (got \(persons)).")
        }
    }

    func run() async throws {
        let placePack = try PlacePack.load(from: PlacePack.locate(pack))
        let synthesizer = try Synthesizer(pack: placePack, seed: seed, persons: persons)
        let line = ProgressLine()
        let report = try synthesizer.write(to: out) { progress in
            line.show(
                "synth: \(progress.lsoasDone)/\(progress.lsoasTotal) LSOAs, \(grouped(progress.persons)) persons, "
                    + "\(grouped(progress.rows)) rows", force: progress.lsoasDone == progress.lsoasTotal)
        }
        line.finish()
        print(
            "SYNTHETIC \(placePack.name): \(grouped(report.persons)) persons written to \(out) in "
                + String(
                    format: "%.1f s (%.0f persons/s)", report.seconds, Double(report.persons) / report.seconds
                ))
        for (table, rows) in report.rows where rows > 0 {
            print("  \(table.padding(toLength: 22, withPad: " ", startingAt: 0)) \(grouped(rows))")
        }
    }
}
