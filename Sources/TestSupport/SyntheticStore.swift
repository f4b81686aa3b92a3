import Engine
import Foundation
import Store
import Synth

/// SYNTHETIC Leeds stores for tests, each in a new temporary folder.
public enum SyntheticStore {
    /// A new scratch folder named after `prefix`.
    public static func scratch(_ prefix: String = "placehealth") throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A new store of `persons` synthesised from the Leeds pack with `seed`; with `computed`, its
    /// indicators computed too.
    public static func make(persons: Int, seed: UInt64, computed: Bool = false) throws -> SQLiteStore {
        let path = try scratch().appendingPathComponent("leeds.sqlite").path
        _ = try Synthesizer(pack: Repository.leeds, seed: seed, persons: persons).write(to: path)
        let store = try SQLiteStore(path: path)
        if computed { _ = try IndicatorComputation(store: store, set: Repository.leeds.indicators()).run() }
        return store
    }
}
