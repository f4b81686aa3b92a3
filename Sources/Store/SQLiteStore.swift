import Foundation
import GRDB
import PlaceModel

/// The embedded store: one SQLite file, written through GRDB.
///
/// Writes run in one transaction with SQLite's rollback journal, so a failed, crashed or killed
/// write leaves the file exactly as it was.
public struct SQLiteStore: PlaceStore {
    /// The store file's path.
    public let location: String
    let dbQueue: DatabaseQueue

    /// Opens the store at `path`, creating it and applying pending migrations if needed.
    public init(path: String) throws {
        location = path
        var config = Configuration()
        config.label = "placehealth.store"
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA cache_size = -262144")  // 256 MiB of page cache
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
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
        try dbQueue.read { db in try Array(Self.migrator.appliedIdentifiers(db)) }
    }

    /// Runs `body` in one immediate write transaction.
    public func transaction<T>(_ body: (any BulkWriter) throws -> T) throws -> T {
        do {
            return try dbQueue.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try body(SQLiteBulkWriter(db: db, location: location))
                    return .commit
                }
                return result!
            }
        } catch let error as DatabaseError {
            throw StoreError.writeFailed(location, String(describing: error))
        }
    }
}
