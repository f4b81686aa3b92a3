import Foundation
import PlacePack
import Store
import Synth
import TestSupport

/// Small SYNTHETIC stores for the access tests.
enum AccessStore {
    /// The repository root, found from this file.
    static let root: URL = Repository.root

    /// The Leeds pack.
    static let pack: PlacePack = try! PlacePack.load(from: root.appendingPathComponent("packs/leeds"))

    /// A new SYNTHETIC store of `persons`.
    static func make(persons: Int = 1_500) throws -> SQLiteStore {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "access-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("leeds.sqlite").path
        _ = try Synthesizer(pack: pack, seed: 11, persons: persons).write(to: path)
        return try SQLiteStore(path: path)
    }

    /// A practice, its LCP, and a practice of another LCP.
    static func areas(_ store: SQLiteStore) throws -> (practice: String, lcp: String, other: String) {
        let row = try store.query(
            """
            SELECT a.area_code, n.parent_code FROM areas a JOIN areas n ON n.area_code = a.parent_code
            WHERE a.kind = 'practice' ORDER BY a.area_code LIMIT 1
            """, [])[0]
        let lcp = row[1].textValue!
        let other = try store.query(
            """
            SELECT a.area_code FROM areas a JOIN areas n ON n.area_code = a.parent_code
            WHERE a.kind = 'practice' AND n.parent_code <> ? ORDER BY a.area_code LIMIT 1
            """, [.text(lcp)])[0][0].textValue!
        return (row[0].textValue!, lcp, other)
    }
}
