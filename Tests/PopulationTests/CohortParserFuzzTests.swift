import Foundation
import Testing
import TestSupport

@testable import Population

/// Seeded random cohort rules: the corpus in Corpus/, then mutations of it (issue 12).
@Suite struct CohortParserFuzzTests {
    static let tokens = [
        "not ", "(", ")", " and ", " or ", " in ", " not in ", "=", "==", "!=", "<", "<=", ">", ">=", "!",
        "'", "\"",
        ",", " ", "\n", "\r\n", "age", "has(copd)", "2y", "12m", "6w", "90d", "0d", "1.5y", "200y", "201y",
        "99999999999999999999y", "risk_top(", "courses(antibiotic, 2y) >= 2", "efi > 0.36", "lcp = LCP1",
        "sex = F", "é", "e\u{301}", "٣", "½", "\u{2028}", "\t",
    ]

    /// The problem with how `input` is parsed, if any.
    static func check(_ input: [UInt8]) -> String? {
        let text = String(decoding: input, as: UTF8.self)
        do {
            let expression = try CohortParser.parse(text)
            if let problem = limits(text, expression) { return problem }
            if let problem = reprints(expression) { return problem }
        } catch let error as CohortRuleError {
            return placed(error, in: text)
        } catch {
            return "parsing threw \(error), not a CohortRuleError"
        }
        do {
            _ = try CohortRule(text, areas: HandBuilt.areas)
        } catch let error as CohortRuleError {
            return placed(error, in: text)
        } catch {
            return "checking threw \(error), not a CohortRuleError"
        }
        return nil
    }

    /// An error points at a line of the rule, and at most one past the end of that line.
    static func placed(_ error: CohortRuleError, in text: String) -> String? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard error.line >= 1, error.line <= lines.count, error.column >= 1,
            error.column <= lines[error.line - 1].count + 1
        else { return "the error '\(error)' points outside the rule" }
        _ = error.pointing(into: text)
        return nil
    }

    /// A parsed rule is within the limits: its length, nesting and spans of time.
    static func limits(_ text: String, _ expression: CohortExpression) -> String? {
        guard text.count <= CohortLexer.maximumLength else {
            return "a rule of \(text.count) characters parsed"
        }
        guard depth(expression) <= CohortParser.maximumDepth else {
            return "a rule nesting \(depth(expression)) parsed"
        }
        for value in values(expression) {
            if case .duration(let days) = value.token.kind, !(0...CohortLexer.maximumSpan).contains(days) {
                return "a span of \(days) days parsed"
            }
        }
        return nil
    }

    /// How deep `not` and the brackets an expression needs nest (at least; the parser counts more).
    static func depth(_ expression: CohortExpression) -> Int {
        switch expression {
        case .not(let inner, _): return 1 + depth(inner)
        case .and(let parts): return parts.map { depth($0) + (isList($0) ? 1 : 0) }.max() ?? 0
        case .or(let parts): return parts.map { depth($0) + (isOr($0) ? 1 : 0) }.max() ?? 0
        case .comparison, .predicate: return 1
        }
    }

    static func isList(_ e: CohortExpression) -> Bool { if case .and = e { true } else { isOr(e) } }
    static func isOr(_ e: CohortExpression) -> Bool { if case .or = e { true } else { false } }

    /// Every value written in an expression.
    static func values(_ expression: CohortExpression) -> [CohortExpression.Value] {
        switch expression {
        case .not(let inner, _): return values(inner)
        case .and(let parts), .or(let parts): return parts.flatMap(values)
        case .comparison(let term, _, let values): return (term.arguments ?? []) + values
        case .predicate(let term): return term.arguments ?? []
        }
    }

    @Test(.timeLimit(.minutes(2))) func rulesParseOrFailWithAPlaceAndStayWithinTheLimits() throws {
        let corpus = Bundle.module.url(forResource: "Corpus", withExtension: nil)
        let outcome = try FuzzRun.run(
            "cohort-parser", corpus: corpus, extension: "rule", tokens: Self.tokens, check: Self.check)
        #expect(outcome.passed, "\(outcome)")
    }
}

/// The rule found by the fuzz test that crashed the rule checker.
@Suite struct CohortDoubleEqualsTests {
    @Test func doubleEqualsMeansEquals() throws {
        #expect(try CohortRule("age == 65 or sex == F").test == CohortRule("age = 65 or sex = F").test)
    }
}
