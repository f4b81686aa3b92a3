import PlaceModel

/// Published values of other areas (England above all), loaded from Fingertips data downloads, so
/// that an indicator's benchmark can be a loaded value instead of an assumed one.
public enum BenchmarkTables {
    /// One published value of an indicator for an area, period, sex, age and category.
    public static let publishedValues = TableSchema(
        "published_values", "one published value of an indicator for an area and period (Fingertips layout)",
        key: ["indicator_id", "area_code", "period", "sex", "age", "category_type", "category"],
        columns: [
            Column("indicator_id", .text(maxLength: 64), "indicator id (place pack)"),
            Column("area_code", .text(maxLength: 16), "the area's code (E92000001 for England)"),
            Column("area_name", .text(maxLength: 200), "the area's name as the file gives it"),
            Column("area_type", .text(maxLength: 64), "the area's type as the file gives it"),
            Column(
                "period", .text(maxLength: 16), "period label, as PlaceHealth writes it (2018/19, 2016-18)"),
            Column("sex", .text(maxLength: 16), "Persons, Male or Female"),
            Column("age", .text(maxLength: 32), "the age range as the file gives it"),
            Column("category_type", .text(maxLength: 200), "the category type, or empty"),
            Column("category", .text(maxLength: 200), "the category, or empty"),
            Column("value", .real(-1e15...1e15), optional: true, "value (empty when the file withholds it)"),
            Column("lower95", .real(-1e15...1e15), optional: true, "95% lower limit"),
            Column("upper95", .real(-1e15...1e15), optional: true, "95% upper limit"),
            Column("source_file", .text(maxLength: 500), "the file it was loaded from"),
            Column("loaded_at", .text(maxLength: 32), "when (UTC, ISO 8601)"),
        ], indexed: ["area_code"])
}
