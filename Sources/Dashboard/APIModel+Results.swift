import Publication
import Engine
import Statistics

extension APIModel {
    /// One published result.
    struct Result: Codable, Sendable {
        let period: String
        let breakdown: String
        let group: String
        let groupName: String
        let suppressed: Bool
        let numerator: Double?
        let denominator: Double?
        let value: Double?
        let lower95: Double?
        let upper95: Double?
        let lower998: Double?
        let upper998: Double?
        let benchmark: Double?
        let benchmarkLabel: String?
        let compared95: String?
        let compared998: String?
        let assessment: String?
        let trend: String?
        let trendText: String?

        init(_ r: PublishedResult, groupName: String) {
            func finite(_ v: Double?) -> Double? { v.flatMap { $0.isFinite ? $0 : nil } }
            period = r.period
            breakdown = r.breakdown
            group = r.group
            self.groupName = groupName
            suppressed = r.suppressed
            numerator = finite(r.numerator)
            denominator = finite(r.denominator)
            value = finite(r.value)
            lower95 = finite(r.lower95)
            upper95 = finite(r.upper95)
            lower998 = finite(r.lower998)
            upper998 = finite(r.upper998)
            benchmark = finite(r.benchmark)
            benchmarkLabel = r.benchmarkLabel
            compared95 = r.compared95?.rawValue
            compared998 = r.compared998?.rawValue
            assessment = r.assessment?.rawValue
            trend = r.trend?.rawValue
            trendText = r.trendText
        }
    }

    /// `GET /api/indicators/{id}/results`.
    struct Results: Codable, Sendable {
        let synthetic: Bool
        let notice: String?
        let indicator: String
        let breakdown: String
        let period: String?
        let suppressionThreshold: Int
        let results: [Result]
    }

    /// Inequality between deprived and the rest, and across deciles, for one period.
    struct Inequality: Codable, Sendable {
        let period: String
        /// The city's code, or an LCP's (its own deprived areas against the rest of it).
        let area: String
        let suppressed: Bool
        /// Whether the deprived-vs-rest figures are withheld.
        let gapSuppressed: Bool
        /// Whether the SII and RII are withheld.
        let indicesSuppressed: Bool
        let deprived, rest, gapAbsolute, gapAbsoluteLower, gapAbsoluteUpper: Double?
        let gapRelative, gapRelativeLower, gapRelativeUpper: Double?
        let sii, siiLower, siiUpper, rii, riiLower, riiUpper: Double?

        init(_ i: InequalityResult) {
            func f(_ v: Double?) -> Double? { v.flatMap { $0.isFinite ? $0 : nil } }
            period = i.period
            area = i.area
            suppressed = i.suppressed
            gapSuppressed = i.gapSuppressed
            indicesSuppressed = i.indicesSuppressed
            deprived = f(i.deprived)
            rest = f(i.rest)
            gapAbsolute = f(i.gapAbsolute)
            gapAbsoluteLower = f(i.gapAbsoluteLower)
            gapAbsoluteUpper = f(i.gapAbsoluteUpper)
            gapRelative = f(i.gapRelative)
            gapRelativeLower = f(i.gapRelativeLower)
            gapRelativeUpper = f(i.gapRelativeUpper)
            sii = f(i.sii)
            siiLower = f(i.siiLower)
            siiUpper = f(i.siiUpper)
            rii = f(i.rii)
            riiLower = f(i.riiLower)
            riiUpper = f(i.riiUpper)
        }
    }

    /// "Are the poorest improving fastest?"
    struct Progress: Codable, Sendable {
        let firstPeriod: String
        let lastPeriod: String
        /// The answer's code: faster, faster-not-significant, slower, slower-not-significant, not-calculated.
        let answer: String
        /// The answer in words.
        let answerText: String
        let gapFirst, gapLast, change, changeLower, changeUpper: Double?

        init(_ p: PoorestProgress) {
            func f(_ v: Double?) -> Double? { v.flatMap { $0.isFinite ? $0 : nil } }
            firstPeriod = p.firstPeriod
            lastPeriod = p.lastPeriod
            answer = p.answer.rawValue
            answerText = p.answer.text
            gapFirst = f(p.gapFirst)
            gapLast = f(p.gapLast)
            change = f(p.change)
            changeLower = f(p.changeLower)
            changeUpper = f(p.changeUpper)
        }
    }

    /// `GET /api/indicators/{id}/inequalities`.
    struct Inequalities: Codable, Sendable {
        let synthetic: Bool
        let notice: String?
        let indicator: String
        let area: String
        let inequalities: [Inequality]
        let progress: Progress?
    }
}
