/// Reads a cohort rule's tokens into a ``CohortExpression`` (recursive descent).
///
/// ```
/// rule       := or-expr END
/// or-expr    := and-expr { "or" and-expr }
/// and-expr   := unary { "and" unary }
/// unary      := "not" unary | "(" or-expr ")" | term [ comparison ]
/// term       := NAME [ "(" [ value { "," value } ] ")" ]
/// comparison := ( "=" | "!=" | "<" | "<=" | ">" | ">=" ) value | [ "not" ] "in" "(" value { "," value } ")"
/// value      := NAME | NUMBER | DURATION | 'TEXT'
/// ```
struct CohortParser {
    /// How deeply `not` and parentheses may nest.
    static let maximumDepth = 64

    private let tokens: [CohortToken]
    private var at = 0
    private var depth = 0

    /// Parses `rule`.
    static func parse(_ rule: String) throws -> CohortExpression {
        var parser = CohortParser(tokens: try CohortLexer.tokens(rule))
        if case .end = parser.peek.kind {
            throw CohortRuleError.syntax(parser.peek.position, "the rule is empty")
        }
        let expression = try parser.orExpression()
        guard case .end = parser.peek.kind else {
            let token = parser.peek
            if case .symbol(")") = token.kind {
                throw CohortRuleError.syntax(token.position, "this ')' has no matching '('")
            }
            throw CohortRuleError.syntax(
                token.position, "expected 'and', 'or' or the end of the rule, found \(token.described)")
        }
        return expression
    }

    private init(tokens: [CohortToken]) { self.tokens = tokens }

    private var peek: CohortToken { tokens[at] }

    private mutating func next() -> CohortToken {
        defer { at = min(at + 1, tokens.count - 1) }
        return tokens[at]
    }

    private func isSymbol(_ symbol: String) -> Bool {
        if case .symbol(let s) = peek.kind { return s == symbol }
        return false
    }

    private mutating func orExpression() throws -> CohortExpression {
        var parts = [try andExpression()]
        while peek.keyword == "or" {
            _ = next()
            parts.append(try andExpression())
        }
        return parts.count == 1 ? parts[0] : .or(parts)
    }

    private mutating func andExpression() throws -> CohortExpression {
        var parts = [try unary()]
        while peek.keyword == "and" {
            _ = next()
            parts.append(try unary())
        }
        return parts.count == 1 ? parts[0] : .and(parts)
    }

    private mutating func unary() throws -> CohortExpression {
        let token = peek
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maximumDepth else {
            throw CohortRuleError.syntax(
                token.position, "the rule nests 'not' and parentheses more than \(Self.maximumDepth) deep")
        }
        if token.keyword == "not" {
            _ = next()
            return .not(try unary(), token.position)
        }
        if isSymbol("(") {
            _ = next()
            let inner = try orExpression()
            guard isSymbol(")") else {
                throw CohortRuleError.syntax(
                    peek.position,
                    "expected ')' to close the '(' at column \(token.position.column), found \(peek.described)"
                )
            }
            _ = next()
            return inner
        }
        guard case .word = token.kind, token.keyword == nil else {
            throw CohortRuleError.syntax(
                token.position,
                "expected a condition (a field such as age, or a test such as has(dementia)), found \(token.described)"
            )
        }
        let term = try self.term()
        return try comparison(after: term)
    }

    private mutating func term() throws -> CohortExpression.Term {
        let name = next()
        guard isSymbol("(") else { return .init(name: name, arguments: nil, end: name.position) }
        _ = next()
        var arguments: [CohortExpression.Value] = []
        if !isSymbol(")") {
            arguments.append(try value(after: "'\(name.text)('"))
            while isSymbol(",") {
                _ = next()
                arguments.append(try value(after: "','"))
            }
        }
        guard isSymbol(")") else {
            throw CohortRuleError.syntax(
                peek.position,
                "expected ',' or ')' in the arguments of \(name.text)(…), found \(peek.described)")
        }
        let close = next()
        return .init(name: name, arguments: arguments, end: close.position)
    }

    private mutating func comparison(after term: CohortExpression.Term) throws -> CohortExpression {
        let token = peek
        if case .symbol(let s) = token.kind, ["=", "!=", "<", "<=", ">", ">="].contains(s) {
            _ = next()
            return .comparison(term, op: token, values: [try value(after: "'\(s)'")])
        }
        var negated = false
        if token.keyword == "not", tokens[at + 1].keyword == "in" {
            _ = next()
            negated = true
        }
        guard peek.keyword == "in" else {
            return negated ? .not(.predicate(term), token.position) : .predicate(term)
        }
        let inToken = next()
        guard isSymbol("(") else {
            throw CohortRuleError.syntax(
                peek.position, "expected '(' and a list of values after 'in', found \(peek.described)")
        }
        _ = next()
        var values = [try value(after: "'in ('")]
        while isSymbol(",") {
            _ = next()
            values.append(try value(after: "','"))
        }
        guard isSymbol(")") else {
            throw CohortRuleError.syntax(
                peek.position, "expected ',' or ')' in the list after 'in', found \(peek.described)")
        }
        _ = next()
        let test = CohortExpression.comparison(term, op: inToken, values: values)
        return negated ? .not(test, token.position) : test
    }

    private mutating func value(after what: String) throws -> CohortExpression.Value {
        let token = peek
        switch token.kind {
        case .word where token.keyword == nil, .number, .duration, .text:
            _ = next()
            return .init(token: token)
        default:
            throw CohortRuleError.syntax(
                token.position, "expected a value after \(what), found \(token.described)")
        }
    }
}
