import Foundation
import PlaceColumns
import PlaceModel
import Store

/// A back-test of the scenario engine: a scenario (normally "do nothing") run from an early
/// baseline year, its projection of a later year the store already holds compared with what the
/// store shows that year, measure by measure, for the city.
public struct ScenarioBacktest: Sendable, Codable, Equatable {
    /// One measure compared.
    public struct Row: Sendable, Codable, Equatable {
        /// The measure.
        public let measure: ScenarioMeasure
        /// The projection's median, 10th and 90th percentiles over the runs.
        public let p50: Double
        /// 10th percentile.
        public let p10: Double
        /// 90th percentile.
        public let p90: Double
        /// What the store shows.
        public let actual: Double
        /// (median − actual) / actual.
        public var error: Double { actual != 0 ? (p50 - actual) / actual : 0 }
        /// Whether the actual lies within the 80% interval.
        public var within: Bool { actual >= p10 && actual <= p90 }
    }

    /// The scenario's id.
    public let scenarioID: String
    /// The baseline year projected from.
    public let baselineYear: Int
    /// The year compared.
    public let targetYear: Int
    /// Monte Carlo runs.
    public let runs: Int
    /// Whether the store is synthetic.
    public let synthetic: Bool
    /// When it was run (UTC, ISO 8601).
    public let createdAt: String
    /// The measures compared.
    public let rows: [Row]

    /// The measures a back-test compares.
    public static let measures: [ScenarioMeasure] = [
        .population, .emergencyAdmissions, .electiveAdmissions, .aeAttendances, .careHomeAdmissions,
        .reablementEpisodes, .bedDays, .bedDaysPer100k,
    ]

    /// Runs `scenario` from `baseline` for `years` years on `store` (`runs` runs) and compares the
    /// last year with the store's.
    ///
    /// - Throws: `PackError` at the file's `baseline_year` when the baseline year has no data,
    ///   ``ScenarioError`` when the last year has none; the store's errors.
    public static func run(
        store: any PlaceStore, scenario: ScenarioDefinition, assumptions: ProjectionAssumptions,
        baseline: Int,
        years: Int, runs: Int, threads: Int = 2, now: Date = Date()
    ) throws -> ScenarioBacktest {
        let rebased = scenario.rebased(baseline: baseline, horizon: baseline + years)
        let inputs = try ScenarioInputs(store: store)
        let model = try ScenarioModel(inputs: inputs, scenario: rebased, assumptions: assumptions)
        let outcome = ScenarioEngine.run(
            model, scenario: rebased, runs: runs, seed: scenario.seed, threads: threads)
        let target = baseline + years
        let actual: ActivityBaseline
        do {
            actual = try inputs.baseline(year: target, oldest: assumptions.oldestAge)
        } catch let error as ScenarioError where error.isMissingBaseline {
            throw ScenarioError.noTargetData(target)
        }
        let residents = PopulationGrid.residents(
            inputs.people, on: CivilDate(year: target, month: 7, day: 1)!.day, oldest: assumptions.oldestAge,
            areas: .city
        ).total()
        let bedDays = Double(
            actual.total(.emergencyAdmission).bedDays + actual.total(.electiveAdmission).bedDays)
        let observed: [ScenarioMeasure: Double] = [
            .population: residents, .emergencyAdmissions: Double(actual.total(.emergencyAdmission).count),
            .electiveAdmissions: Double(actual.total(.electiveAdmission).count),
            .aeAttendances: Double(actual.total(.aeAttendance).count),
            .careHomeAdmissions: Double(actual.total(.careHomeAdmission).count),
            .reablementEpisodes: Double(actual.total(.reablementEpisode).count), .bedDays: bedDays,
            .bedDaysPer100k: residents > 0 ? bedDays / residents * 100_000 : 0,
        ]
        let rows = measures.map { m in
            let series = outcome.series(m)!
            return Row(
                measure: m, p50: series.p50.last!, p10: series.p10.last!, p90: series.p90.last!,
                actual: observed[m]!)
        }
        return ScenarioBacktest(
            scenarioID: scenario.id, baselineYear: baseline, targetYear: target, runs: runs,
            synthetic: model.synthetic,
            createdAt: ISO8601DateFormatter().string(from: now), rows: rows)
    }

    /// The key of the dataset fact that holds the latest back-test.
    static let datasetKey = "scenario_backtest"

    /// Stores this back-test as the store's latest (one transaction).
    public func save(to store: any PlaceStore) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(self), as: UTF8.self)
        try store.transaction { try $0.setDataset(Self.datasetKey, json) }
    }

    /// The store's latest back-test, if any.
    public static func latest(in store: any PlaceStore) throws -> ScenarioBacktest? {
        guard let json = try store.dataset()[datasetKey] else { return nil }
        return try? JSONDecoder().decode(ScenarioBacktest.self, from: Data(json.utf8))
    }
}
