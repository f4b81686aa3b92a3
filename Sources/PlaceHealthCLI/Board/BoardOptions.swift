import Access
import ArgumentParser
import Assurance
import Foundation
import PlaceModel
import Store

/// The options the `board` commands share: the pack, the day, the format, and how they print a
/// list of registers or plans.
struct BoardOptions: ParsableArguments {
    @OptionGroup var pack: PackOptions

    @Option(help: "The day to judge on (YYYY-MM-DD); default: today.")
    var on: String?

    @Option(
        name: .customLong("db"),
        help:
            "A store whose published edits (made from the dashboard) apply to the pack's registers and plans."
    )
    var store: String?

    @Option(help: "Output format: table or csv (one table, with each row's register or plan id first).")
    var format: OutputFormat = .table

    func validate() throws {
        if let on, CivilDate(iso: on) == nil {
            throw ValidationError("--on \(on) is not a date (YYYY-MM-DD).")
        }
        if format == .json { throw ValidationError("--format json is not offered yet; use table or csv.") }
    }

    /// The day given with `--on`, or today.
    func day() throws -> CivilDate {
        let today = String(ISO8601DateFormatter().string(from: Date()).prefix(10))
        guard let day = CivilDate(iso: on ?? today) else { throw ValidationError("--on is not a date.") }
        return day
    }

    /// The pack's `assurance.yaml`, with the store's published edits when `--db` is given.
    func book() throws -> AssuranceBook {
        let book = try AssuranceBook.read(from: pack.load())
        guard let store else { return book }
        guard FileManager.default.fileExists(atPath: store) else {
            throw ValidationError("No store at \(store).")
        }
        return try book.applying(AssuranceLedger(store: SQLiteStore(path: store)).edits(), drafts: false)
    }

    /// Every item, or the one whose id is `id`.
    func select<Item>(_ items: [Item], id: String?, kind: String, key: (Item) -> String) throws -> [Item] {
        guard let id else { return items }
        guard let one = items.first(where: { key($0) == id }) else {
            let known = items.map(key).joined(separator: ", ")
            throw ValidationError("No \(kind) '\(id)' in the pack (\(kind)s: \(known)).")
        }
        return [one]
    }

    /// As CSV, one table with each row's item id first; as a table, each item's title, table and
    /// footer.
    func print<Item>(
        _ items: [Item], header: [String], id: (Item) -> String, title: (Item) -> String,
        rows: (Item) -> [[String]], footer: (Item) -> String
    ) throws {
        if format == .csv {
            try format.print(
                header: ["id"] + header, rows: items.flatMap { item in rows(item).map { [id(item)] + $0 } })
            return
        }
        for (index, item) in items.enumerated() {
            if index > 0 { Swift.print() }
            Swift.print(title(item))
            try format.print(header: header, rows: rows(item))
            Swift.print(footer(item))
        }
    }
}
