/// The place data model: every stored table, in load order (referenced tables first).
public enum PlaceSchema {
    /// Every table.
    public static let tables: [TableSchema] = [
        areas, persons, conditions, observations, births, deaths, carers,
        aeAttendances, admissions, mhaDetentions,
        socialCareAssessments, socialCarePackages, reablementEpisodes, careHomeAdmissions,
        problems, medications, aggregateValues,
    ]

    /// The table named `name`, if any.
    public static func table(named name: String) -> TableSchema? { tables.first { $0.name == name } }

    /// Years a birth date may fall in.
    static let birthYears = 1900...2030
    /// Years an event may fall in.
    static let eventYears = 1990...2030

    /// A record's whole-number identifier column.
    static func id(_ name: String, _ meaning: String) -> Column {
        Column(name, .integer(1...Int64.max), meaning)
    }

    /// The pseudonymous person a record belongs to.
    static let personID = Column(
        "person_id", .integer(1...Int64.max), references: .person, "pseudonymous person identifier")

    /// An event date column.
    static func eventDate(_ name: String, optional: Bool = false, _ meaning: String) -> Column {
        Column(name, .date(years: eventYears), optional: optional, meaning)
    }

    /// The ethnic groups (ONS 2011 five-group classification, plus not stated).
    public static let ethnicGroups = ["white", "mixed", "asian", "black", "other", "not_stated"]

    /// Condition registers (QOF-style registers, plus palliative care / end of life).
    public static let registers = [
        "AF", "ASTHMA", "CANCER", "CHD", "CKD", "COPD", "DEMENTIA", "DEPRESSION", "DIABETES", "EPILEPSY",
        "HF", "HYPERTENSION", "LD", "OBESITY", "PAD", "PALLIATIVE", "RA", "SMI", "STROKE",
    ]

    /// Diagnosis and cause groups (ICD-10 chapter groups used for admissions and deaths).
    public static let causeGroups = [
        "cancer", "circulatory", "respiratory", "digestive", "dementia", "mental", "injury",
        "musculoskeletal", "genitourinary", "maternity", "perinatal", "covid19", "other",
    ]

    /// Places of death, and preferred places of death.
    public static let deathPlaces = ["hospital", "home", "care_home", "hospice", "other"]
}
