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
        ], indexed: ["breakdown"])
}
