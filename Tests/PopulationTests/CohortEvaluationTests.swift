import PlaceModel
import Population
import TestSupport
import Testing

@Suite struct CohortEvaluationTests {
    static let missingCases =
        "not has(copd) and not has(asthma) and smoking in (current, ex) and age > 35 and prescribed(inhaler, 2y) and courses(prednisolone, 2y, respiratory) >= 1 and courses(antibiotic, 2y, respiratory) >= 2"

    /// A smoker of 50 who meets every part of the respiratory missing-cases rule, with `change`
    /// applied to break one part.
    static func candidate(
        _ b: inout PopulationBuilder, id: Int64, age: Int = 50, practice: String = "P1", _ change: String?
    ) {
        let i = HandBuilt.person(&b, id: id, age: age, practice: practice)
        b.addSmoking(i, change == "never-smoked" ? "never" : "current", on: HandBuilt.ago(years: 1))
        if change != "no-inhaler" {
            b.addMedication(
                i, "inhaler", from: HandBuilt.ago(years: change == "old-inhaler" ? 3 : 1), repeat: false,
                respiratory: true)
        }
        if change != "no-prednisolone" {
            b.addMedication(
                i, "prednisolone", from: HandBuilt.ago(years: 0.5), repeat: false, respiratory: true)
        }
        b.addMedication(i, "antibiotic", from: HandBuilt.ago(years: 0.4), repeat: false, respiratory: true)
        b.addMedication(
            i, "antibiotic", from: HandBuilt.ago(years: 1.5), repeat: false,
            respiratory: change != "urinary-antibiotic")
        if change == "copd" { b.addCondition(i, "COPD", on: HandBuilt.ago(years: 0.2)) }
        if change == "asthma" { b.addCondition(i, "ASTHMA", on: HandBuilt.ago(years: 9)) }
    }

    @Test func theRespiratoryMissingCasesRuleChecksEveryPart() throws {
        var b = PopulationBuilder(areas: HandBuilt.areas)
        let changes: [String?] = [
            nil, "never-smoked", "no-inhaler", "old-inhaler", "no-prednisolone", "urinary-antibiotic", "copd",
            "asthma",
        ]
        for (k, change) in changes.enumerated() { Self.candidate(&b, id: Int64(k + 1), change) }
        Self.candidate(&b, id: 100, age: 35, nil)  // not over 35
        Self.candidate(&b, id: 101, practice: "P3", nil)  // another practice and LCP
        let data = b.build()
        let snapshot = PopulationSnapshot(data: data, date: HandBuilt.date)
        let evaluator = try CohortEvaluator(
            rule: CohortRule(Self.missingCases), data: data, snapshot: snapshot)
        let members = (0..<data.count).filter(evaluator.matches).map { data.id[$0] }
        #expect(members == [1, 101])
        let why = evaluator.reasons(0)
        #expect(why.count == 7)
        #expect(why[0] == "not has(copd)")
        #expect(why[2].hasPrefix("smoking current"))
        #expect(why.contains { $0.hasPrefix("2 antibiotic courses for respiratory symptoms in 730 days") })
        #expect(evaluator.reasons(1).isEmpty)

        let counts = CohortCounts(evaluator, by: .lcp)
        #expect(counts.rows.map(\.persons) == [1, 1])
        #expect(counts.rows.map(\.population) == [9, 1])
        #expect(counts.total == 2)
        let list = try CaseFindingList(evaluator, scope: .practice("P1"))
        #expect(list.entries.map(\.personID) == [1])
        #expect(list.entries[0].reasons == why)
        #expect(try CaseFindingList(evaluator, scope: .lcp("LCP2")).entries.map(\.personID) == [101])
        #expect(try CaseFindingList(evaluator, scope: .practice("P2")).entries.isEmpty)
        #expect(throws: PopulationError.self) { try CaseFindingList(evaluator, scope: .practice("P9")) }
    }

    @Test func severeFrailtyDementiaCareHome() throws {
        var b = PopulationBuilder(areas: HandBuilt.areas)
        // Problems, plus dementia and the care home (requirement for care) as deficits: 13 (severe),
        // 12 (moderate), then severe without dementia, and severe not in a care home.
        for (id, problems, dementia, home) in [
            (1, 11, true, true), (2, 10, true, true), (3, 14, false, true), (4, 14, true, false),
        ] {
            let i = HandBuilt.person(&b, id: Int64(id), age: 88)
            HandBuilt.problems(&b, i, count: problems)
            if dementia { b.addCondition(i, "DEMENTIA", on: HandBuilt.ago(years: 3)) }
            if home { b.addCareHome(i, on: HandBuilt.ago(years: 1)) }
        }
        let data = b.build()
        let snapshot = PopulationSnapshot(data: data, date: HandBuilt.date)
        let rule = try CohortRule("frailty = severe and has(dementia) and lives_in(care_home)")
        let evaluator = try CohortEvaluator(rule: rule, data: data, snapshot: snapshot)
        #expect((0..<4).filter(evaluator.matches) == [0])
        let why = evaluator.reasons(0)
        #expect(why[0] == "frailty severe [frailty = severe]")
        #expect(why[1].hasPrefix("on the dementia register since "))
        #expect(why[2].hasPrefix("permanent care home admission "))
    }

    @Test func riskRulesNeedScoresAndRankWithinTheirGroup() throws {
        var b = PopulationBuilder(areas: HandBuilt.areas)
        for k in 0..<100 { HandBuilt.person(&b, id: Int64(k + 1), age: 40, practice: k < 50 ? "P1" : "P3") }
        let data = b.build()
        let snapshot = PopulationSnapshot(data: data, date: HandBuilt.date)
        let rule = try CohortRule("risk_top(2, practice)")
        #expect(throws: CohortRuleError.self) {
            try CohortEvaluator(rule: rule, data: data, snapshot: snapshot)
        }
        let scores = (0..<100).map { Double($0) / 100 }
        let evaluator = try CohortEvaluator(rule: rule, data: data, snapshot: snapshot, scores: scores)
        #expect((0..<100).filter(evaluator.matches) == [49, 99])
        let city = try CohortEvaluator(
            rule: CohortRule("risk_top(2)"), data: data, snapshot: snapshot, scores: scores)
        #expect((0..<100).filter(city.matches) == [98, 99])
        let threshold = try CohortEvaluator(
            rule: CohortRule("risk >= 0.95"), data: data, snapshot: snapshot, scores: scores)
        #expect((0..<100).filter(threshold.matches) == [95, 96, 97, 98, 99])
    }

    @Test func absentValuesNeverMatch() throws {
        var b = PopulationBuilder(areas: HandBuilt.areas)
        HandBuilt.person(&b, id: 1, age: 50)
        let data = b.build()
        let snapshot = PopulationSnapshot(data: data, date: HandBuilt.date)
        for rule in ["frailty = fit", "frailty != severe", "efi < 0.5", "smoking = never"] {
            let evaluator = try CohortEvaluator(rule: CohortRule(rule), data: data, snapshot: snapshot)
            #expect(!evaluator.matches(0), "\(rule)")
        }
        let unknown = try CohortEvaluator(
            rule: CohortRule("smoking = unknown"), data: data, snapshot: snapshot)
        #expect(unknown.matches(0))
    }
}
