import Foundation
import PlaceModel
import Store
import Testing

/// A store being written (a long load in another process) still answers reads at once (issue 12,
/// item 5): the store uses SQLite's write-ahead log.
@Suite struct ConcurrentReadTests {
    @Test func readsAnswerWhileALongWriteIsUnderWay() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("wal-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("s.sqlite").path
        let server = try SQLiteStore(path: path)
        #expect(try server.query("PRAGMA journal_mode", [])[0][0].textValue == "wal")
        let loader = try SQLiteStore(path: path)
        struct Abandon: Error {}
        let load = Task.detached {
            // 40 MB written (far past the page cache, so a rollback journal would lock readers
            // out), held for 3 s, then abandoned.
            try? loader.transaction { writer in
                try writer.execute("CREATE TABLE fill (x BLOB)", [])
                try writer.execute(
                    """
                    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40000)
                    INSERT INTO fill SELECT randomblob(1000) FROM n
                    """, [])
                Thread.sleep(forTimeInterval: 3)
                throw Abandon()
            }
        }
        try await Task.sleep(for: .milliseconds(1_500))
        let start = Date()
        let count = try server.query("SELECT COUNT(*) FROM areas", [])[0][0].number
        let waited = Date().timeIntervalSince(start)
        await load.value
        #expect(count == 0)
        #expect(waited < 1, "a read waited \(waited) s for the write")
        #expect(try server.query("SELECT name FROM sqlite_master WHERE name = 'fill'", []).isEmpty)
    }
}
