import ArgumentParser
import Foundation
import Ingest
import PlaceModel

/// `placehealth load`: validated, all-or-nothing loading of CSV files into the store.
struct LoadCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "load",
        abstract: "Load CSV files into the store: every row validated, bad rows quarantined, all or nothing.",
        discussion: """
            Either one file with --table, or --dir with files named TABLE.csv (loaded in dependency \
            order: persons first). All files of one command load in one transaction: if the load fails \
            or is killed, the store is exactly as it was. Rows whose key is stored already are skipped, \
            so loading the same file twice stores it once. Rejected rows go to FILE.quarantine.csv \
            (file, line, field, value, reason). With --fingertips, a Fingertips data download (the \
            layout `placehealth export` writes) loads as published values of other areas: England's \
            become the city's benchmarks at the next `placehealth compute`. Tables: \(PlaceSchema.tables.dropFirst().map(\.name).joined(separator: ", ")). \
            Formats: docs/data-model.md.
            """)

    @OptionGroup var store: StoreOptions

    @Option(help: "The table the file fills (with one FILE).")
    var table: String?

    @Option(help: "A folder of TABLE.csv files to load together.")
    var dir: String?

    @Option(help: "A Fingertips data download (CSV) of published values, England's used as benchmarks.")
    var fingertips: String?

    @OptionGroup var pack: PackOptions

    @Option(help: "Abandon the load (storing nothing) if more than this many rows are rejected.")
    var maxErrors: Int?

    @Option(help: "Folder for quarantine reports (default: beside each source file).")
    var quarantine: String?

    @Argument(help: "The CSV file to load (with --table).")
    var file: String?

    func validate() throws {
        if fingertips != nil {
            guard table == nil, file == nil, dir == nil else {
                throw ValidationError("Give --fingertips FILE on its own, not with --table or --dir.")
            }
            return
        }
        switch (table, file, dir) {
        case (.some(let name), .some, nil):
            guard PlaceSchema.table(named: name) != nil else {
                throw ValidationError(
                    "Unknown table '\(name)'. Tables: \(PlaceSchema.tables.map(\.name).joined(separator: ", "))."
                )
            }
        case (nil, nil, .some): break
        default: throw ValidationError("Give either --table NAME FILE, or --dir FOLDER.")
        }
        if let maxErrors, maxErrors < 0 { throw ValidationError("--max-errors must be 0 or more.") }
    }

    func sources() throws -> [Loader.Source] {
        if let table, let file { return [Loader.Source(table: table, path: file)] }
        let folder = URL(fileURLWithPath: dir!)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        let found = PlaceSchema.tables.compactMap { table -> Loader.Source? in
            guard names.contains(table.name + ".csv") else { return nil }
            return Loader.Source(
                table: table.name, path: folder.appendingPathComponent(table.name + ".csv").path)
        }
        guard !found.isEmpty else { throw ValidationError("No TABLE.csv files in \(folder.path).") }
        return found
    }

    func run() async throws {
        if let fingertips {
            let opened = try store.open()
            let loaded = try FingertipsLoader(store: opened, set: pack.load().indicators()).load(fingertips)
            print(
                "\(fingertips): \(grouped(loaded)) published values stored; England's are the city's benchmarks "
                    + "from the next `placehealth compute`.")
            return
        }
        let loader = Loader(store: try store.open(), maxErrors: maxErrors, quarantineDirectory: quarantine)
        let line = ProgressLine()
        let reports = try loader.load(try sources()) { progress in
            line.show(
                "load: \(progress.file): \(grouped(progress.rowsRead)) rows read, \(grouped(progress.rowsRejected)) rejected"
            )
        }
        line.finish()
        for report in reports {
            print(
                "\(report.file) -> \(report.table): \(grouped(report.rowsRead)) rows read, \(grouped(report.rowsStored)) stored, "
                    + "\(grouped(report.rowsAlreadyStored)) already stored, \(grouped(report.quarantined.count)) quarantined"
            )
            for row in report.quarantined.prefix(5) { print("  \(row.message)") }
            if let path = report.quarantineReport { print("  quarantine report: \(path)") }
        }
    }
}
