import Engine
import Foundation
import PlacePack
import Store
import Synth

/// Small synthetic Leeds stores with their indicators computed, for the publication tests.
enum PublicationPlace {
    /// The repository root, found from this file.
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        while url.path != "/",
            !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path)
        {
            url.deleteLastPathComponent()
        }
        return url
    }()

    /// The Leeds pack.
    static let pack: PlacePack = try! PlacePack.load(from: root.appendingPathComponent("packs/leeds"))

    /// A new synthetic place of `persons` people from `seed`, its indicators computed.
    static func make(persons: Int, seed: UInt64) throws -> SQLiteStore {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "publication-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("leeds.sqlite").path
        _ = try Synthesizer(pack: pack, seed: seed, persons: persons).write(to: path)
        let store = try SQLiteStore(path: path)
        _ = try IndicatorComputation(store: store, set: pack.indicators()).run()
        return store
    }
}
