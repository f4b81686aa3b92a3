import Foundation
import PlacePack
import Store
import Synth
import TestSupport

/// Small synthetic Leeds stores for the tests that need the generator.
enum SyntheticPlace {
    /// The repository root, found from this file.
    static let root: URL = Repository.root

    /// The Leeds pack folder.
    static var leedsFolder: URL { root.appendingPathComponent("packs/leeds") }

    /// A new scratch folder.
    static func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "population-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Synthesises `persons` with `seed` from the pack in `folder` into a new store.
    static func synthesise(persons: Int, seed: UInt64, pack folder: URL = leedsFolder) throws -> SQLiteStore {
        let path = try scratch().appendingPathComponent("leeds.sqlite").path
        _ = try Synthesizer(pack: PlacePack.load(from: folder), seed: seed, persons: persons).write(to: path)
        return try SQLiteStore(path: path)
    }

    /// One 20,000-person synthetic Leeds shared by the tests that only read it.
    static let shared: SQLiteStore = try! synthesise(persons: 20_000, seed: 42)

    /// A digest of every row of `table`, in key order.
    static func digest(_ store: SQLiteStore, _ table: String) throws -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        let order = table == "aggregate_values" ? "1, 2, 3" : "1"
        for row in try store.query("SELECT * FROM \(table) ORDER BY \(order)", []) {
            for byte in "\(row)".utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        }
        return hash
    }
}
