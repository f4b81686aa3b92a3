import Access
import ArgumentParser
import Assurance
import Foundation
import Store

/// `placehealth board export`: the registers and plans, with the store's published edits, as an
/// `assurance.yaml`.
struct BoardExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the registers and plans (with the store's published edits) as an assurance.yaml.",
        discussion: """
            The file reads back as the pack's assurance.yaml. With --db, every published edit made \
            from the dashboard is applied (drafts are not). For CSV, use `board risks` and `board \
            actions` with --format csv.
            """)

    @OptionGroup var options: BoardOptions

    @Option(help: "Where to write the YAML; default: standard output.")
    var out: String?

    func run() async throws {
        let yaml = try options.book().yaml()
        guard let out else { return print(yaml, terminator: "") }
        try yaml.write(toFile: out, atomically: true, encoding: .utf8)
        print("Wrote \(out).")
    }
}

/// `placehealth board import FILE`: risks and actions from an `assurance.yaml`, stored as new
/// published versions by an author.
struct BoardImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Store the risks and actions of an assurance.yaml as new published versions.",
        discussion: """
            Reads FILE in the layout of assurance.yaml (its registers and plans must be the pack's). \
            Each risk or action that differs from what the store already publishes is stored as a new \
            version, by --author, published; nothing is overwritten, and the whole file is checked \
            before anything is stored (a bad field is refused with its file, line and field).
            """)

    @Argument(help: "The assurance.yaml to import.")
    var file: String

    @OptionGroup var pack: PackOptions

    @Option(name: .customLong("db"), help: "The store to add the versions to.")
    var store = "data/leeds.sqlite"

    @Option(help: "Who the versions are from (a user name, or a note such as 'import').")
    var author = "import"

    func run() async throws {
        guard FileManager.default.fileExists(atPath: store) else {
            throw ValidationError("No store at \(store).")
        }
        let place = try pack.load()
        let base = try AssuranceBook.read(from: place)
        let url = URL(fileURLWithPath: file)
        let incoming = try AssuranceBook.read(
            directory: url.deletingLastPathComponent(), file: url.lastPathComponent,
            indicators: Set(place.indicators().indicators.map(\.id)))
        let ledger = AssuranceLedger(store: try SQLiteStore(path: store))
        let current = try base.applying(ledger.edits(), drafts: false)
        var stored = 0
        func add<Item: Equatable>(
            _ kind: AssuranceEdit.Kind, _ container: String, _ items: [Item], mine: [Item]?,
            id: (Item) -> String,
            body: (Item) -> String
        ) throws {
            guard let mine else {
                throw ValidationError(
                    "\(file): \(kind == .risk ? "register" : "action plan") '\(container)' is not one of the pack's."
                )
            }
            for item in items where mine.first(where: { id($0) == id(item) }) != item {
                try ledger.append(
                    kind, container: container, item: id(item), body: body(item), author: author,
                    state: .published, to: base)
                stored += 1
            }
        }
        for register in incoming.registers {
            try add(
                .risk, register.id, register.risks, mine: current.register(id: register.id)?.risks, id: \.id,
                body: \.body)
        }
        for plan in incoming.plans {
            try add(
                .action, plan.id, plan.actions, mine: current.plan(id: plan.id)?.actions, id: \.id,
                body: \.body)
        }
        print("Stored \(stored) new published versions from \(file) (by \(author)).")
    }
}
