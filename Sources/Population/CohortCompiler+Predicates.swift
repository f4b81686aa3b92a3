import PlaceModel
extension CohortCompiler {
    /// A boolean function standing alone.
    func predicate(_ term: CohortExpression.Term) throws -> CohortAtom {
        let name = term.lowerName
        guard let arguments = term.arguments else {
            if Self.numberFields.contains(name) || CohortCategory(rawValue: name) != nil {
                throw CohortRuleError.syntax(
                    term.end,
                    "\(name) needs a comparison, for example \(name == "sex" ? "sex = F" : "\(name) >= 1")")
            }
            if Self.predicates.contains(name) || Self.counters.contains(name) {
                throw CohortRuleError.syntax(term.end, "\(name) is a function: write \(name)(…)")
            }
            throw unknownName(term)
        }
        switch name {
        case "has":
            try count(term, arguments, 1...1, "has(REGISTER or PROBLEM)")
            let word = arguments[0].word ?? ""
            if let register = PopulationCodes.register(word) { return .register(UInt8(register)) }
            if let problem = PopulationCodes.problems.firstIndex(of: word) { return .problem(UInt8(problem)) }
            throw CohortRuleError.unknownName(
                arguments[0].token.position,
                "\(arguments[0].token.described) is not a register or problem; registers: "
                    + PopulationCodes.registers.map { $0.lowercased() }.joined(separator: ", ")
                    + "; problems: "
                    + PopulationCodes.problems.joined(separator: ", "))
        case "lives_in":
            try count(term, arguments, 1...1, "lives_in(care_home)")
            guard arguments[0].word == "care_home" else {
                throw CohortRuleError.badValue(
                    arguments[0].token.position,
                    "lives_in knows only care_home, not \(arguments[0].token.described)")
            }
            return .careHome
        case "receives":
            try count(term, arguments, 1...1, "receives(social_care or a setting)")
            if arguments[0].word == "social_care" { return .receives(nil) }
            return .receives(
                try code(arguments[0], PopulationCodes.careSettings, "social_care or a care setting"))
        case "prescribed":
            try count(term, arguments, 1...2, "prescribed(MEDICINE[, SPAN])")
            let medicine = try code(arguments[0], PopulationCodes.medicines, "a medicine group")
            return .prescribed(medicine, days: arguments.count == 2 ? try span(arguments[1]) : 365)
        case "risk_top":
            try count(term, arguments, 1...2, "risk_top(PERCENT[, city|lcp|practice])")
            guard case .number(let percent) = arguments[0].token.kind, percent > 0, percent <= 100 else {
                throw CohortRuleError.badValue(
                    arguments[0].token.position,
                    "risk_top needs a percentage above 0 and up to 100, found \(arguments[0].token.described)"
                )
            }
            let within = arguments.count == 2 ? arguments[1].word : "city"
            guard let breakdown = within.flatMap(Breakdown.init(rawValue:)),
                [.city, .lcp, .practice].contains(breakdown)
            else {
                throw CohortRuleError.badValue(
                    arguments[1].token.position,
                    "risk_top ranks within city, lcp or practice, not \(arguments[1].token.described)")
            }
            return .riskTop(percent, within: breakdown)
        default:
            if Self.counters.contains(name) {
                throw CohortRuleError.syntax(
                    term.end, "\(name)(…) is a number: compare it, for example \(name)(…) >= 1")
            }
            throw unknownName(term)
        }
    }

    /// A category's value as stored (area codes checked against the areas when known).
    func categoryValue(_ category: CohortCategory, _ value: CohortExpression.Value) throws -> String {
        let word = value.word ?? value.raw.lowercased()
        let allowed: [String]
        switch category {
        case .sex: allowed = ["f", "m"]
        case .ethnic_group: allowed = PopulationCodes.ethnicGroups
        case .frailty: allowed = FrailtyCategory.allCases.map(\.name)
        case .segment: allowed = Segment.allCases.map(\.id)
        case .smoking: allowed = PopulationCodes.smoking + ["unknown"]
        case .lcp, .practice, .pcn, .ward:
            guard let areas else { return value.raw }
            let codes: Set<String>
            switch category {
            case .lcp: codes = Set(areas.lcps)
            case .practice: codes = Set(areas.practices.map(\.code))
            case .pcn: codes = Set(areas.practices.map(\.pcn))
            default: codes = Set(areas.lsoas.map(\.ward))
            }
            guard codes.contains(value.raw) else {
                throw CohortRuleError.unknownName(
                    value.token.position, "no \(category.rawValue) with code \(value.token.described)")
            }
            return value.raw
        }
        guard allowed.contains(word) else {
            throw CohortRuleError.badValue(
                value.token.position,
                "\(value.token.described) is not a value of \(category.rawValue); expected one of: \(allowed.joined(separator: ", "))"
            )
        }
        return category == .sex ? word.uppercased() : word
    }

    /// A test as written, normalised (for reasons and messages).
    static func render(_ expression: CohortExpression) -> String {
        switch expression {
        case .and(let parts): return parts.map { "(\(render($0)))" }.joined(separator: " and ")
        case .or(let parts): return parts.map { "(\(render($0)))" }.joined(separator: " or ")
        case .not(let inner, _): return "not \(render(inner))"
        case .predicate(let term): return render(term)
        case .comparison(let term, let op, let values):
            if op.keyword == "in" {
                return "\(render(term)) in (\(values.map(\.raw).joined(separator: ", ")))"
            }
            return "\(render(term)) \(op.operatorName) \(values[0].token.text)"
        }
    }

    private static func render(_ term: CohortExpression.Term) -> String {
        guard let arguments = term.arguments else { return term.name.text }
        return "\(term.name.text)(\(arguments.map(\.token.text).joined(separator: ", ")))"
    }
}
