import PlaceColumns

/// A cohort rule: a small language of tests on a person, for example
/// `frailty = severe and has(dementia) and lives_in(care_home)`. The grammar and every field and
/// function are in docs/population-health.md; ``CohortRuleError`` gives the line and column of a
/// mistake.
public struct CohortRule: Sendable, Hashable {
    /// The rule as written.
    public let text: String
    /// The tests.
    let test: CohortTest

    /// Parses and checks `text`. With `areas`, area codes (`lcp = LCP01`) are checked too.
    ///
    /// - Throws: ``CohortRuleError`` with the line and column of the first mistake.
    public init(_ text: String, areas: AreaIndex? = nil) throws {
        self.text = text
        test = try CohortCompiler(areas: areas).compile(CohortParser.parse(text))
    }

    /// Whether the rule needs risk scores (`risk` or `risk_top`).
    public var usesRisk: Bool { Self.usesRisk(test) }

    private static func usesRisk(_ test: CohortTest) -> Bool {
        switch test {
        case .all(let parts), .any(let parts): return parts.contains(where: usesRisk)
        case .none(let inner, _): return usesRisk(inner)
        case .atom(.riskTop, _), .atom(.number(.risk, _, _), _): return true
        case .atom: return false
        }
    }
}
