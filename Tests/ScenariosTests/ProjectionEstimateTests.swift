import Foundation
import PlaceColumns
import PlaceModel
import Store
import Testing
import TestSupport

@testable import Scenarios

/// The projection's inputs, estimated from a SYNTHETIC place, equal the same counts made
/// independently in SQL on its store.
@Suite(.serialized) struct ProjectionEstimateTests {
    static let store: SQLiteStore = try! SyntheticStore.make(persons: 3_000, seed: 1_501)
    static let assumptions = ProjectionAssumptions.fixture

    /// Age in completed years on the date held by `?`, of a date column, in SQL.
    static func age(_ column: String, on date: String) -> String {
        """
        (CAST(strftime('%Y', \(date)) AS INTEGER) - CAST(strftime('%Y', \(column)) AS INTEGER)
          - (strftime('%m-%d', \(date)) < strftime('%m-%d', \(column))))
        """
    }

    static let present = """
        birth_date <= ?1 AND (registered_from IS NULL OR registered_from <= ?1)
          AND (registered_to IS NULL OR registered_to >= ?1)
          AND NOT EXISTS (SELECT 1 FROM deaths d WHERE d.person_id = persons.person_id AND d.death_date <= ?1)
        """

    func count(_ sql: String, _ arguments: [FieldValue] = []) throws -> Double {
        try Self.store.query(sql, arguments)[0][0].number ?? 0
    }

    @Test func theBasePopulationIsTheResidentsOnTheFirstOfJuly() throws {
        let projection = try PopulationProjection(
            store: Self.store, assumptions: Self.assumptions, baseline: 2019, horizon: 0,
            variant: "principal",
            byLCP: false)
        let base = projection.years[0]
        #expect(projection.years.count == 1)
        #expect(
            base.total()
                == (try count("SELECT COUNT(*) FROM persons WHERE \(Self.present)", [.text("2019-07-01")])))
        let aged = try count(
            "SELECT COUNT(*) FROM persons WHERE \(Self.present) AND sex = 'F' AND \(Self.age("birth_date", on: "?1")) BETWEEN 65 AND 74",
            [.text("2019-07-01")])
        #expect(base.total(sex: .female, ages: 65...74) == aged)
        let byLCP = try PopulationProjection(
            store: Self.store, assumptions: Self.assumptions, baseline: 2019, horizon: 0,
            variant: "principal",
            byLCP: true)
        #expect(byLCP.years[0].areas.count > 1)
        #expect(byLCP.years[0].total() <= base.total())
        #expect(byLCP.years[0].total() > base.total() * 0.99)
    }

    @Test func ratesAreTheRecordsOverTheResidents() throws {
        let columns = try PlaceColumns.open(Self.store)
        let rates = ProjectionRates.estimate(from: columns, years: 2017...2019, oldest: 90)
        let middles: [FieldValue] = ["2017-07-01", "2018-07-01", "2019-07-01"].map { .text($0) }
        func exposure(_ condition: String) throws -> Double {
            try middles.reduce(0) { sum, day in
                sum
                    + (try count("SELECT COUNT(*) FROM persons WHERE \(Self.present) AND \(condition)", [day]))
            }
        }
        // Deaths of women of 75 to 79 (a band) over their person-years at the middles.
        let women75 = try exposure("sex = 'F' AND \(Self.age("birth_date", on: "?1")) BETWEEN 75 AND 79")
        let died = try count(
            """
            SELECT COUNT(*) FROM deaths d JOIN persons p ON p.person_id = d.person_id
            WHERE p.sex = 'F' AND d.death_date BETWEEN '2017-01-01' AND '2019-12-31'
              AND (p.registered_from IS NULL OR p.registered_from <= d.death_date)
              AND (p.registered_to IS NULL OR p.registered_to >= d.death_date)
              AND \(Self.age("p.birth_date", on: "d.death_date")) BETWEEN 75 AND 79
            """)
        #expect(women75 > 0 && died > 0)
        #expect(rates.mortality[Sex.female.rawValue][77].isApproximatelyEqual(to: died / women75))
        // Every birth of the years is counted once, at the mother's age: the rates times the women
        // give the births back.
        var births = 0.0
        for age in 0...90 {
            births +=
                rates.fertility[age]
                * (try exposure("sex = 'F' AND \(Self.age("birth_date", on: "?1")) = \(age)"))
        }
        let stored = try count(
            "SELECT COUNT(*) FROM births WHERE birth_date BETWEEN '2017-01-01' AND '2019-12-31'")
        #expect(births.isApproximatelyEqual(to: stored))
        #expect(rates.boysPerGirl > 0.8 && rates.boysPerGirl < 1.25)
    }

    @Test func aBaselineWithoutDataOrAnUnknownVariantIsRefused() throws {
        #expect(throws: ScenarioError.self) {
            try PopulationProjection(
                store: Self.store, assumptions: Self.assumptions, baseline: 1990, horizon: 5,
                variant: "principal",
                byLCP: false)
        }
        do {
            _ = try PopulationProjection(
                store: Self.store, assumptions: Self.assumptions, baseline: 2019, horizon: 5,
                variant: "central",
                byLCP: false)
            Issue.record("an unknown variant was accepted")
        } catch let error as ScenarioError {
            #expect(error.description.contains("central") && error.description.contains("principal"))
        }
    }

    @Test func higherMigrationVariantsGrowFasterWhenNetMigrationIsPositive() throws {
        let totals = try ["low", "principal", "high"].map { variant in
            try PopulationProjection(
                store: Self.store, assumptions: Self.assumptions, baseline: 2019, horizon: 5,
                variant: variant,
                byLCP: false
            ).years[5].total()
        }
        let net = try PopulationProjection(
            store: Self.store, assumptions: Self.assumptions, baseline: 2019, horizon: 1,
            variant: "principal",
            byLCP: false
        ).rates.migration.joined().reduce(0, +)
        if net > 0 {
            #expect(totals[0] < totals[1] && totals[1] < totals[2])
        } else {
            #expect(totals[0] >= totals[1] && totals[1] >= totals[2])
        }
    }
}

extension ProjectionAssumptions {
    /// The assumptions of the tests: Leeds's own file.
    static var fixture: ProjectionAssumptions { try! ProjectionAssumptions.read(Repository.leeds) }
}
