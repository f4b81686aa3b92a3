extension PlaceSchema {
    /// A&E attendances.
    public static let aeAttendances = TableSchema(
        "ae_attendances", "one attendance at an emergency department", key: ["attendance_id"],
        columns: [
            id("attendance_id", "record identifier"), personID,
            eventDate("arrival_date", "date of arrival"),
            Column("duration_minutes", .integer(0...10_080), "minutes from arrival to departure"),
            Column("admitted", .flag, "1 if admitted to hospital from A&E"),
        ], indexed: ["person_id"])

    /// Hospital admissions (spells).
    public static let admissions = TableSchema(
        "admissions", "one hospital admission (spell)", key: ["admission_id"],
        columns: [
            id("admission_id", "record identifier"), personID,
            Column("method", .code(["elective", "emergency"]), "admission method"),
            eventDate("admit_date", "date admitted"),
            eventDate("discharge_date", optional: true, "date discharged (empty if still in hospital)"),
            Column("delayed_days", .integer(0...3650), "days of delayed transfer of care"),
            Column("diagnosis_group", .code(causeGroups), "primary diagnosis group"),
            Column("acs", .flag, "1 if the primary diagnosis is an ambulatory-care-sensitive condition"),
        ], dateOrders: [DateOrder("admit_date", before: "discharge_date")], indexed: ["person_id"])

    /// Detentions under the Mental Health Act.
    public static let mhaDetentions = TableSchema(
        "mha_detentions", "one detention under the Mental Health Act 1983", key: ["detention_id"],
        columns: [
            id("detention_id", "record identifier"), personID,
            eventDate("start_date", "date detained"),
            eventDate("end_date", optional: true, "date the detention ended"),
            Column(
                "section", .code(["2", "3", "4", "5", "135", "136", "37", "other"]), "section of the Act"),
        ], dateOrders: [DateOrder("start_date", before: "end_date")], indexed: ["person_id"])

    /// Adult social care assessments.
    public static let socialCareAssessments = TableSchema(
        "sc_assessments", "one new request for adult social care support and its outcome",
        key: ["assessment_id"],
        columns: [
            id("assessment_id", "record identifier"), personID,
            eventDate("request_date", "date of the request"),
            eventDate("assessment_date", optional: true, "date the assessment was completed"),
            Column(
                "outcome",
                .code(["first_contact", "universal_services", "long_term_support", "no_services"]),
                "outcome of the request"),
        ], dateOrders: [DateOrder("request_date", before: "assessment_date")], indexed: ["person_id"])

    /// Adult social care packages.
    public static let socialCarePackages = TableSchema(
        "sc_packages", "one package of long-term adult social care", key: ["package_id"],
        columns: [
            id("package_id", "record identifier"), personID,
            eventDate("start_date", "start of the package"),
            eventDate("end_date", optional: true, "end of the package (empty if current)"),
            Column(
                "setting", .code(["home_care", "day_care", "extra_care", "residential", "nursing"]),
                "setting of care"),
            Column("direct_payment", .flag, "1 if delivered as a direct payment"),
        ], dateOrders: [DateOrder("start_date", before: "end_date")], indexed: ["person_id"])

    /// Reablement episodes.
    public static let reablementEpisodes = TableSchema(
        "reablement_episodes", "one episode of reablement or rehabilitation", key: ["episode_id"],
        columns: [
            id("episode_id", "record identifier"), personID,
            eventDate("start_date", "start of reablement"),
            eventDate("end_date", optional: true, "end of reablement"),
            Column("after_discharge", .flag, "1 if it followed discharge from hospital"),
            Column("at_home_91", .flag, optional: true, "1 if still at home 91 days after discharge"),
        ], dateOrders: [DateOrder("start_date", before: "end_date")], indexed: ["person_id"])

    /// Care home admissions.
    public static let careHomeAdmissions = TableSchema(
        "care_home_admissions", "one admission to a care home funded by the council", key: ["admission_id"],
        columns: [
            id("admission_id", "record identifier"), personID,
            eventDate("admit_date", "date admitted"),
            Column("permanent", .flag, "1 for a permanent admission"),
            Column("home_type", .code(["residential", "nursing"]), "type of home"),
        ], indexed: ["person_id"])

    /// Aggregate indicator values from published sources.
    public static let aggregateValues = TableSchema(
        "aggregate_values", "one published value of an indicator for an area and period",
        key: ["indicator_id", "area_code", "period"],
        columns: [
            Column("indicator_id", .text(maxLength: 64), "indicator identifier (place pack)"),
            Column("area_code", .text(maxLength: 16), references: .area, "area the value is for"),
            Column("period", .text(maxLength: 16), "period, e.g. 2019 or 2019/20"),
            Column("numerator", .real(0...1e12), optional: true, "numerator"),
            Column("denominator", .real(0...1e12), optional: true, "denominator"),
            Column("value", .real(-1e12...1e12), "value"),
            Column("source", .text(maxLength: 200), "publisher and dataset"),
            Column("synthetic", .flag, "1 if the value is synthetic"),
        ])
}
