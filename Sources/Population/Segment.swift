/// The nine segments of the Leeds Segmentation Model, in order of precedence: a person who meets
/// the rules of more than one segment is in the first of them (see ``SegmentRules``).
public enum Segment: Int, CaseIterable, Sendable, Codable, Comparable {
    /// On the palliative care (end-of-life) register.
    case endOfLife
    /// Aged 65+ with moderate or severe frailty (eFI), or living in a care home permanently.
    case frailty
    /// Cancer diagnosed in the last five years.
    case cancer
    /// On the serious mental illness register.
    case seriousMentalIllness
    /// On the learning disability register.
    case learningDisability
    /// Pregnant, or within six weeks of giving birth.
    case maternity
    /// Aged under 18.
    case childrenAndYoungPeople
    /// One or more long-term conditions.
    case longTermConditions
    /// Everyone else: adults without a long-term condition.
    case healthyAdults

    /// A short identifier (used in rules, CSV and JSON).
    public var id: String {
        [
            "end_of_life", "frailty", "cancer", "smi", "learning_disability", "maternity", "children",
            "long_term_conditions", "healthy_adults",
        ][rawValue]
    }

    /// The segment's name in the Leeds Segmentation Model.
    public var name: String {
        [
            "End of life", "Frailty", "Cancer", "Serious mental illness",
            "Learning disability and neurodiversity",
            "Maternity", "Children and young people", "Long-term conditions", "Healthy adults",
        ][rawValue]
    }

    /// The segment with this identifier.
    public init?(id: String) {
        guard let found = Segment.allCases.first(where: { $0.id == id }) else { return nil }
        self = found
    }

    /// Orders segments by precedence.
    public static func < (a: Segment, b: Segment) -> Bool { a.rawValue < b.rawValue }
}
