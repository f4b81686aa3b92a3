extension PlaceSchema {
    /// Areas of the place: LSOAs, wards, LCPs, teams, PCNs and practices, from the place pack.
    public static let areas = TableSchema(
        "areas", "one area of the place's geography (from the place pack)", key: ["area_code"],
        columns: [
            Column("area_code", .text(maxLength: 16), "area code (LSOA, ward, LCP, PCN, practice, team)"),
            Column(
                "kind", .code(["city", "lsoa", "ward", "lcp", "team", "pcn", "practice"]), "kind of area"),
            Column("name", .text(maxLength: 120), "area name"),
            Column(
                "parent_code", .text(maxLength: 16), optional: true, references: .area,
                "LSOA -> ward, ward -> LCP, LCP -> team, PCN -> LCP, practice -> PCN"),
            Column(
                "ward_code", .text(maxLength: 16), optional: true, references: .area, "practice: its ward"),
            Column(
                "imd_decile", .integer(1...10), optional: true,
                "LSOA: national IMD decile, 1 = most deprived 10%"),
            Column("population", .integer(0...1_000_000), optional: true, "LSOA: resident population"),
            Column("synthetic", .flag, "1 if the area or its code is synthetic"),
        ], indexed: ["kind"])

    /// Persons: one row per pseudonymised person ever registered or resident.
    public static let persons = TableSchema(
        "persons", "one pseudonymised person", key: ["person_id"],
        columns: [
            Column("person_id", .integer(1...Int64.max), "pseudonymous person identifier"),
            Column("birth_date", .date(years: birthYears), "date of birth"),
            Column("sex", .code(["F", "M"]), "sex: F or M"),
            Column("ethnic_group", .code(ethnicGroups), "ethnic group (ONS 2011 five groups)"),
            Column("lsoa_code", .text(maxLength: 16), references: .lsoa, "home LSOA"),
            Column(
                "practice_code", .text(maxLength: 16), optional: true, references: .practice,
                "registered GP practice"),
            eventDate("registered_from", optional: true, "start of GP registration"),
            eventDate("registered_to", optional: true, "end of GP registration (empty if current)"),
        ],
        dateOrders: [
            DateOrder("birth_date", before: "registered_from"),
            DateOrder("registered_from", before: "registered_to"),
        ],
        indexed: ["lsoa_code", "practice_code"])

    /// Conditions: entries on disease registers.
    public static let conditions = TableSchema(
        "conditions", "one person's entry on a condition register", key: ["condition_id"],
        columns: [
            id("condition_id", "record identifier"), personID,
            Column("register", .code(registers), "register (QOF-style)"),
            Column("onset_date", .date(years: birthYears), "date of diagnosis or entry on the register"),
        ], indexed: ["person_id"])

    /// Observations recorded in primary care.
    public static let observations = TableSchema(
        "observations", "one lifestyle observation or intervention recorded in primary care",
        key: ["observation_id"],
        columns: [
            id("observation_id", "record identifier"), personID,
            eventDate("obs_date", "date recorded"),
            Column(
                "kind", .code(["smoking", "bmi", "activity", "brief_advice", "referral"]), "what was recorded"
            ),
            Column(
                "value_code", .text(maxLength: 32), optional: true,
                "smoking: current/ex/never; activity: active/fairly_active/inactive; brief_advice and referral: smoking/weight/activity/alcohol"
            ),
            Column("value_num", .real(0...1000), optional: true, "bmi: kg/m2; activity: minutes a week"),
        ],
        codeLists: [
            CodeListByKind(
                "value_code", by: "kind",
                [
                    "smoking": ["current", "ex", "never"],
                    "activity": ["active", "fairly_active", "inactive"],
                    "brief_advice": ["smoking", "weight", "activity", "alcohol"],
                    "referral": ["smoking", "weight", "activity", "alcohol"],
                ])
        ], indexed: ["person_id"])

    /// Births to residents.
    public static let births = TableSchema(
        "births", "one live birth to a resident mother", key: ["birth_id"],
        columns: [
            id("birth_id", "record identifier"),
            Column(
                "child_person_id", .integer(1...Int64.max), optional: true, references: .person, "the child"),
            Column(
                "mother_person_id", .integer(1...Int64.max), optional: true, references: .person, "the mother"
            ),
            eventDate("birth_date", "date of birth"),
            Column("lsoa_code", .text(maxLength: 16), references: .lsoa, "mother's LSOA at birth"),
            Column("weight_grams", .integer(200...7000), optional: true, "birth weight"),
            Column("gestation_weeks", .integer(20...45), optional: true, "gestation at birth"),
        ])

    /// Deaths of persons.
    public static let deaths = TableSchema(
        "deaths", "one person's death", key: ["person_id"],
        columns: [
            personID,
            eventDate("death_date", "date of death"),
            Column("cause_group", .code(causeGroups), "underlying cause group"),
            Column("avoidable", .flag, "1 if the cause is avoidable under 75 (ONS definition)"),
            Column("place", .code(deathPlaces), "place of death"),
            Column(
                "preferred_place", .code(deathPlaces), optional: true, "preferred place of death, if recorded"
            ),
            Column("eol_plan", .flag, "1 if an end-of-life care plan (EPaCCS) was in place"),
        ])

    /// Carers known to services.
    public static let carers = TableSchema(
        "carers", "one person identified as an unpaid carer", key: ["carer_id"],
        columns: [
            id("carer_id", "record identifier"), personID,
            eventDate("identified_date", "date identified as a carer"),
            eventDate("assessed_date", optional: true, "date of the carer's assessment, if any"),
            Column(
                "support", .code(["none", "information", "services", "direct_payment"]), "support received"),
        ], dateOrders: [DateOrder("identified_date", before: "assessed_date")], indexed: ["person_id"])
}
