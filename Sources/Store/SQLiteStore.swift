import Foundation
import GRDB
import PlaceModel

/// The embedded store: one SQLite file, written through GRDB.
///
/// Writes run in one transaction in SQLite's write-ahead log (WAL), so a failed, crashed or killed
/// write leaves the store exactly as it was, and readers (the server's pages, sign-in) go on
/// reading the last committed state while a load or a recompute writes.
public struct SQLiteStore: PlaceStore {
    /// The store file's path.
    public let location: String
    let dbQueue: DatabaseQueue

    /// Opens the store at `path`, creating it and applying pending migrations if needed.
    ///
    /// `scratch` is for a new file that is discarded on failure (the synthesis writes one, then renames
    /// it into place): it turns off SQLite's journal and syncing, which only protect existing content.
    public init(path: String, scratch: Bool = false) throws {
        location = path
        var config = Configuration()
        config.label = "placehealth.store"
        // Only one write at a time: a write (an audit entry while a load runs in another process)
        // waits for the other to commit, up to this long, instead of failing. Reads never wait.
        config.busyMode = .timeout(30)
        config.prepareDatabase { db in
            if scratch {
                try db.execute(sql: "PRAGMA journal_mode = OFF")
                try db.execute(sql: "PRAGMA synchronous = OFF")
            } else if path != ":memory:" {
                // WAL: readers are never blocked by a writer, nor a writer by readers.
                try db.execute(sql: "PRAGMA journal_mode = WAL")
            }
            // SQLite's defaults for page cache and temporary storage: measured faster here for
            // bulk inserts and much faster for index builds than a large cache held in memory.
        }
        do {
            let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            dbQueue = try DatabaseQueue(path: path, configuration: config)
        } catch {
            throw StoreError.cannotOpen(path, String(describing: error))
        }
        do {
            try Self.migrator.migrate(dbQueue)
        } catch {
            throw StoreError.notAPlaceStore(path, String(describing: error))
        }
    }

    /// The names of the migrations applied to the store, in order.
    public func appliedMigrations() throws -> [String] {
        try dbQueue.read { db in
            let applied = try Self.migrator.appliedIdentifiers(db)
            return Self.migrator.migrations.filter(applied.contains)
        }
    }

    /// Runs `body` in one immediate write transaction.
    public func transaction<T>(_ body: (any BulkWriter) throws -> T) throws -> T {
        do {
            return try dbQueue.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    let writer = SQLiteBulkWriter(db: db, location: location)
                    result = try body(writer)
                    if writer.changedPlaceData {
                        try writer.setDataset(Self.contentVersionKey, UUID().uuidString)
                    }
                    return .commit
                }
                return result!
            }
        } catch let error as DatabaseError {
            throw StoreError.writeFailed(location, String(describing: error))
        }
    }
}
