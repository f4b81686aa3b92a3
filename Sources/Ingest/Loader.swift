import Foundation
import PlaceModel
import Store
import Tabular

/// Loads source CSV files into the store: every row validated, bad rows quarantined, all or nothing.
public struct Loader: Sendable {
    /// One source file and the table it fills.
    public struct Source: Sendable {
        /// The table's name.
        public let table: String
        /// The file's path.
        public let path: String

        /// A source file.
        public init(table: String, path: String) {
            self.table = table
            self.path = path
        }
    }

    let store: any PlaceStore
    /// The most rows that may be rejected (over all files) before the load is abandoned.
    public var maxErrors: Int?
    /// Folder for quarantine reports; nil puts each beside its source file as `FILE.quarantine.csv`.
    public var quarantineDirectory: String?

    /// A loader writing to `store`.
    public init(store: any PlaceStore, maxErrors: Int? = nil, quarantineDirectory: String? = nil) {
        self.store = store
        self.maxErrors = maxErrors
        self.quarantineDirectory = quarantineDirectory
    }

    /// Loads `sources`, in the order given, in one transaction: either every valid row of every file is
    /// stored, or (on any failure) nothing is. Quarantine reports are written in both cases.
    public func load(_ sources: [Source], progress: (@Sendable (LoadProgress) -> Void)? = nil) throws
        -> [LoadReport]
    {
        let tables = try sources.map { source -> TableSchema in
            guard let table = PlaceSchema.table(named: source.table) else {
                throw LoadError.unknownTable(source.table, file: source.path)
            }
            guard table.name != PlaceSchema.areas.name else {
                throw LoadError.notLoadable(table.name, file: source.path)
            }
            return table
        }
        var references = ReferenceSets(
            persons: try store.personIDs(), lsoas: try store.areaCodes(kind: "lsoa"),
            practices: try store.areaCodes(kind: "practice"), areas: try store.areaCodes(kind: nil))
        guard !references.lsoas.isEmpty else { throw LoadError.noGeography(file: sources.first?.path ?? "") }
        var reports: [LoadReport] = []
        var failed: (file: String, table: String, rejected: [QuarantinedRow])?
        do {
            try store.transaction { writer in
                var rejectedSoFar = 0
                for (source, table) in zip(sources, tables) {
                    let allowed = maxErrors.map { $0 - rejectedSoFar }
                    // A load large next to what is stored appends faster without secondary indexes;
                    // they are dropped (in the same transaction) and rebuilt, sorted, by the next
                    // `placehealth compute` or `placehealth index` (see PlaceStore.buildPendingIndexes).
                    if try Self.isBulk(source.path, into: table, writer: writer) {
                        try writer.dropIndexes(table)
                        try writer.setDataset("indexes_pending", "true")
                    }
                    let outcome = FileLoad(
                        table: table, path: source.path, allowedErrors: allowed, limit: maxErrors
                    )
                    .run(references: references, writer: writer, progress: progress)
                    switch outcome {
                    case .loaded(let report, let newPersons):
                        references.persons.formUnion(newPersons)
                        rejectedSoFar += report.quarantined.count
                        reports.append(report)
                        _ = try writer.recordLoad(Self.record(report, status: "loaded"))
                    case .abandoned(let rejected, let error):
                        failed = (source.path, table.name, rejected)
                        throw error
                    }
                }
            }
        } catch {
            reportFailure(reports, failed)
            throw error
        }
        return try reports.map(writeQuarantine)
    }

    /// Whether a file is large next to its table: more than 100,000 rows (at about 40 bytes a row)
    /// and more than a quarter of the rows stored.
    static func isBulk(_ path: String, into table: TableSchema, writer: any BulkWriter) throws -> Bool {
        guard !table.indexed.isEmpty,
            let bytes =
                (try? FileManager.default.attributesOfItem(
                    atPath: URL(fileURLWithPath: path).resolvingSymlinksInPath().path))?[.size] as? Int
        else { return false }
        let estimate = bytes / 40
        return estimate > 100_000 ? estimate > (try writer.count(table)) / 4 : false
    }
}
