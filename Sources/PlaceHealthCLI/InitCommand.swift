import ArgumentParser
import Ingest
import Store

/// `placehealth init`: an empty store holding the pack's geography, ready for `load`.
struct InitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract:
            "Create a store (or update an existing one) with the place pack's geography, ready to load data.")

    @OptionGroup var store: StoreOptions
    @OptionGroup var pack: PackOptions

    func run() async throws {
        let placePack = try pack.load()
        let opened = try SQLiteStore(path: store.path)
        try opened.transaction { writer in try GeographyLoader(pack: placePack).write(writer) }
        let summary = try opened.summary()
        print("\(store.path): \(grouped(summary.rows("areas"))) areas of \(placePack.name) stored.")
    }
}
