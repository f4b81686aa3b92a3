import PlaceModel

/// Tables of computed results: written by the engine, read by presentation without recomputing.
public enum ResultTables {
    /// One computed value of an indicator for a period, breakdown and group, with its intervals.
    public static let indicatorResults = TableSchema(
        "indicator_results", "one computed value of an indicator for a period, breakdown and group",
        key: ["indicator_id", "period", "breakdown", "group_code"],
        columns: [
            Column("indicator_id", .text(maxLength: 64), "indicator id (place pack)"),
            Column("period", .text(maxLength: 16), "period label"),
            Column(
                "breakdown", .text(maxLength: 16),
                "city, ward, lcp, pcn, practice, decile, deprivation, sex, age, ethnicity"),
            Column("group_code", .text(maxLength: 32), "area code or category"),
            Column("numerator", .real(-1e15...1e15), "numerator"),
            Column("denominator", .real(-1e15...1e15), optional: true, "denominator"),
            Column("value", .real(-1e15...1e15), optional: true, "value"),
            Column("lower95", .real(-1e15...1e15), optional: true, "95% lower limit"),
            Column("upper95", .real(-1e15...1e15), optional: true, "95% upper limit"),
            Column("lower998", .real(-1e15...1e15), optional: true, "99.8% lower limit"),
            Column("upper998", .real(-1e15...1e15), optional: true, "99.8% upper limit"),
            Column(
                "benchmark", .real(-1e15...1e15), optional: true, "value compared with (city, or England)"),
            Column("benchmark_label", .text(maxLength: 64), optional: true, "what the benchmark is"),
            Column("compared95", .text(maxLength: 8), optional: true, "higher, similar or lower (95%)"),
            Column("compared998", .text(maxLength: 8), optional: true, "higher, similar or lower (99.8%)"),
            Column("trend", .text(maxLength: 32), optional: true, "trend over the five periods to this one"),
            Column("trend_slope", .real(-1e15...1e15), optional: true, "trend slope per period"),
        ], indexed: ["breakdown"])

    /// The city's inequality in one indicator and period: deprived vs the rest, SII and RII.
    public static let indicatorInequalities = TableSchema(
        "indicator_inequalities",
        "the gap between deprived areas and the rest, and SII/RII, per period and area",
        key: ["indicator_id", "period", "area_code"],
        columns: [
            Column("indicator_id", .text(maxLength: 64), "indicator id (place pack)"),
            Column("period", .text(maxLength: 16), "period label"),
            Column("area_code", .text(maxLength: 16), "the city, or an LCP (gap within it only)"),
        ]
            + [
                "deprived", "rest", "gap_absolute", "gap_absolute_lower95", "gap_absolute_upper95",
                "gap_relative",
                "gap_relative_lower95", "gap_relative_upper95", "sii", "sii_lower95", "sii_upper95", "rii",
                "rii_lower95", "rii_upper95",
            ].map { Column($0, .real(-1e15...1e15), optional: true, $0.replacingUnderscores) })

    /// Whether the poorest are improving fastest, per indicator.
    public static let indicatorProgress = TableSchema(
        "indicator_progress", "are the poorest improving fastest: the change in the deprived-vs-rest gap",
        key: ["indicator_id"],
        columns: [
            Column("indicator_id", .text(maxLength: 64), "indicator id (place pack)"),
            Column("first_period", .text(maxLength: 16), "first period compared"),
            Column("last_period", .text(maxLength: 16), "last period compared"),
            Column("answer", .text(maxLength: 32), "faster, faster-not-significant, slower, ..."),
        ]
            + ["gap_first", "gap_last", "change", "change_lower95", "change_upper95"].map {
                Column($0, .real(-1e15...1e15), optional: true, $0.replacingUnderscores)
            })

    /// Every result table, in creation order.
    public static let all = [indicatorResults, indicatorInequalities, indicatorProgress]
}

extension String {
    fileprivate var replacingUnderscores: String { split(separator: "_").joined(separator: " ") }
}
