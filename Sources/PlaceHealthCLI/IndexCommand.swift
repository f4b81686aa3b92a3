import ArgumentParser

/// `placehealth index`: rebuilds the secondary indexes a bulk load left pending.
struct IndexCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Build the secondary indexes that a large load dropped (compute does this by itself).")

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let opened = try store.open()
        let pending = try opened.hasPendingIndexes()
        try opened.buildPendingIndexes()
        print(pending ? "Indexes built." : "No indexes were pending.")
    }
}
