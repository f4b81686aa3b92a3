/// How figures are grouped: the one vocabulary of breakdowns, shared by the indicator engine,
/// population health management and every output. Each name means one grouping everywhere.
public enum Breakdown: String, CaseIterable, Sendable, Codable {
    /// The whole place.
    case city
    /// Electoral ward of the home.
    case ward
    /// Local Care Partnership (of the home for indicators; of the registered practice, else the home,
    /// for population health).
    case lcp
    /// Primary Care Network of the registered practice.
    case pcn
    /// Registered GP practice.
    case practice
    /// IMD decile of the home LSOA (1 = the most deprived 10% nationally).
    case decile
    /// Deprived (IMD decile 1) and the rest (deciles 2 to 10).
    case deprivation
    /// Sex.
    case sex
    /// Five-year age band (``ageBands``: 0-4 to 85-89, and 90+).
    case age
    /// Life stage (``lifeStages``: 0-17, 18-64, 65-74, 75-84, 85+).
    case lifeStage = "life-stage"
    /// Ethnic group.
    case ethnicity

    /// The breakdowns of indicator results, in display order.
    public static let indicators: [Breakdown] = [
        .city, .ward, .lcp, .pcn, .practice, .decile, .deprivation, .sex, .age, .ethnicity,
    ]

    /// The breakdowns of the population health aggregates (segments, frailty, cohorts, outcomes).
    public static let population: [Breakdown] = [
        .city, .lcp, .practice, .decile, .ethnicity, .sex, .lifeStage,
    ]

    /// The breakdowns whose groups are areas, from the largest.
    public static let areas: [Breakdown] = [.city, .ward, .lcp, .pcn, .practice]

    /// The groups of ``age``.
    public static let ageBands = (0..<19).map { $0 == 18 ? "90+" : "\($0 * 5)-\($0 * 5 + 4)" }

    /// The groups of ``lifeStage``.
    public static let lifeStages = ["0-17", "18-64", "65-74", "75-84", "85+"]

    /// The life stage of someone aged `age`: its position in ``lifeStages``.
    public static func lifeStage(age: Int) -> Int {
        age < 18 ? 0 : age < 65 ? 1 : age < 75 ? 2 : age < 85 ? 3 : 4
    }

    /// Whether its groups are areas.
    public var isArea: Bool { Self.areas.contains(self) }
}
