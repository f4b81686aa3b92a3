import Crypto
import Foundation
import PlaceModel
import Store

/// Keeps scenario results in the store's `scenario_results` table, each with the file, seed, runs
/// and versions that produced it. A result is written in one transaction once every run is done,
/// so a run that is interrupted stores nothing.
public struct ScenarioResultStore: Sendable {
    /// The scenario engine's version, stored with each result.
    public static let codeVersion = "scenarios-v1"

    /// The store.
    public let store: any PlaceStore

    /// Scenario results kept in `store`.
    public init(store: any PlaceStore) { self.store = store }

    /// SHA-256 of `bytes`, in hex.
    public static func sha256(_ bytes: Data) -> String {
        SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
    }

    /// Stores `outcome` of `scenario`, read from `fileText` (the file's bytes as text), run `runs`
    /// times from `seed`; a result of the same file, seed, runs and versions is replaced. Returns
    /// its record.
    @discardableResult
    public func save(
        _ outcome: ScenarioOutcome, scenario: ScenarioDefinition, fileText: Data, seed: UInt64, runs: Int,
        synthetic: Bool, now: Date = Date()
    ) throws -> StoredScenario {
        let fileHash = Self.sha256(fileText)
        let contentVersion = try store.contentVersion()
        let digest = Self.sha256(
            Data("\(fileHash)|\(seed)|\(runs)|\(contentVersion)|\(Self.codeVersion)".utf8))
        let record = StoredScenario(
            id: "\(scenario.id)-\(digest.prefix(10))", scenarioID: scenario.id, name: scenario.name,
            fileName: scenario.file, fileHash: fileHash, seed: seed, runs: runs,
            baselineYear: scenario.baselineYear,
            horizonYear: scenario.horizonYear, codeVersion: Self.codeVersion, contentVersion: contentVersion,
            createdAt: ISO8601DateFormatter().string(from: now), synthetic: synthetic)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(outcome), as: UTF8.self)
        let row: [FieldValue] = [
            .text(record.id), .text(record.scenarioID), .text(record.name), .text(record.fileName),
            .text(fileHash), .text(String(decoding: fileText, as: UTF8.self)), .int(Int64(seed)),
            .int(Int64(runs)),
            .int(Int64(record.baselineYear)), .int(Int64(record.horizonYear)), .text(record.codeVersion),
            .text(contentVersion), .text(record.createdAt), .flag(synthetic), .text(json),
        ]
        try store.transaction { writer in
            _ = try writer.execute("DELETE FROM scenario_results WHERE result_id = ?", [.text(record.id)])
            _ = try writer.insert(ScenarioTables.scenarioResults, row)
        }
        return record
    }

    private static let recordColumns =
        "result_id, scenario_id, name, file_name, file_sha256, seed, runs, baseline_year, horizon_year, code_version, content_version, created_at, synthetic"

    /// Every stored result, newest first.
    public func list() throws -> [StoredScenario] {
        try store.query(
            "SELECT \(Self.recordColumns) FROM scenario_results ORDER BY created_at DESC, result_id", []
        ).map(Self.record)
    }

    /// The stored result `id` (or the only result whose id starts with it): its record, outcome and
    /// file text; nil when there is none.
    public func load(_ id: String) throws -> (
        record: StoredScenario, outcome: ScenarioOutcome, fileText: String
    )? {
        var rows = try store.query(
            "SELECT \(Self.recordColumns), outcome_json, file_text FROM scenario_results WHERE result_id = ?",
            [.text(id)])
        if rows.isEmpty {
            rows = try store.query(
                "SELECT \(Self.recordColumns), outcome_json, file_text FROM scenario_results WHERE substr(result_id, 1, length(?)) = ?",
                [.text(id), .text(id)])
        }
        guard rows.count == 1, let row = rows.first, let json = row[13].textValue else { return nil }
        let outcome = try JSONDecoder().decode(ScenarioOutcome.self, from: Data(json.utf8))
        return (Self.record(row), outcome, row[14].textValue ?? "")
    }

    /// A stored seed, exactly (not through a Double).
    private static func seed(_ value: FieldValue) -> UInt64 {
        if case .int(let seed) = value, seed >= 0 { return UInt64(seed) }
        return UInt64(max(0, value.number ?? 0))
    }

    private static func record(_ row: [FieldValue]) -> StoredScenario {
        StoredScenario(
            id: row[0].textValue ?? "", scenarioID: row[1].textValue ?? "", name: row[2].textValue ?? "",
            fileName: row[3].textValue ?? "", fileHash: row[4].textValue ?? "",
            seed: Self.seed(row[5]), runs: Int(row[6].number ?? 0),
            baselineYear: Int(row[7].number ?? 0), horizonYear: Int(row[8].number ?? 0),
            codeVersion: row[9].textValue ?? "", contentVersion: row[10].textValue ?? "",
            createdAt: row[11].textValue ?? "", synthetic: (row[12].number ?? 0) != 0)
    }
}
