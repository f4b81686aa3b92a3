/// A stored scenario result's record: what produced it (the file and its hash, the seed, the runs,
/// the code and data versions) and when.
public struct StoredScenario: Sendable, Codable, Equatable {
    /// The result's id.
    public let id: String
    /// The scenario file's id.
    public let scenarioID: String
    /// The scenario's name.
    public let name: String
    /// The scenario file's name.
    public let fileName: String
    /// SHA-256 of the file's bytes (hex).
    public let fileHash: String
    /// The seed of the runs.
    public let seed: UInt64
    /// Monte Carlo runs.
    public let runs: Int
    /// The baseline year.
    public let baselineYear: Int
    /// The horizon year.
    public let horizonYear: Int
    /// The scenario engine's version (``ScenarioResultStore/codeVersion``).
    public let codeVersion: String
    /// The store's content version when run.
    public let contentVersion: String
    /// When it was run (UTC, ISO 8601).
    public let createdAt: String
    /// Whether it was run on synthetic data.
    public let synthetic: Bool
}
