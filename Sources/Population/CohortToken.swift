/// One token of a cohort rule, with where it starts.
struct CohortToken: Sendable, Hashable {
    /// A place in the rule text.
    struct Position: Sendable, Hashable {
        /// Line, from 1.
        let line: Int
        /// Column, from 1 (characters).
        let column: Int
    }

    /// What kind of token.
    enum Kind: Sendable, Hashable {
        /// A name or code: letters, digits and underscores, starting with a letter.
        case word(String)
        /// A number.
        case number(Double)
        /// A span of time: a whole number and y, m, w or d (`2y`, `12m`, `90d`), in days.
        case duration(Int)
        /// Quoted text.
        case text(String)
        /// `(`, `)`, `,`, `=`, `!=`, `<`, `<=`, `>`, `>=`.
        case symbol(String)
        /// The end of the rule.
        case end
    }

    let kind: Kind
    let position: Position
    /// The token as written.
    let text: String

    /// The keyword (`and`, `or`, `not`, `in`) this token is, if it is one.
    /// What an operator means, whichever way it was written (`==` is `=`), in lower case.
    var operatorName: String {
        if case .symbol(let symbol) = kind { return symbol }
        return keyword ?? text.lowercased()
    }

    var keyword: String? {
        guard case .word(let word) = kind else { return nil }
        let lower = word.lowercased()
        return ["and", "or", "not", "in"].contains(lower) ? lower : nil
    }

    /// How the token is described in messages.
    var described: String {
        if case .end = kind { return "the end of the rule" }
        return "'\(text)'"
    }
}
