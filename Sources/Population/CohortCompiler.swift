import PlaceColumns

/// Checks a parsed rule's names and values and turns it into ``CohortTest``s, with positioned
/// errors for anything unknown or of the wrong kind.
struct CohortCompiler {
    /// Areas, to check area codes (`lcp = LCP01`); nil skips the check.
    let areas: AreaIndex?

    /// The fields a rule can compare: numbers, then categories.
    static let numberFields = ["age", "efi", "deficits", "conditions", "decile", "risk"]
    /// Boolean functions.
    static let predicates = ["has", "lives_in", "receives", "prescribed", "risk_top"]
    /// Functions giving a number.
    static let counters = ["courses", "admissions", "attendances"]

    func compile(_ expression: CohortExpression) throws -> CohortTest {
        switch expression {
        case .and(let parts): return .all(try parts.map(compile))
        case .or(let parts): return .any(try parts.map(compile))
        case .not(let inner, _): return .none(try compile(inner), source: Self.render(inner))
        case .predicate(let term): return .atom(try predicate(term), source: Self.render(expression))
        case .comparison(let term, let op, let values):
            return .atom(try comparison(term, op, values), source: Self.render(expression))
        }
    }

    private func comparison(
        _ term: CohortExpression.Term, _ op: CohortToken, _ values: [CohortExpression.Value]
    ) throws -> CohortAtom {
        let name = term.lowerName
        if term.arguments == nil, let category = CohortCategory(rawValue: name) {
            let allowed = try Set(values.map { try categoryValue(category, $0) })
            switch op.operatorName {
            case "=", "in": return .category(category, allowed, negated: false)
            case "!=": return .category(category, allowed, negated: true)
            default:
                throw CohortRuleError.badValue(
                    op.position, "\(name) is a category: compare it with =, != or in (…), not '\(op.text)'")
            }
        }
        let number = try numberTerm(term)
        guard op.keyword != "in" else {
            throw CohortRuleError.badValue(
                op.position, "'in' lists categories; compare \(name) with =, <, <=, > or >=")
        }
        guard let comparison = CohortComparison(rawValue: op.operatorName) else {
            throw CohortRuleError.badValue(
                op.position, "compare \(name) with =, !=, <, <=, > or >=, not '\(op.text)'")
        }
        guard case .number(let value) = values[0].token.kind else {
            throw CohortRuleError.badValue(
                values[0].token.position,
                "\(name) is a number: compare it with a number, not \(values[0].token.described)")
        }
        if name == "efi" || name == "risk", !(0...1).contains(value) {
            throw CohortRuleError.badValue(
                values[0].token.position, "\(name) is between 0 and 1, not \(values[0].raw)")
        }
        return .number(number, comparison, value)
    }

    private func numberTerm(_ term: CohortExpression.Term) throws -> CohortNumber {
        let name = term.lowerName
        guard let arguments = term.arguments else {
            switch name {
            case "age": return .age
            case "efi": return .efi
            case "deficits": return .deficits
            case "conditions": return .conditions
            case "decile": return .decile
            case "risk": return .risk
            default:
                if Self.predicates.contains(name) || Self.counters.contains(name) {
                    throw CohortRuleError.syntax(term.end, "\(name) is a function: write \(name)(…)")
                }
                throw unknownName(term)
            }
        }
        switch name {
        case "courses":
            try count(term, arguments, 2...3, "courses(MEDICINE, SPAN[, respiratory])")
            let medicine = try code(arguments[0], PopulationCodes.medicines, "a medicine group")
            var respiratory = false
            if arguments.count == 3 {
                guard arguments[2].word == "respiratory" else {
                    throw CohortRuleError.badValue(
                        arguments[2].token.position, "the third argument of courses can only be 'respiratory'"
                    )
                }
                respiratory = true
            }
            return .courses(medicine, days: try span(arguments[1]), respiratoryOnly: respiratory)
        case "admissions":
            try count(term, arguments, 1...2, "admissions(SPAN[, emergency|elective])")
            let kind = arguments.count == 2 ? arguments[1].word : "emergency"
            guard kind == "emergency" || kind == "elective" else {
                throw CohortRuleError.badValue(
                    arguments[1].token.position,
                    "admissions are emergency or elective, not \(arguments[1].token.described)")
            }
            return .admissions(days: try span(arguments[0]), emergency: kind == "emergency")
        case "attendances":
            try count(term, arguments, 1...1, "attendances(SPAN)")
            return .attendances(days: try span(arguments[0]))
        default:
            if Self.predicates.contains(name) {
                throw CohortRuleError.badValue(
                    term.name.position, "\(name)(…) is true or false by itself: it cannot be compared")
            }
            throw unknownName(term)
        }
    }

    func unknownName(_ term: CohortExpression.Term) -> CohortRuleError {
        let fields = Self.numberFields + CohortCategory.allCases.map(\.rawValue)
        let functions = (Self.predicates + Self.counters).map { "\($0)(…)" }
        return CohortRuleError.unknownName(
            term.name.position,
            "unknown \(term.arguments == nil ? "field" : "function") '\(term.name.text)'; fields: "
                + fields.joined(separator: ", ") + "; functions: " + functions.joined(separator: ", "))
    }

    func count(
        _ term: CohortExpression.Term, _ arguments: [CohortExpression.Value], _ allowed: ClosedRange<Int>,
        _ usage: String
    ) throws {
        guard allowed.contains(arguments.count) else {
            throw CohortRuleError.badValue(
                arguments.count > allowed.upperBound
                    ? arguments[allowed.upperBound].token.position : term.end,
                "\(term.lowerName) takes \(allowed.lowerBound == allowed.upperBound ? "\(allowed.lowerBound)" : "\(allowed.lowerBound) to \(allowed.upperBound)") argument\(allowed.upperBound == 1 ? "" : "s"): \(usage)"
            )
        }
    }

    func span(_ value: CohortExpression.Value) throws -> Int32 {
        guard case .duration(let days) = value.token.kind, days > 0 else {
            throw CohortRuleError.badValue(
                value.token.position,
                "expected a span of time such as 2y, 12m, 6w or 90d, found \(value.token.described)")
        }
        return Int32(days)
    }

    func code(_ value: CohortExpression.Value, _ list: [String], _ what: String) throws -> UInt8 {
        guard let word = value.word, let index = list.firstIndex(of: word) else {
            throw CohortRuleError.unknownName(
                value.token.position,
                "\(value.token.described) is not \(what); expected one of: \(list.joined(separator: ", "))")
        }
        return UInt8(index)
    }
}
