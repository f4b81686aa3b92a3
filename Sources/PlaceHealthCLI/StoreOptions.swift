import ArgumentParser
import Foundation
import PlacePack
import Store

/// The `--db` option shared by the commands that read a store.
struct StoreOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: "The store file (SQLite).")
    var path = "data/leeds.sqlite"

    /// Opens the store, which must exist.
    func open() throws -> SQLiteStore {
        guard FileManager.default.fileExists(atPath: path) else {
            throw ValidationError(
                "No store at \(path). Create one with `placehealth synth --out \(path)` or `placehealth init --db \(path)`."
            )
        }
        return try SQLiteStore(path: path)
    }
}

/// The `--pack` option shared by the commands that need the place pack.
struct PackOptions: ParsableArguments {
    @Option(help: "The place pack: a name under packs/ (for example leeds) or a folder path.")
    var pack = "leeds"

    /// Loads and validates the pack.
    func load() throws -> PlacePack { try PlacePack.load(from: PlacePack.locate(pack)) }
}
