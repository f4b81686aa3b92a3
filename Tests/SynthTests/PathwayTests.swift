import Foundation
import Store
import Testing

/// Linked hospital pathways on the shared synthetic place (issue 13, item 4).
@Suite struct PathwayTests {
    func count(_ store: SQLiteStore, _ sql: String) throws -> Double {
        try store.query(sql, []).first?[0].number ?? .nan
    }

    /// Every admitted attendance has its admission the same day, most emergency admissions come
    /// through A&E, and every death in hospital happens during a stay.
    @Test func eventsAreLinked() throws {
        let store = try SynthFixture.shared.get()
        let unlinked = try count(
            store,
            """
            SELECT COUNT(*) FROM ae_attendances e WHERE e.admitted = 1 AND NOT EXISTS (
              SELECT 1 FROM admissions a WHERE a.person_id = e.person_id AND a.method = 'emergency'
                AND a.admit_date = e.arrival_date)
            """)
        #expect(unlinked == 0)
        let emergencies = try count(store, "SELECT COUNT(*) FROM admissions WHERE method = 'emergency'")
        let throughAE = try count(
            store,
            """
            SELECT COUNT(*) FROM admissions a WHERE a.method = 'emergency' AND EXISTS (
              SELECT 1 FROM ae_attendances e WHERE e.person_id = a.person_id AND e.admitted = 1
                AND e.arrival_date = a.admit_date)
            """)
        #expect(throughAE > 0.65 * emergencies && throughAE < 0.85 * emergencies)
        let outsideAStay = try count(
            store,
            """
            SELECT COUNT(*) FROM deaths d WHERE d.place = 'hospital' AND NOT EXISTS (
              SELECT 1 FROM admissions a WHERE a.person_id = d.person_id AND a.admit_date <= d.death_date
                AND (a.discharge_date IS NULL OR a.discharge_date >= d.death_date))
            """)
        #expect(outsideAStay == 0)
    }

    /// People keep a tendency to use A&E: the top 1% of attenders in a year make far more than 1%
    /// of attendances, and those who attended often one year attend more the next.
    @Test func frequentAttendersExistAndPersist() throws {
        let store = try SynthFixture.shared.get()
        let perPerson = try store.query(
            """
            SELECT COUNT(*) FROM ae_attendances WHERE arrival_date LIKE '2018-%'
            GROUP BY person_id ORDER BY COUNT(*) DESC
            """, []
        ).compactMap { $0[0].number }
        let people = try count(
            store,
            "SELECT COUNT(*) FROM persons WHERE registered_from IS NULL OR registered_from < '2018-01-01'")
        let top = perPerson.prefix(Int(people / 100)).reduce(0, +)
        #expect(top > 0.08 * perPerson.reduce(0, +), "the top 1% made \(top) of \(perPerson.reduce(0, +))")
        let next =
            """
            SELECT AVG(n) FROM (SELECT p.person_id, (SELECT COUNT(*) FROM ae_attendances e
              WHERE e.person_id = p.person_id AND e.arrival_date LIKE '2018-%') n
            FROM persons p WHERE (SELECT COUNT(*) FROM ae_attendances e WHERE e.person_id = p.person_id
              AND e.arrival_date LIKE '2017-%')
            """
        let frequent = try count(store, next + " >= 3)")
        let others = try count(store, next + " = 0)")
        #expect(
            frequent > 2 * others,
            "2018 attendances: \(frequent) after 3 or more in 2017, \(others) after none")
    }
}
