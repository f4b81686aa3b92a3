import Foundation
import PlaceModel
import Store

/// Keeps fitted risk models and their reports in the store's `risk_models` table, by version.
public struct RiskModelStore: Sendable {
    /// The store.
    public let store: any PlaceStore

    /// Risk models kept in `store`.
    public init(store: any PlaceStore) { self.store = store }

    /// A stored model's headline figures.
    public struct Entry: Sendable, Codable, Hashable {
        /// The model's version.
        public let version: String
        /// When it was fitted.
        public let createdAt: String
        /// Training and test index dates.
        public let trainDate: String
        /// Test index date.
        public let testDate: String
        /// AUROC on the test period.
        public let auroc: Double
        /// Brier score on the test period.
        public let brier: Double
    }

    /// Stores a model and its report; returns false if that version was stored already.
    @discardableResult
    public func save(_ model: RiskModel, _ report: RiskReport) throws -> Bool {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let modelJSON = String(decoding: try encoder.encode(model), as: UTF8.self)
        let reportJSON = String(decoding: try encoder.encode(report), as: UTF8.self)
        let row: [FieldValue] = [
            .text(model.version), .text(RiskModel.outcome), .text(model.createdAt), .text(report.trainDate),
            .text(report.testDate), .int(Int64(report.trainPersons)), .int(Int64(report.overall.persons)),
            .real(report.overall.auroc ?? 0), .real(report.overall.brier), .real(report.calibrationSlope),
            .real(report.calibrationIntercept), .text(modelJSON), .text(reportJSON), .flag(model.synthetic),
        ]
        return try store.transaction { writer in try writer.insert(PopulationTables.riskModels, row) }
    }

    /// Every stored model, newest first.
    public func list() throws -> [Entry] {
        try store.query(
            "SELECT model_version, created_at, train_date, test_date, auroc, brier FROM risk_models ORDER BY created_at DESC, model_version",
            []
        ).map { row in
            Entry(
                version: row[0].textValue ?? "", createdAt: row[1].textValue ?? "",
                trainDate: row[2].textValue ?? "",
                testDate: row[3].textValue ?? "", auroc: row[4].number ?? 0, brier: row[5].number ?? 0)
        }
    }

    /// The model and report of `version`, or of the newest model when nil; nil if none is stored.
    public func load(version: String? = nil) throws -> (model: RiskModel, report: RiskReport)? {
        let rows =
            try version.map {
                try store.query(
                    "SELECT model_json, report_json FROM risk_models WHERE model_version = ?", [.text($0)])
            }
            ?? store.query(
                "SELECT model_json, report_json FROM risk_models ORDER BY created_at DESC, model_version LIMIT 1",
                [])
        guard let row = rows.first, let model = row[0].textValue, let report = row[1].textValue else {
            return nil
        }
        let decoder = JSONDecoder()
        return (
            try decoder.decode(RiskModel.self, from: Data(model.utf8)),
            try decoder.decode(RiskReport.self, from: Data(report.utf8))
        )
    }
}
