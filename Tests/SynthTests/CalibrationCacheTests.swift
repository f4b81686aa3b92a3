import Engine
import Foundation
import PlaceModel
import Store
import TestSupport
import Testing

/// The calibration measures are kept beside the store for its current content only.
@Suite struct CalibrationCacheTests {
    @Test func measuresAreKeptForTheStoresContentOnly() throws {
        let store = try SyntheticStore.make(persons: 2_000, seed: 3)
        let pack = Repository.leeds
        let first = try Calibration(store: store, pack: pack).run()
        let file = URL(fileURLWithPath: store.location + ".calibration.json")
        #expect(FileManager.default.fileExists(atPath: file.path))
        #expect(first.contains { $0.synthetic != nil })

        // A kept measure is read, not measured again: every value in the file is changed.
        var json = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
        let measures = try #require(json["measures"] as? [String: Any])
        json["measures"] = measures.mapValues { _ in 12345.0 }
        try JSONSerialization.data(withJSONObject: json).write(to: file)
        #expect(try Calibration(store: store, pack: pack).run().allSatisfy { $0.synthetic == 12345 })

        // Writing place data gives the content a new version: the file is ignored and rewritten.
        _ = try store.transaction { try $0.deleteAll(PlaceSchema.carers) }
        let again = try Calibration(store: store, pack: pack).run()
        #expect(!again.contains { $0.synthetic == 12345 })

        // A damaged file is ignored.
        try Data("not json".utf8).write(to: file)
        let fresh = try Calibration(store: store, pack: pack).run()
        #expect(fresh.map(\.synthetic) == again.map(\.synthetic))
    }
}
