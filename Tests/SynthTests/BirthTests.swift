import Foundation
import Store
import Testing

/// Births and babies on the shared synthetic place (issue 13, item 6).
@Suite struct BirthTests {
    func count(_ store: SQLiteStore, _ sql: String) throws -> Double {
        try store.query(sql, []).first?[0].number ?? .nan
    }

    /// Teenage births are mostly at 18 and 19, and births fall over the decade.
    @Test func teenageBirthsAreMostlyAt18And19AndBirthsFall() throws {
        let store = try SynthFixture.shared.get()
        let age = "(julianday(b.birth_date) - julianday(m.birth_date)) / 365.25"
        let join = "FROM births b JOIN persons m ON m.person_id = b.mother_person_id"
        let teenage = try count(store, "SELECT COUNT(*) \(join) WHERE \(age) < 20")
        let late = try count(store, "SELECT COUNT(*) \(join) WHERE \(age) >= 18 AND \(age) < 20")
        #expect(teenage > 50)
        #expect(late > 0.6 * teenage, "\(late) of \(teenage) teenage births at 18 or 19")
        let first = try count(store, "SELECT COUNT(*) FROM births WHERE birth_date LIKE '2014-%'")
        let last = try count(store, "SELECT COUNT(*) FROM births WHERE birth_date LIKE '2023-%'")
        #expect(last < 0.92 * first, "births: \(first) in 2014, \(last) in 2023")
    }

    /// Weight follows gestation, and term low birth weight is more common in deprived areas.
    @Test func weightFollowsGestationAndDeprivation() throws {
        let store = try SynthFixture.shared.get()
        let preterm = try count(store, "SELECT AVG(weight_grams) FROM births WHERE gestation_weeks < 37")
        let term = try count(store, "SELECT AVG(weight_grams) FROM births WHERE gestation_weeks >= 37")
        #expect(term - preterm > 500)
        func termLow(_ decile: Int) throws -> Double {
            let area = "lsoa_code IN (SELECT area_code FROM areas WHERE imd_decile = \(decile))"
            return try count(
                store,
                "SELECT COUNT(*) FROM births WHERE gestation_weeks >= 37 AND weight_grams < 2500 AND \(area)")
                / count(store, "SELECT COUNT(*) FROM births WHERE gestation_weeks >= 37 AND \(area)")
        }
        #expect(try termLow(1) > 1.3 * termLow(10))
        let weeks = try store.query("SELECT MIN(gestation_weeks), MAX(gestation_weeks) FROM births", [])
        #expect(weeks.first?[0].number == 24)
        #expect(weeks.first?[1].number == 42)
    }
}
