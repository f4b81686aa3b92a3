import GRDB

extension SQLiteStore {
    /// Whether the file at `path` is a store whose dataset is marked synthetic, read without
    /// writing anything (no migration, read-only). False for anything else: a store of real data, an
    /// empty store, a file that is not a store.
    public static func isSyntheticStore(at path: String) -> Bool {
        var config = Configuration()
        config.readonly = true
        guard let queue = try? DatabaseQueue(path: path, configuration: config) else { return false }
        let value = try? queue.read { db in
            try String.fetchOne(db, sql: "SELECT value FROM dataset WHERE key = ?", arguments: ["synthetic"])
        }
        return value == "true"
    }
}
