import Population
import TestSupport
import Testing

@Suite struct CohortRuleTests {
    /// The error a rule gives, as (line, column, message).
    func failure(_ rule: String) -> CohortRuleError? {
        do {
            _ = try CohortRule(rule, areas: HandBuilt.areas)
            return nil
        } catch let error as CohortRuleError {
            return error
        } catch {
            return nil
        }
    }

    @Test func theSeedsCohortsParse() throws {
        for rule in [
            "frailty = severe and has(dementia) and lives_in(care_home)",
            "not has(copd) and not has(asthma) and smoking in (current, ex) and age > 35 and prescribed(inhaler, 2y) and courses(prednisolone, 2y, respiratory) >= 1 and courses(antibiotic, 2y, respiratory) >= 2",
            "has(palliative)", "risk_top(2, practice)",
            "(age >= 65 or conditions >= 4) and not (segment in (end_of_life, frailty)) and lcp = LCP1",
            "FRAILTY = Severe AND HAS(Dementia)", "sex != F and decile <= 2 and admissions(12m) >= 2",
            "practice = 'P1' and receives(home_care) and attendances(6m, ) = 0".replacingOccurrences(
                of: ", )", with: ")"),
            "efi > 0.36\nand\n  deficits >= 13",
        ] {
            #expect(throws: Never.self, "\(rule)") { _ = try CohortRule(rule, areas: HandBuilt.areas) }
        }
        #expect(try CohortRule("risk_top(2)").usesRisk)
        #expect(try !CohortRule("has(copd)").usesRisk)
    }

    @Test(arguments: [
        ("", 1, 1, "empty"),
        ("   ", 1, 4, "empty"),
        ("frailty =", 1, 10, "expected a value after '='"),
        ("frailty = severe and", 1, 21, "expected a condition"),
        ("frailty = severe and has(dementia", 1, 34, "expected ',' or ')'"),
        ("(age > 65", 1, 10, "expected ')' to close the '(' at column 1"),
        ("age > 65)", 1, 9, "this ')' has no matching '('"),
        ("age > 65 has(copd)", 1, 10, "expected 'and', 'or' or the end of the rule"),
        ("age >> 65", 1, 6, ">"),
        ("age ! 65", 1, 5, "'!' must be followed by '='"),
        ("has(copd) & age > 3", 1, 11, "'&' is not allowed"),
        ("smoking in current", 1, 12, "expected '(' and a list of values after 'in'"),
        ("lcp = 'LCP1", 1, 7, "no closing '"),
        ("courses(antibiotic, 2x) >= 2", 1, 21, "not a number or a span of time"),
        ("and has(copd)", 1, 1, "expected a condition"),
        ("age >= 65 and\n  (has(copd) or", 2, 16, "expected a condition"),
    ])
    func malformedRulesSayWhereAndWhat(rule: String, line: Int, column: Int, words: String) {
        let error = failure(rule)
        #expect(error != nil, "\(rule)")
        #expect(error?.line == line, "\(rule): \(error?.description ?? "")")
        #expect(error?.column == column, "\(rule): \(error?.description ?? "")")
        #expect(error?.message.contains(words) == true, "\(rule): \(error?.description ?? "")")
    }

    @Test(arguments: [
        ("hass(copd)", 1, "unknown function 'hass'"),
        ("agee > 3", 1, "unknown field 'agee'"),
        ("has(copd2)", 5, "is not a register or problem"),
        (
            "frailty = sever", 11,
            "'sever' is not a value of frailty; expected one of: fit, mild, moderate, severe"
        ),
        ("frailty > mild", 9, "frailty is a category"),
        ("age = old", 7, "age is a number"),
        ("age in (1, 2)", 5, "'in' lists categories"),
        ("efi > 2", 7, "between 0 and 1"),
        ("has(copd) >= 1", 1, "cannot be compared"),
        ("courses(antibiotic, 2y)", 23, "is a number: compare it"),
        ("age", 1, "age needs a comparison"),
        ("has", 1, "has is a function"),
        ("has(copd, asthma)", 11, "has takes 1 argument"),
        ("courses(antibiotics, 2y) > 1", 9, "is not a medicine group"),
        ("courses(antibiotic, 2y, urinary) > 1", 25, "can only be 'respiratory'"),
        ("lives_in(hospital)", 10, "lives_in knows only care_home"),
        ("risk_top(200)", 10, "percentage above 0 and up to 100"),
        ("risk_top(2, ward)", 13, "within city, lcp or practice"),
        ("lcp = LCP9", 7, "no lcp with code 'LCP9'"),
        ("admissions(2y, planned) > 0", 16, "emergency or elective"),
        ("prescribed(inhaler, twoyears)", 21, "expected a span of time"),
    ])
    func meaninglessRulesSayWhereAndWhat(rule: String, column: Int, words: String) {
        let error = failure(rule)
        #expect(error?.line == 1, "\(rule)")
        #expect(error?.column == column, "\(rule): \(error?.description ?? "none")")
        #expect(error?.message.contains(words) == true, "\(rule): \(error?.description ?? "none")")
    }

    @Test func theErrorPointsIntoTheRule() throws {
        let rule = "age >= 65 and hass(copd)"
        let error = try #require(failure(rule))
        #expect(error.pointing(into: rule) == "\(rule)\n              ^\nline 1, column 15: \(error.message)")
        #expect(error.isUnknownName)
    }
}

/// Hostile rules end in an error, not a crash (issue 12, item 19).
@Suite struct CohortRuleLimitTests {
    func message(_ rule: String) -> String? { CohortRuleTests().failure(rule)?.message }

    @Test func aHugeSpanOfTimeIsRefused() {
        #expect(message("admissions(99999999999999999999y) > 1")?.contains("longer than 200 years") == true)
        #expect(message("admissions(200y) > 1") == nil)
    }

    @Test func deepNestingIsRefused() {
        let nots = String(repeating: "not ", count: 30_000) + "has(copd)"
        #expect(message(nots)?.contains("characters long") == true)
        let deep = String(repeating: "not ", count: 65) + "has(copd)"
        #expect(message(deep)?.contains("more than 64 deep") == true)
        let brackets = String(repeating: "(", count: 100) + "has(copd)" + String(repeating: ")", count: 100)
        #expect(message(brackets)?.contains("more than 64 deep") == true)
        #expect(message(String(repeating: "not ", count: 10) + "has(copd)") == nil)
    }
}
