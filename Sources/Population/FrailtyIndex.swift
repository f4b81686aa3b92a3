/// The electronic frailty index (eFI; Clegg et al., Age and Ageing 2016): 36 deficits found in
/// the primary care record; the index is the share present. It is defined for people aged 65+.
///
/// A deficit is present on a date when a register entry or coded problem that indicates it was
/// recorded on or before that date, except: polypharmacy (five or more medicine groups prescribed
/// in the 12 months to the date) and requirement for care (a social care package running on the
/// date, or a permanent care home admission before it).
public enum FrailtyIndex {
    /// Where the data model holds a deficit.
    public enum Source: Sendable, Hashable {
        /// A condition register (upper case).
        case register(String)
        /// A coded problem.
        case problem(String)
        /// Five or more medicine groups prescribed in the last 12 months.
        case polypharmacy
        /// Social care: a package running on the date, or a permanent care home admission.
        case careRequirement
    }

    /// One of the 36 deficits.
    public struct Deficit: Sendable, Hashable {
        /// Its name in the eFI.
        public let name: String
        /// Where it is found (any one suffices).
        public let sources: [Source]
    }

    /// The 36 deficits, in the eFI's order.
    public static let deficits: [Deficit] = [
        d("activity limitation", .problem("activity_limitation")),
        d("anaemia and haematinic deficiency", .problem("anaemia")),
        d("arthritis", .register("RA"), .problem("arthritis")),
        d("atrial fibrillation", .register("AF")),
        d("cerebrovascular disease", .register("STROKE")),
        d("chronic kidney disease", .register("CKD")),
        d("diabetes", .register("DIABETES")),
        d("dizziness", .problem("dizziness")),
        d("dyspnoea", .problem("dyspnoea")),
        d("falls", .problem("falls")),
        d("foot problems", .problem("foot_problems")),
        d("fragility fracture", .problem("fragility_fracture")),
        d("hearing impairment", .problem("hearing_impairment")),
        d("heart failure", .register("HF")),
        d("heart valve disease", .problem("heart_valve_disease")),
        d("housebound", .problem("housebound")),
        d("hypertension", .register("HYPERTENSION")),
        d("hypotension / syncope", .problem("hypotension_syncope")),
        d("ischaemic heart disease", .register("CHD")),
        d("memory and cognitive problems", .register("DEMENTIA"), .problem("memory_problems")),
        d("mobility and transfer problems", .problem("mobility_problems")),
        d("osteoporosis", .problem("osteoporosis")),
        d("parkinsonism and tremor", .problem("parkinsonism")),
        d("peptic ulcer", .problem("peptic_ulcer")),
        d("peripheral vascular disease", .register("PAD")),
        d("polypharmacy", .polypharmacy),
        d("requirement for care", .careRequirement),
        d("respiratory disease", .register("ASTHMA"), .register("COPD")),
        d("skin ulcer", .problem("skin_ulcer")),
        d("sleep disturbance", .problem("sleep_disturbance")),
        d("social vulnerability", .problem("social_vulnerability")),
        d("thyroid disease", .problem("thyroid_disease")),
        d("urinary incontinence", .problem("urinary_incontinence")),
        d("urinary system disease", .problem("urinary_disease")),
        d("visual impairment", .problem("visual_impairment")),
        d("weight loss and anorexia", .problem("weight_loss")),
    ]

    private static func d(_ name: String, _ sources: Source...) -> Deficit {
        Deficit(name: name, sources: sources)
    }

    /// The youngest age the index is defined for.
    public static let minimumAge = 65
    /// Medicine groups in 12 months that make polypharmacy.
    public static let polypharmacyGroups = 5

    /// The deficit (position) each register indicates, by register position; -1 for none.
    static let registerDeficit: [Int8] = table(PopulationCodes.registers) { .register($0) }
    /// The deficit (position) each problem indicates, by problem position; -1 for none.
    static let problemDeficit: [Int8] = table(PopulationCodes.problems) { .problem($0) }
    static let polypharmacyDeficit = deficits.firstIndex { $0.sources == [.polypharmacy] }!
    static let careDeficit = deficits.firstIndex { $0.sources == [.careRequirement] }!

    private static func table(_ codes: [String], _ source: (String) -> Source) -> [Int8] {
        codes.map { code in Int8(deficits.firstIndex { $0.sources.contains(source(code)) } ?? -1) }
    }

    /// The eFI score of a number of deficits present.
    public static func score(_ deficitCount: Int) -> Double { Double(deficitCount) / Double(deficits.count) }

    /// The names of the deficits in a bit set (bit `k` = deficit `k`).
    public static func names(_ bits: UInt64) -> [String] {
        deficits.indices.filter { bits & (1 << UInt64($0)) != 0 }.map { deficits[$0].name }
    }
}
