import Foundation
import PlaceModel

/// Fits the emergency admission risk model on one period and tests it on a later one (out of
/// time): the persons present and aged 18+ on each index date, their features on that date, and
/// whether they had an emergency admission in the 12 months after it. Pure.
public struct RiskTraining: Sendable {
    /// The fitted model.
    public let model: RiskModel
    /// Its out-of-time report.
    public let report: RiskReport

    /// Fits on `trainDate` and tests on `testDate`, which must be at least a year later so the
    /// periods' outcomes do not overlap. `createdAt` is recorded in the model.
    public init(data: PopulationData, trainDate: CivilDate, testDate: CivilDate, createdAt: String) {
        let train = Self.design(data, PopulationSnapshot(data: data, date: trainDate))
        let fit = LogisticRegression(fitting: train.design)
        let fitted = RiskModel(
            coefficients: fit.coefficients, trainDate: trainDate.description, createdAt: createdAt,
            synthetic: data.synthetic)
        model = fitted
        let trainRisk = Self.risks(train.design, fitted)
        let test = Self.design(data, PopulationSnapshot(data: data, date: testDate))
        let risk = Self.risks(test.design, fitted)
        let outcome = test.design.outcome
        let flagged = ModelMetrics.top(risk, percent: 2)
        let calibration = ModelMetrics.calibration(risk, outcome)
        func performance(_ group: String, _ rows: [Int]) -> RiskReport.Performance {
            let r = rows.map { risk[$0] }
            let y = rows.map { outcome[$0] }
            let f = rows.map { flagged[$0] }
            let yielded = ModelMetrics.yield(f, y)
            let events = y.filter { $0 }.count
            return RiskReport.Performance(
                group: group, persons: rows.count, events: events,
                observedRate: rows.isEmpty ? 0 : Double(events) / Double(rows.count),
                meanRisk: rows.isEmpty ? 0 : r.reduce(0, +) / Double(rows.count),
                auroc: ModelMetrics.auroc(r, y),
                brier: ModelMetrics.brier(r, y), flagged: f.filter { $0 }.count, ppvTop2: yielded.ppv,
                sensitivityTop2: yielded.sensitivity)
        }
        let deciles = Dictionary(grouping: test.persons.indices) { data.decile(test.persons[$0]) }
        let ethnic = Dictionary(grouping: test.persons.indices) { Int(data.ethnic[test.persons[$0]]) }
        report = RiskReport(
            modelVersion: fitted.version, trainDate: trainDate.description, testDate: testDate.description,
            trainPersons: train.design.rows, trainEvents: train.design.outcome.filter { $0 }.count,
            trainAUROC: ModelMetrics.auroc(trainRisk, train.design.outcome),
            overall: performance("all", Array(outcome.indices)), calibrationSlope: calibration.slope,
            calibrationIntercept: calibration.intercept,
            calibrationDeciles: ModelMetrics.calibrationGroups(risk, outcome),
            byDeprivationDecile: deciles.keys.sorted().map { performance(String($0), deciles[$0]!) },
            byEthnicGroup: ethnic.keys.sorted().map {
                performance(PopulationCodes.ethnicGroups[$0], ethnic[$0]!)
            },
            iterations: fit.iterations, converged: fit.converged, synthetic: data.synthetic)
    }

    /// The design (features and outcomes) of every eligible person on the snapshot's date, with
    /// their positions.
    static func design(_ data: PopulationData, _ snapshot: PopulationSnapshot) -> (
        design: SparseDesign, persons: [Int]
    ) {
        let parts = inParallel(count: data.count) { range in
            var design = SparseDesign(columns: RiskFeatures.names.count)
            var persons: [Int] = []
            for i in range where RiskFeatures.isEligible(i, snapshot) {
                design.append(
                    RiskFeatures.entries(of: i, in: data, snapshot: snapshot),
                    outcome: RiskFeatures.outcome(of: i, in: data, after: snapshot.date.day))
                persons.append(i)
            }
            return (design, persons)
        }
        var design = SparseDesign(columns: RiskFeatures.names.count)
        var persons: [Int] = []
        for part in parts {
            design.append(contentsOf: part.0)
            persons += part.1
        }
        return (design, persons)
    }

    /// Each row's risk under `model`.
    static func risks(_ design: SparseDesign, _ model: RiskModel) -> [Double] {
        (0..<design.rows).map { 1 / (1 + exp(-design.linear($0, model.coefficients))) }
    }
}
