import Access
import Dashboard
import Engine
import Foundation
import PlacePack
import Store
import Synth
import TestSupport

/// One small SYNTHETIC Leeds (3,000 persons) with computed results, made once per test process.
enum DashboardFixture {
    /// The repository root, found from this file.
    static let root: URL = Repository.root

    /// The Leeds pack.
    static let pack: PlacePack = try! PlacePack.load(from: root.appendingPathComponent("packs/leeds"))

    /// The store's path: synthesised and computed on first use.
    static let path: String = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "dashboard-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("leeds.sqlite").path
        _ = try! Synthesizer(pack: pack, seed: 7, persons: 3_000).write(to: path)
        _ = try! IndicatorComputation(store: SQLiteStore(path: path), set: pack.indicators()).run()
        return path
    }()

    /// The store.
    static let store: SQLiteStore = try! SQLiteStore(path: path)

    /// The dashboard over it. Suites sign in as the same users from the same (in-process) client at
    /// once, and each attempt is counted until it succeeds: the throttle allows many here (the
    /// throttle's own tests make their own dashboards).
    static let dashboard: Dashboard = try! Dashboard(
        store: store, pack: pack, throttle: SignInThrottle(limit: 1_000))
}
