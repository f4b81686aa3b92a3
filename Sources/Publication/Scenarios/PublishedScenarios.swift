import Scenarios
import Store

/// The stored scenario results, published (``PublishedScenario``).
public struct PublishedScenarios: Sendable {
    /// The store.
    public let store: any PlaceStore
    /// Counts from 1 to this − 1 observed in the baseline year of an LCP or decile are withheld.
    public let threshold: Int

    /// The results of `store`, withholding observed counts below `threshold`.
    public init(store: any PlaceStore, threshold: Int) {
        self.store = store
        self.threshold = threshold
    }

    /// Every stored result's record, newest first.
    public func list() throws -> [StoredScenario] { try ScenarioResultStore(store: store).list() }

    /// The published result `id` (or the one whose id starts with it); nil when there is none.
    public func load(_ id: String) throws -> PublishedScenario? {
        guard let (record, outcome, text) = try ScenarioResultStore(store: store).load(id) else { return nil }
        return PublishedScenario(record: record, outcome: outcome, threshold: threshold, fileText: text)
    }

    /// The store's latest back-test of the scenario engine (city figures only), if any.
    public func backtest() throws -> ScenarioBacktest? { try ScenarioBacktest.latest(in: store) }

    /// The CSV header of ``csvRows(_:)``.
    public static let csvHeader = [
        "result_id", "scenario", "area_type", "area", "measure", "year", "mean", "p10", "p50", "p90",
        "synthetic",
    ]

    /// Every figure of `scenario` as CSV rows, one a measure, area and year (withheld figures empty).
    public static func csvRows(_ scenario: PublishedScenario, areaKinds: Set<ScenarioArea.Kind>? = nil)
        -> [[String]]
    {
        func text(_ value: Double?) -> String {
            guard let value else { return "" }
            return value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
        }
        return scenario.series.flatMap { s -> [[String]] in
            let area = scenario.areas[s.area]
            guard areaKinds?.contains(area.kind) ?? true else { return [] }
            return scenario.years.indices.map { t in
                [
                    scenario.record.id, scenario.record.scenarioID, area.kind.rawValue, area.name,
                    s.measure.rawValue,
                    String(scenario.years[t]), text(s.mean[t]), text(s.p10[t]), text(s.p50[t]),
                    text(s.p90[t]),
                    scenario.record.synthetic ? "true" : "false",
                ]
            }
        }
    }
}
