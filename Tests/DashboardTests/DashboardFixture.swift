import Access
import Dashboard
import Engine
import Foundation
import PlacePack
import Scenarios
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
        let store = try! SQLiteStore(path: path)
        _ = try! IndicatorComputation(store: store, set: pack.indicators()).run()
        // Two stored scenario results and a back-test, for the scenario pages and API.
        let assumptions = try! ProjectionAssumptions.read(pack)
        for name in ["do-nothing", "left-shift"] {
            let url = root.appendingPathComponent("packs/leeds/scenarios/\(name).yaml")
            let scenario = try! ScenarioReader.read(file: url, assumptions: assumptions)
            let model = try! ScenarioModel(store: store, scenario: scenario, assumptions: assumptions)
            let outcome = ScenarioEngine.run(model, scenario: scenario, runs: 40, seed: scenario.seed)
            try! ScenarioResultStore(store: store).save(
                outcome, scenario: scenario, fileText: try! Data(contentsOf: url), seed: scenario.seed,
                runs: 40,
                synthetic: true)
        }
        let nothing = try! ScenarioReader.read(
            file: root.appendingPathComponent("packs/leeds/scenarios/do-nothing.yaml"),
            assumptions: assumptions)
        try! ScenarioBacktest.run(
            store: store, scenario: nothing, assumptions: assumptions, baseline: 2017, years: 3, runs: 30
        ).save(to: store)
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
