import Foundation
import PlaceModel
import Store
import Testing

@testable import Synth

/// Who lives where, recording trends and the course of cancer on the shared synthetic place
/// (issue 13, items 5 and 7).
@Suite struct PeopleTests {
    func count(_ store: SQLiteStore, _ sql: String, _ arguments: [FieldValue] = []) throws -> Double {
        try store.query(sql, arguments).first?[0].number ?? .nan
    }

    /// % of residents on 1 July 2014 in a minority group, among those matching `filter`.
    func minorityShare(_ store: SQLiteStore, _ filter: String, _ arguments: [FieldValue] = []) throws
        -> Double
    {
        let alive = """
            FROM persons p JOIN areas l ON l.area_code = p.lsoa_code
            WHERE p.birth_date <= '2014-07-01' AND (p.registered_from IS NULL OR p.registered_from <= '2014-07-01')
              AND (p.registered_to IS NULL OR p.registered_to >= '2014-07-01')
              AND NOT EXISTS (SELECT 1 FROM deaths d WHERE d.person_id = p.person_id AND d.death_date <= '2014-07-01')
              AND \(filter)
            """
        let minority = try count(
            store, "SELECT COUNT(*) \(alive) AND p.ethnic_group IN ('mixed', 'asian', 'black', 'other')",
            arguments)
        return minority / (try count(store, "SELECT COUNT(*) \(alive)", arguments)) * 100
    }

    @Test func minorityGroupsLiveWhereTheCensusPutsThemAndAreYounger() throws {
        let store = try SynthFixture.shared.get()
        let ward = "l.parent_code = (SELECT area_code FROM areas WHERE kind = 'ward' AND name = ?1)"
        let harehills = try minorityShare(store, ward, [.text("Gipton & Harehills")])
        let wetherby = try minorityShare(store, ward, [.text("Wetherby")])
        #expect((38...56).contains(harehills), "Gipton & Harehills \(harehills)%")
        #expect(wetherby < 6, "Wetherby \(wetherby)%")
        let children = try minorityShare(store, "p.birth_date > '1996-07-01'")
        let older = try minorityShare(store, "p.birth_date <= '1949-07-01'")
        #expect(children > 3 * older, "under 18 \(children)%, 65 and over \(older)%")
    }

    /// The age factors average 1 over the city's age structure, so a ward keeps its share.
    @Test func ageFactorsAverageOne() throws {
        var e = EthnicityParameters()
        e.ageRatio = (1.45, 1.0, 0.3)
        let bands = (0..<19).map { 19.0 - Double($0) }
        var mean = 0.0
        for (band, share) in bands.enumerated() {
            let ages = (0..<5).map { Double(band * 5 + $0) + 0.5 }
            mean += share * ages.map { e.ageFactor(age: $0, bandShares: bands) }.reduce(0, +) / 5
        }
        #expect(abs(mean / bands.reduce(0, +) - 1) < 1e-9)
        e.least = [("white", 0.9), ("asian", 0.06), ("black", 0.02), ("not_stated", 0.02)]
        e.most = e.least
        let weights = e.weights(minority: 0.2, x: 0.5, age: 30, bandShares: bands)
        #expect(abs(weights.reduce(0) { $0 + $1.value } - 1) < 1e-12)
        #expect(
            abs(weights.first { $0.key == "asian" }!.value / weights.first { $0.key == "black" }!.value - 3)
                < 1e-9)
    }

    /// Depression is recorded more each year; hypertension, with no trend, is not.
    @Test func registersFollowTheirRecordingTrends() throws {
        let store = try SynthFixture.shared.get()
        func prevalence(_ register: String, _ day: String) throws -> Double {
            let on = try count(
                store,
                """
                SELECT COUNT(*) FROM persons p WHERE p.birth_date <= ?1 AND (p.registered_to IS NULL OR p.registered_to >= ?1)
                  AND (p.registered_from IS NULL OR p.registered_from <= ?1)
                  AND NOT EXISTS (SELECT 1 FROM deaths d WHERE d.person_id = p.person_id AND d.death_date <= ?1)
                  AND EXISTS (SELECT 1 FROM conditions c WHERE c.person_id = p.person_id AND c.register = ?2 AND c.onset_date <= ?1)
                """, [.text(day), .text(register)])
            return on
        }
        let depression = try prevalence("DEPRESSION", "2023-03-31") / prevalence("DEPRESSION", "2015-03-31")
        let hypertension =
            try prevalence("HYPERTENSION", "2023-03-31") / prevalence("HYPERTENSION", "2015-03-31")
        #expect(depression > 1.5, "depression 2023 over 2015: \(depression)")
        #expect((0.9...1.15).contains(hypertension), "hypertension 2023 over 2015: \(hypertension)")
    }

    /// Cancer is diagnosed whether or not it kills: most people entered on the register are alive at
    /// the end, and almost every cancer death from 20 follows a diagnosis.
    @Test func cancerIsDiagnosedWhetherOrNotItKills() throws {
        let store = try SynthFixture.shared.get()
        let entered = try count(
            store, "SELECT COUNT(*) FROM conditions WHERE register = 'CANCER' AND onset_date >= '2014-01-01'")
        let diedOfIt = try count(
            store,
            """
            SELECT COUNT(*) FROM conditions c JOIN deaths d ON d.person_id = c.person_id
            WHERE c.register = 'CANCER' AND c.onset_date >= '2014-01-01' AND d.cause_group = 'cancer'
            """)
        #expect(entered > 1000)
        #expect(diedOfIt / entered < 0.5, "\(diedOfIt) of \(entered) diagnosed died of cancer")
        let deaths = try count(
            store,
            """
            SELECT COUNT(*) FROM deaths d JOIN persons p ON p.person_id = d.person_id
            WHERE d.cause_group = 'cancer' AND d.death_date >= date(p.birth_date, '+20 years')
            """)
        let diagnosedBefore = try count(
            store,
            """
            SELECT COUNT(*) FROM deaths d JOIN persons p ON p.person_id = d.person_id
            JOIN conditions c ON c.person_id = d.person_id AND c.register = 'CANCER' AND c.onset_date <= d.death_date
            WHERE d.cause_group = 'cancer' AND d.death_date >= date(p.birth_date, '+20 years')
            """)
        #expect(deaths > 300)
        // Those diagnosed before the register began (April 2003) are the rest.
        #expect(diagnosedBefore / deaths > 0.8, "\(diagnosedBefore) of \(deaths) cancer deaths diagnosed")
    }

    /// A cancer survived for a while is less likely to be fatal; never more likely.
    @Test func survivingLowersTheChanceThatACancerIsFatal() {
        let course = CancerCourse(fatalUnder75: 0.5, fatalFrom75: 0.7, meanYears: 1)
        #expect(abs(course.fatalChance(diagnosis: 60, survived: 0) - 0.5) < 1e-12)
        #expect(abs(course.fatalChance(diagnosis: 80, survived: 0) - 0.7) < 1e-12)
        // 0.5·e^-2 / (0.5·e^-2 + 0.5)
        #expect(abs(course.fatalChance(diagnosis: 60, survived: 2) - exp(-2) / (exp(-2) + 1)) < 1e-12)
    }
}
