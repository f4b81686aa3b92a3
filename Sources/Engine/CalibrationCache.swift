import Foundation
import Store

/// The calibration measures of one store content, kept in a file beside the store
/// (`STORE.calibration.json`) so that a second report (the dashboard's About page, `placehealth
/// calibrate`) does not measure the whole store again. Derived data: it holds the store's content
/// version and is ignored when that has changed; deleting it loses nothing.
struct CalibrationCache {
    /// What the file holds: the content version measured and each measure by `metric|period`
    /// (nil: could not be measured).
    private struct Contents: Codable {
        let contentVersion: String
        var measures: [String: Double?]
    }

    let path: String?
    private let version: String
    private var contents: Contents
    private(set) var changed = false

    /// The cache of `store`; empty when the file is missing, unreadable or of another content.
    init(store: any PlaceStore) throws {
        let version = try store.contentVersion()
        self.version = version
        path = store.pathBeside(adding: ".calibration.json")
        let read = path.flatMap { FileManager.default.contents(atPath: $0) }.flatMap {
            try? JSONDecoder().decode(Contents.self, from: $0)
        }
        contents =
            read.flatMap { $0.contentVersion == version && !version.isEmpty ? $0 : nil }
            ?? Contents(contentVersion: version, measures: [:])
    }

    /// The measure of `metric` in `period`, measured by `measure` unless kept already.
    mutating func value(_ metric: String, _ period: String, _ measure: () throws -> Double?) rethrows
        -> Double?
    {
        let key = metric + "|" + period
        if let kept = contents.measures[key] { return kept }
        let value = try measure()
        contents.measures[key] = .some(value)
        changed = true
        return value
    }

    /// Writes the file when something new was measured: beside it first, then renamed into place,
    /// so a reader never sees half a file. A store whose content has no version is not cached.
    func save() {
        guard changed, let path, !version.isEmpty, let data = try? JSONEncoder().encode(contents) else {
            return
        }
        let part = path + ".part-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)"
        guard FileManager.default.createFile(atPath: part, contents: data) else { return }
        if rename(part, path) != 0 { try? FileManager.default.removeItem(atPath: part) }
    }
}
