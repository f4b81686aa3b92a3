import PlaceColumns
import PlacePack
import Store
import TestSupport
import Testing

@testable import Engine

/// Every count plan of every Leeds indicator, written as SQL and run by SQLite on the store, gives
/// the embedded executor's counts on the shared columnar model of the same SYNTHETIC place.
@Suite struct CountPlanSQLTests {
    static let years = 2014...2023

    /// The plans of the Leeds indicators, each once.
    static let plans: [CountPlan] = {
        var seen = Set<CountPlan>()
        return (try! Repository.leeds.indicators()).indicators.filter { $0.method != .aggregate }.flatMap {
            try! CountPlan.plans($0)
        }.filter { seen.insert($0).inserted }
    }()

    /// A small SYNTHETIC place, its persons and its group layout, shared by the tests. Detentions
    /// of children are too rare for a place this small, so some are added: each child's first
    /// admission is also a detention.
    static let place: (store: SQLiteStore, persons: PersonIndex, layout: GroupLayout) = {
        let store = try! SyntheticStore.make(persons: 4_000, seed: 11)
        _ = try! store.transaction { writer in
            try writer.execute(
                """
                INSERT INTO mha_detentions (person_id, start_date, end_date, section)
                SELECT a.person_id, MIN(a.admit_date), NULL, '2' FROM admissions a
                JOIN persons p ON p.person_id = a.person_id
                WHERE a.admit_date < DATE(p.birth_date, '+17 years') GROUP BY a.person_id
                """, [])
        }
        let persons = PersonIndex(columns: try! PlaceColumns.open(store), cityCode: "city")
        return (store, persons, GroupLayout(persons))
    }()

    @Test func everyKindOfPlanIsCovered() {
        let measures = Set(Self.plans.map { "\($0.measure)".prefix { $0 != "(" } })
        #expect(measures == ["records", "persons", "values", "nights"])
        #expect(Self.plans.contains { $0.latest } && Self.plans.contains { $0.squaredPerPerson })
        #expect(Self.plans.contains { $0.register != nil } && Self.plans.contains { !$0.person.isEmpty })
        #expect(
            Self.plans.contains { $0.period == .financialYear }
                && Self.plans.contains { $0.source == .residents })
    }

    @Test(arguments: 0..<plans.count)
    func sqlGivesTheExecutorsCounts(index: Int) throws {
        let plan = Self.plans[index]
        let (store, persons, layout) = Self.place
        let periods = IndicatorPeriods(plan.period, years: Self.years)
        var counter = SelectionCounter(persons: persons, layout: layout, periods: periods)
        counter.residents = ResidentsByAge(persons: persons, layout: layout, periods: periods)
        let executed = try counter.count(plan)
        let query = try CountPlanSQL(plan, years: Self.years, cityCode: "city")
        let rows = try store.query(query.sql, query.arguments)
        let queried = try GroupCounts(rows: rows, layout: layout, baseCount: periods.baseCount)
        let total = executed.values.reduce(0, +)
        #expect(total > 0, "nothing counted for \(plan)")
        let differing = zip(executed.values, queried.values).filter { abs($0 - $1) > 1e-9 * max(1, abs($0)) }
        let count = differing.count
        let first = differing.prefix(3).map { "\($0) against \($1)" }
        #expect(count == 0, "\(count) cells differ, first \(first) for \(plan)")
    }

    /// A pass split by rows between threads gives the whole pass's counts for the plans marked
    /// additive, the only ones the engine splits; per-person squares, distinct persons and latest
    /// records are not additive (a person's records can be on both sides of the split).
    @Test func splitPassesAddUpForAdditivePlans() throws {
        let (_, persons, layout) = Self.place
        #expect(
            Self.plans.filter { $0.squaredPerPerson || $0.latest || $0.measure == .persons }.allSatisfy {
                !$0.additive
            })
        for plan in Self.plans where plan.additive && plan.source != .residents {
            let periods = IndicatorPeriods(plan.period, years: Self.years)
            let counter = SelectionCounter(persons: persons, layout: layout, periods: periods)
            let rows = persons.columns.table(plan.table ?? "").count
            var shares = try counter.records([plan], rows: 0..<rows / 3)[0]
            shares.add(try counter.records([plan], rows: rows / 3..<rows)[0])
            #expect(shares.values == (try counter.records([plan])[0]).values, "\(plan)")
        }
    }
}
