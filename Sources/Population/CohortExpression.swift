/// A parsed cohort rule, before its names are checked (see ``CohortRule``).
indirect enum CohortExpression: Sendable, Hashable {
    /// A value written in a rule: a name or code, a number, a span of time or quoted text.
    struct Value: Sendable, Hashable {
        let token: CohortToken

        /// The value as a lower-case word or text, if it is one.
        var word: String? {
            switch token.kind {
            case .word(let w): return w.lowercased()
            case .text(let t): return t.lowercased()
            default: return nil
            }
        }

        /// The value as written (codes keep their case).
        var raw: String {
            switch token.kind {
            case .text(let t): return t
            default: return token.text
            }
        }
    }

    /// A field (`age`) or a function call (`courses(antibiotic, 2y)`) on the left of a comparison,
    /// or a function standing alone (`has(dementia)`).
    struct Term: Sendable, Hashable {
        let name: CohortToken
        /// The call's arguments; nil for a field.
        let arguments: [Value]?
        /// Where the call's closing parenthesis is (for messages about missing arguments).
        let end: CohortToken.Position

        var lowerName: String { name.text.lowercased() }
    }

    /// All must hold.
    case and([CohortExpression])
    /// Any must hold.
    case or([CohortExpression])
    /// Must not hold.
    case not(CohortExpression, CohortToken.Position)
    /// `term op value`, or `term in (values)` (op `in`).
    case comparison(Term, op: CohortToken, values: [Value])
    /// A function that is true or false by itself.
    case predicate(Term)
}
