import PlaceModel
import PlacePack
import Testing

@testable import Population

/// The evaluation plan (parts in order of cost) decides everyone exactly as the rule as written.
@Suite struct CohortPlanTests {
    @Test func thePlanOrdersByCostAndKeepsEveryAnswer() throws {
        let data = try PopulationLoader(store: SyntheticPlace.shared).load()
        let snapshot = PopulationSnapshot(data: data, date: CivilDate(year: 2023, month: 1, day: 1)!)
        let catalog = try CohortCatalog(pack: PlacePack.load(from: SyntheticPlace.leedsFolder))
        let rules =
            catalog.cohorts.map(\.rule).filter { !$0.contains("risk") } + [
                "sex = F or (age >= 75 and has(dementia)) or not smoking in (never)",
                "not (has(copd) and age < 60) and prescribed(inhaler, 1y)",
            ]
        for text in rules {
            let rule = try CohortRule(text, areas: data.areas)
            let evaluator = try CohortEvaluator(rule: rule, data: data, snapshot: snapshot)
            for i in 0..<data.count where snapshot.isPresent(i) {
                #expect(
                    evaluator.holds(evaluator.plan, i) == evaluator.holds(rule.test, i),
                    "\(text): person \(i)")
            }
            if case .all(let parts) = evaluator.plan {
                #expect(parts.map(\.cost) == parts.map(\.cost).sorted(), "\(text): cheapest first")
            }
        }
        let missing = try CohortRule(catalog.cohort("respiratory-missing-cases").rule, areas: data.areas)
        guard case .all(let parts) = missing.test.plan, case .atom(let first, _) = parts[0] else {
            Issue.record("the missing-cases rule is a conjunction")
            return
        }
        #expect(first == .number(.age, .greater, 35), "age is read before any record")
    }
}
