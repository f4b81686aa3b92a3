import Foundation
import PlacePack
import Store
import Synth
import TestSupport

/// Locates the repository's packs and makes scratch folders for synthesis tests.
enum SynthFixture {
    /// The repository root, found from this file.
    static let root: URL = Repository.root

    /// The Leeds pack.
    static func leeds() throws -> PlacePack {
        try PlacePack.load(from: root.appendingPathComponent("packs/leeds"))
    }

    /// A new scratch folder.
    static func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("synth-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Synthesises `persons` with `seed` into a new store.
    static func synthesise(persons: Int, seed: UInt64) throws -> SQLiteStore {
        let path = try scratch().appendingPathComponent("leeds.sqlite").path
        _ = try Synthesizer(pack: leeds(), seed: seed, persons: persons).write(to: path)
        return try SQLiteStore(path: path)
    }

    /// One 60,000-person place (seed 42), made once and shared by the tests that only read it.
    static let shared: Result<SQLiteStore, any Error> = Result { try synthesise(persons: 60_000, seed: 42) }

    /// A digest of every stored row of every table, in key order (but the dataset's content version,
    /// a new random value for every store written).
    static func digest(_ store: SQLiteStore) throws -> [String: String] {
        var digests: [String: String] = [:]
        for table in [
            "areas", "persons", "conditions", "observations", "births", "deaths", "carers", "ae_attendances",
            "admissions", "mha_detentions", "sc_assessments", "sc_packages", "reablement_episodes",
            "care_home_admissions", "aggregate_values", "dataset",
        ] {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            let order = table == "aggregate_values" ? "1, 2, 3" : "1"
            for row in try store.query("SELECT * FROM \(table) ORDER BY \(order)", [])
            where row.first?.textValue != SQLiteStore.contentVersionKey {
                for byte in "\(row)".utf8 {
                    hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
                }
            }
            digests[table] = String(hash, radix: 16)
        }
        return digests
    }
}
