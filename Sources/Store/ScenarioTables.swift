import PlaceModel

/// Tables the scenario engine writes: each stored run of a scenario, traceable to what produced it.
public enum ScenarioTables {
    /// One stored scenario result: the file (its text and hash), seed, runs, the PlaceHealth and
    /// data versions, and the summarised outcome.
    public static let scenarioResults = TableSchema(
        "scenario_results", "one Monte Carlo run of a scenario file, with what produced it and its outcome",
        key: ["result_id"],
        columns: [
            Column("result_id", .text(maxLength: 120), "the result's id: the scenario's id and a digest"),
            Column("scenario_id", .text(maxLength: 80), "the scenario file's id"),
            Column("name", .text(maxLength: 200), "the scenario's name"),
            Column("file_name", .text(maxLength: 300), "the scenario file's name"),
            Column("file_sha256", .text(maxLength: 64), "SHA-256 of the scenario file's bytes"),
            Column("file_text", .text(maxLength: 1_000_000), "the scenario file as run"),
            Column("seed", .integer(0...Int64.max), "the seed of the runs"),
            Column("runs", .integer(1...100_000), "Monte Carlo runs"),
            Column("baseline_year", .integer(1900...2200), "the baseline year"),
            Column("horizon_year", .integer(1900...2300), "the horizon year"),
            Column("code_version", .text(maxLength: 80), "the PlaceHealth scenario engine version"),
            Column("content_version", .text(maxLength: 80), "the store's content version when run"),
            Column("created_at", .text(maxLength: 32), "when it was run (UTC, ISO 8601)"),
            Column("synthetic", .flag, "1 if run on synthetic data"),
            Column("outcome_json", .text(maxLength: 100_000_000), "the summarised outcome (JSON)"),
        ])

    /// Every scenario table, in creation order.
    public static let all = [scenarioResults]
}
