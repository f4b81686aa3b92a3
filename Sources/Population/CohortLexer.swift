/// Splits a cohort rule into tokens, tracking line and column.
enum CohortLexer {
    /// The longest rule read, in characters.
    static let maximumLength = 10_000
    /// The longest span of time, in days (200 years).
    static let maximumSpan = 73_000

    /// The tokens of `rule`, ending with an end token.
    ///
    /// - Throws: ``CohortRuleError`` for a rule longer than ``maximumLength``, a bad number or span
    ///   of time (longer than ``maximumSpan``), or unclosed quoted text.
    static func tokens(_ rule: String) throws -> [CohortToken] {
        let chars = Array(rule)
        guard chars.count <= maximumLength else {
            throw CohortRuleError.syntax(
                .init(line: 1, column: 1),
                "the rule is \(chars.count) characters long; a rule may have at most \(maximumLength)")
        }
        var tokens: [CohortToken] = []
        var i = 0
        var line = 1
        var lineStart = 0
        func position(_ at: Int) -> CohortToken.Position { .init(line: line, column: at - lineStart + 1) }
        while i < chars.count {
            let c = chars[i]
            let start = i
            if c == "\n" {
                i += 1
                line += 1
                lineStart = i
                continue
            }
            if c.isWhitespace {
                i += 1
                continue
            }
            if c.isLetter || c == "_" {
                while i < chars.count, chars[i].isLetter || chars[i].isNumber || chars[i] == "_" { i += 1 }
                let word = String(chars[start..<i])
                tokens.append(CohortToken(kind: .word(word), position: position(start), text: word))
            } else if c.isNumber || (c == "." && i + 1 < chars.count && chars[i + 1].isNumber) {
                while i < chars.count, chars[i].isNumber || chars[i] == "." { i += 1 }
                let digits = String(chars[start..<i])
                guard let value = Double(digits) else {
                    throw CohortRuleError.syntax(position(start), "'\(digits)' is not a number")
                }
                if i < chars.count, chars[i].isLetter {
                    let unitStart = i
                    while i < chars.count, chars[i].isLetter || chars[i].isNumber { i += 1 }
                    let unit = String(chars[unitStart..<i]).lowercased()
                    let days: [String: Double] = ["d": 1, "w": 7, "m": 365.0 / 12, "y": 365]
                    guard let perUnit = days[unit], value == value.rounded() else {
                        throw CohortRuleError.syntax(
                            position(start),
                            "'\(String(chars[start..<i]))' is not a number or a span of time (write for example 2y, 12m, 6w or 90d)"
                        )
                    }
                    let span = (value * perUnit).rounded()
                    guard span <= Double(maximumSpan) else {
                        throw CohortRuleError.syntax(
                            position(start), "'\(String(chars[start..<i]))' is longer than 200 years")
                    }
                    tokens.append(
                        CohortToken(
                            kind: .duration(Int(span)), position: position(start),
                            text: String(chars[start..<i])))
                } else {
                    tokens.append(CohortToken(kind: .number(value), position: position(start), text: digits))
                }
            } else if c == "'" || c == "\"" {
                i += 1
                while i < chars.count, chars[i] != c, chars[i] != "\n" { i += 1 }
                guard i < chars.count, chars[i] == c else {
                    throw CohortRuleError.syntax(position(start), "this quoted text has no closing \(c)")
                }
                i += 1
                let inner = String(chars[(start + 1)..<(i - 1)])
                tokens.append(
                    CohortToken(kind: .text(inner), position: position(start), text: String(chars[start..<i]))
                )
            } else if "(),".contains(c) {
                i += 1
                tokens.append(
                    CohortToken(kind: .symbol(String(c)), position: position(start), text: String(c)))
            } else if "=<>!".contains(c) {
                i += 1
                if i < chars.count, chars[i] == "=" { i += 1 }
                let symbol = String(chars[start..<i])
                guard symbol != "!" else {
                    throw CohortRuleError.syntax(
                        position(start), "'!' must be followed by '=' (write != or not)")
                }
                tokens.append(
                    CohortToken(
                        kind: .symbol(symbol == "==" ? "=" : symbol), position: position(start), text: symbol)
                )
            } else {
                throw CohortRuleError.syntax(position(start), "'\(c)' is not allowed in a rule")
            }
        }
        tokens.append(CohortToken(kind: .end, position: position(chars.count), text: ""))
        return tokens
    }
}
