import Foundation
import PlaceModel
import Store

/// A temporary store with a tiny geography and three persons, and files to load into it.
struct IngestFixture {
    let directory: URL
    let store: SQLiteStore

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "ingest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        store = try SQLiteStore(path: directory.appendingPathComponent("store.sqlite").path)
        try store.transaction { writer in
            _ = try writer.insert(
                PlaceSchema.areas,
                [.text("W1"), .text("ward"), .text("Ward"), .null, .null, .null, .null, .int(1)])
            _ = try writer.insert(
                PlaceSchema.areas,
                [.text("L1"), .text("lsoa"), .text("L1"), .text("W1"), .null, .int(1), .int(1500), .int(1)])
            _ = try writer.insert(
                PlaceSchema.areas,
                [.text("P1"), .text("practice"), .text("P1"), .null, .text("W1"), .null, .null, .int(1)])
            for id in 1...3 {
                _ = try writer.insert(
                    PlaceSchema.persons,
                    [
                        .int(Int64(id)), .date(CivilDate(iso: "1950-01-0\(id)")), .text("F"), .text("white"),
                        .text("L1"),
                        .text("P1"), .null, .null,
                    ])
            }
        }
    }

    /// Writes `text` to a file in the fixture's folder and returns its path.
    func file(_ name: String, _ text: String) throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// Rows in `table`.
    func count(_ table: String) throws -> Int64 {
        guard case .int(let n) = try store.query("SELECT COUNT(*) FROM \(table)", [])[0][0] else { return -1 }
        return n
    }
}
