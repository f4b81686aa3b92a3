import Engine
import Foundation
import PlaceModel
import PlacePack
import Store
import TestSupport
import Testing

@testable import Synth

@Suite struct MigrationTests {
    /// Event tables and their dates: none may fall outside the person's registration.
    static let events = [
        ("ae_attendances", "arrival_date"), ("admissions", "admit_date"), ("observations", "obs_date"),
        ("mha_detentions", "start_date"), ("sc_assessments", "request_date"),
        ("care_home_admissions", "admit_date"), ("births", "birth_date"), ("deaths", "death_date"),
    ]

    /// A year on, the residents wanted at each age are those who stayed a year older plus the
    /// arrivals: the balance's flows add up, for a deprived and a well-off LSOA.
    @Test(arguments: [0.0, 0.9]) func theBalanceHoldsEachAgeAYearOn(x: Double) throws {
        var p = try SynthParameters.read(from: SynthFixture.leeds())
        p.migration.growth = 0
        let balance = MigrationBalance(
            p, persons: 1_500, x: x, weights: p.bandWeights(x: x), dep: ["birth": 1.2, "infant": 1.1])
        let oldest = MigrationBalance.oldest
        #expect(balance.wanted.count == oldest + 1)
        #expect(abs(balance.wanted.reduce(0, +) - 1_500) < 1e-6)
        for age in 0...oldest {
            #expect(balance.arrivals[age] >= 0)
            #expect((0...0.95).contains(balance.leaving[age]))
            var next = age == 0 ? balance.born : 0
            if age > 0 {
                let before = balance.wanted[age - 1] + (age == oldest ? balance.wanted[age] : 0)
                next = before * (1 - balance.dying[age - 1] - balance.leaving[age - 1])
            }
            next += balance.arrivals[age]
            if age == 0, balance.born >= balance.wanted[0] {
                // More are born than wanted: nothing arrives, and the youngest grow in number.
                #expect(balance.arrivals[0] == 0)
                continue
            }
            #expect(
                abs(next - balance.wanted[age]) <= 1e-9 * max(1, balance.wanted[age]),
                "age \(age): \(next) a year on, \(balance.wanted[age]) wanted")
        }
        // Young adults arrive (the 20-24 band is the largest), and nobody is wanted past the oldest.
        #expect(balance.arrivals[20] > balance.arrivals[50])
    }

    /// Growth adds arrivals in proportion to each age's residents.
    @Test func growthAddsArrivalsInProportion() throws {
        var p = try SynthParameters.read(from: SynthFixture.leeds())
        p.migration.growth = 0
        let held = MigrationBalance(p, persons: 1_000, x: 0.3, weights: p.bandWeights(x: 0.3), dep: [:])
        p.migration.growth = 0.01
        let growing = MigrationBalance(p, persons: 1_000, x: 0.3, weights: p.bandWeights(x: 0.3), dep: [:])
        for age in 0...MigrationBalance.oldest {
            #expect(abs(growing.arrivals[age] - held.arrivals[age] - 0.01 * held.wanted[age]) < 1e-9)
        }
    }

    /// Movers exist (they leave alive, and arrive after birth), and nothing happens to anyone
    /// outside their registration.
    @Test func moversHaveNoEventsOutsideTheirRegistration() throws {
        let store = try SynthFixture.synthesise(persons: 6_000, seed: 7)
        func count(_ sql: String) throws -> Double { try store.query(sql, []).first?[0].number ?? .nan }
        let leavers = try count(
            """
            SELECT COUNT(*) FROM persons p LEFT JOIN deaths d ON d.person_id = p.person_id
            WHERE p.registered_to IS NOT NULL AND d.person_id IS NULL
            """)
        let arrivals = try count(
            "SELECT COUNT(*) FROM persons WHERE registered_from > '2014-01-01' AND registered_from > birth_date"
        )
        #expect(leavers > 1_000)
        #expect(arrivals > 1_000)
        for (table, column) in Self.events {
            let person = table == "births" ? "mother_person_id" : "person_id"
            let outside = try count(
                """
                SELECT COUNT(*) FROM \(table) t JOIN persons p ON p.person_id = t.\(person)
                WHERE t.\(column) < p.registered_from OR t.\(column) > p.registered_to
                """)
            #expect(outside == 0, "\(table) has events outside registration")
        }
    }

    /// Students live in the student wards: the 18-24 share there is far above the city's, and in
    /// July (between the June leavers and the September arrivals) below its share in December.
    @Test func studentsLiveInTheStudentWards() throws {
        let store = try SynthFixture.synthesise(persons: 20_000, seed: 11)
        let pack = try SynthFixture.leeds()
        let wards = pack.geography.wards.filter { $0.name.hasPrefix("Headingley") }.map(\.code)
        let headingley = try #require(wards.first)
        func share(_ day: String, ward: String?) throws -> Double {
            let row = try store.query(
                """
                SELECT SUM(p.birth_date <= date(?1, '-18 years') AND p.birth_date > date(?1, '-25 years')),
                       COUNT(*)
                FROM persons p JOIN areas a ON a.area_code = p.lsoa_code
                LEFT JOIN deaths d ON d.person_id = p.person_id
                WHERE p.birth_date <= ?1 AND (d.death_date IS NULL OR d.death_date > ?1)
                  AND (p.registered_from IS NULL OR p.registered_from <= ?1)
                  AND (p.registered_to IS NULL OR p.registered_to >= ?1)
                  AND (?2 IS NULL OR a.parent_code = ?2)
                """, [.text(day), ward.map { .text($0) } ?? .null]
            ).first
            return (row?[0].number ?? .nan) / (row?[1].number ?? .nan) * 100
        }
        let city = try share("2018-12-01", ward: nil)
        let december = try share("2018-12-01", ward: headingley)
        let july = try share("2018-07-15", ward: headingley)
        #expect(december > 2.5 * city, "Headingley 18-24s \(december)% against the city's \(city)%")
        #expect(july < december)
    }
}

/// Numbers in `synthesis.yaml` that would make nonsense are refused with the file and field.
@Suite struct SynthesisPackErrorTests {
    @Test(arguments: [
        ("use_tendency_log_sd: 0.7", "use_tendency_log_sd: -1", "use_tendency_log_sd"),
        ("years: {2020: 0.7, 2021: 0.92, 2022: 0.98}", "years: {2020: 0, 2021: 0.92, 2022: 0.98}", "2020"),
        ("reattendance_7_days: 0.07", "reattendance_7_days: 1.5", "reattendance_7_days"),
        ("min_age: 16, trend: 0.079}", "min_age: 16, trend: -0.5}", "trend"),
        ("\"Gipton & Harehills\": 0.47", "\"Gipton and Harehills\": 0.47", "Gipton and Harehills"),
        ("fatal_share_under_75: 0.52", "fatal_share_under_75: 1.52", "fatal_share_under_75"),
        ("register_from: \"2003-04-01\"", "register_from: \"April 2003\"", "register_from"),
    ])
    func badNumbersAreRefused(good: String, bad: String, field: String) throws {
        let folder = try Repository.leedsCopy(changing: "synthesis.yaml", from: good, to: bad)
        let pack = try PlacePack.load(from: folder)
        do {
            _ = try Synthesizer(pack: pack, seed: 1, persons: 100)
            Issue.record("\(bad) was accepted")
        } catch let error as PackError {
            let text = "\(error) \(String(reflecting: error))"
            #expect(text.contains("synthesis.yaml"), "\(text)")
            #expect(text.contains(field), "\(text)")
        }
    }
}
