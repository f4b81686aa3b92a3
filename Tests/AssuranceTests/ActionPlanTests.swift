import PlaceModel
import PlacePack
import Testing
import TestSupport

@testable import Assurance

/// Action plans: RAG, overdue and stale flags on fixed dates, the plan's summary, and bad plans
/// refused with file, line and field.
@Suite struct ActionPlanTests {
    func day(_ text: String) throws -> CivilDate { try #require(CivilDate(iso: text)) }

    @Test func ratingsAndFlagsOnFixedDates() throws {
        let plan = try #require(try AssuranceBook.read(from: Repository.leeds).plan(id: "cqc-2019"))
        let september = try day("2019-09-15")
        let byID = Dictionary(uniqueKeysWithValues: plan.statuses(on: september).map { ($0.action.id, $0) })
        // A1: green since 1 September, due in December: on track.
        #expect(byID["A1"]?.rag == .green && byID["A1"]?.overdue == false && byID["A1"]?.stale == false)
        // A2: done on 28 June, before its due date; done actions are never overdue or stale.
        #expect(byID["A2"]?.done == true && byID["A2"]?.overdue == false && byID["A2"]?.stale == false)
        // A3: amber, due 31 August, last update 15 May (123 days before): overdue and stale.
        #expect(byID["A3"]?.rag == .amber && byID["A3"]?.overdue == true && byID["A3"]?.stale == true)
        // A4: no update since it was raised on 23 January: not rated, not yet due, stale.
        #expect(byID["A4"]?.rag == nil && byID["A4"]?.overdue == false && byID["A4"]?.stale == true)
        let summary = plan.summary(on: september)
        #expect(
            summary
                == ActionPlan.Summary(
                    actions: 4, green: 2, amber: 1, red: 0, unrated: 1, overdue: 1, stale: 2))
        #expect(
            summary.description
                == "4 actions: 2 green, 1 amber, 0 red, 1 not yet rated; overdue: 1; no recent update: 2")
        // In April, before most updates: A1 amber, the rest not yet rated, nothing overdue.
        let april = plan.summary(on: try day("2019-04-02"))
        #expect((april.green, april.amber, april.unrated, april.overdue) == (0, 1, 3, 0))
    }

    /// The seed's summary form, on 36 actions rated as the September 2019 plan was.
    @Test func aPlanSummarisesAsThePapersDo() throws {
        let raised = try day("2019-01-23")
        let actions = (1...36).map { n in
            Action(
                id: "A\(n)", action: "action \(n)", owner: "Board", raised: raised,
                due: raised.adding(days: 365),
                updates: [
                    Action.Update(
                        date: raised.adding(days: 200), note: "progress", rag: n <= 27 ? .green : .amber,
                        done: false)
                ])
        }
        let plan = ActionPlan(id: "p", name: "p", source: "test", staleAfterDays: 90, actions: actions)
        let summary = plan.summary(on: raised.adding(days: 230))
        #expect(summary.description.hasPrefix("36 actions: 27 green, 9 amber, 0 red;"))
    }

    @Test(arguments: [
        ("due: \"2019-06-30\"", "due: \"2018-06-30\"", "due"),
        ("rag: amber}\n      - id: A4", "rag: purple}\n      - id: A4", "rag"),
        ("date: \"2019-06-28\"", "date: \"2018-06-28\"", "date"),
        ("due: \"2020-03-31\"", "due: \"2020-02-30\"", "due"),
        ("stale_after_days: 90", "stale_after_days: 0", "stale_after_days"),
    ])
    func badPlansAreRefused(good: String, bad: String, field: String) throws {
        try expectRefused(good: good, bad: bad, field: field)
    }
}
