import PlaceModel
/// A cohort rule after its names are checked: tests on one person, ready to evaluate.
indirect enum CohortTest: Sendable, Hashable {
    /// All must hold.
    case all([CohortTest])
    /// Any must hold.
    case any([CohortTest])
    /// Must not hold; `source` is the test as written, for reasons.
    case none(CohortTest, source: String)
    /// A single test; `source` is the test as written.
    case atom(CohortAtom, source: String)
}

/// A single test on one person.
enum CohortAtom: Sendable, Hashable {
    /// On a register on or before the date.
    case register(UInt8)
    /// A problem recorded on or before the date.
    case problem(UInt8)
    /// A permanent care home admission on or before the date.
    case careHome
    /// A social care package running on the date (any setting when nil).
    case receives(UInt8?)
    /// A medicine prescribed (a course started, or a repeat running) in the days to the date.
    case prescribed(UInt8, days: Int32)
    /// In the top percent of risk within the city, LCP or practice.
    case riskTop(Double, within: Breakdown)
    /// A number compared with a value.
    case number(CohortNumber, CohortComparison, Double)
    /// A category among allowed values (negated for `!=` and `not in`).
    case category(CohortCategory, Set<String>, negated: Bool)
}

/// A numeric field or count of a person.
enum CohortNumber: Sendable, Hashable {
    case age, efi, deficits, conditions, decile, risk
    /// Acute courses of a medicine started in the days to the date (only for respiratory symptoms if set).
    case courses(UInt8, days: Int32, respiratoryOnly: Bool)
    /// Admissions (emergency or elective) in the days to the date.
    case admissions(days: Int32, emergency: Bool)
    /// A&E attendances in the days to the date.
    case attendances(days: Int32)
}

/// A categorical field of a person.
enum CohortCategory: String, Sendable, Hashable, CaseIterable {
    case sex, ethnic_group, frailty, segment, smoking, lcp, practice, pcn, ward
}

/// A comparison of numbers.
enum CohortComparison: String, Sendable, Hashable {
    case equal = "=", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="

    func holds(_ a: Double, _ b: Double) -> Bool {
        switch self {
        case .equal: return a == b
        case .notEqual: return a != b
        case .less: return a < b
        case .lessOrEqual: return a <= b
        case .greater: return a > b
        case .greaterOrEqual: return a >= b
        }
    }
}
