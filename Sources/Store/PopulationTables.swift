import PlaceModel

/// Tables the population health engine writes: fitted risk models and their reports, by version.
public enum PopulationTables {
    /// One fitted risk model (its features and coefficients) and its out-of-time report.
    public static let riskModels = TableSchema(
        "risk_models", "one fitted risk model, its coefficients and its out-of-time validation report",
        key: ["model_version"],
        columns: [
            Column("model_version", .text(maxLength: 80), "version: outcome, training date and a digest"),
            Column("outcome", .text(maxLength: 64), "what the model predicts"),
            Column("created_at", .text(maxLength: 32), "when it was fitted (UTC, ISO 8601)"),
            Column("train_date", .text(maxLength: 10), "index date of the training period"),
            Column("test_date", .text(maxLength: 10), "index date of the (later) test period"),
            Column("train_persons", .integer(0...Int64.max), "persons in the training period"),
            Column("test_persons", .integer(0...Int64.max), "persons in the test period"),
            Column("auroc", .real(0...1), "area under the ROC curve, test period"),
            Column("brier", .real(0...1), "Brier score, test period"),
            Column("calibration_slope", .real(-1e6...1e6), "calibration slope, test period"),
            Column("calibration_intercept", .real(-1e6...1e6), "calibration intercept, test period"),
            Column("model_json", .text(maxLength: 1_000_000), "features and coefficients (JSON)"),
            Column("report_json", .text(maxLength: 10_000_000), "the validation report (JSON)"),
            Column("synthetic", .flag, "1 if fitted on synthetic data"),
        ])

    /// Every population table, in creation order.
    public static let all = [riskModels]
}
