import Foundation
import PlaceModel
import Store
import Testing

/// The deprivation gradients English data shows, on a reduced synthetic place.
@Suite struct GradientTests {
    static let store: SQLiteStore? = try? SynthFixture.synthesise(persons: 40_000, seed: 8)

    /// A share (events per person) in decile-1 LSOAs over the same in decile-10 LSOAs.
    func ratio(_ sql: String) throws -> Double {
        let store = try #require(Self.store)
        func value(_ decile: Int) throws -> Double {
            let rows = try store.query(sql, [.int(Int64(decile))])
            guard case .int(let events) = rows[0][0], case .int(let people) = rows[0][1], people > 0 else {
                return .nan
            }
            return Double(events) / Double(people)
        }
        return try value(1) / value(10)
    }

    static let inDecile =
        "p.lsoa_code IN (SELECT area_code FROM areas WHERE kind = 'lsoa' AND imd_decile = ?1)"

    @Test func mortalityRisesWithDeprivation() throws {
        let r = try ratio(
            "SELECT (SELECT COUNT(*) FROM deaths d JOIN persons p USING (person_id) WHERE \(Self.inDecile)), "
                + "(SELECT COUNT(*) FROM persons p WHERE \(Self.inDecile))")
        #expect(r > 1.3, "crude death ratio decile 1 / decile 10 = \(r)")
    }

    @Test func obesityRisesWithDeprivation() throws {
        let r = try ratio(
            "SELECT (SELECT COUNT(*) FROM observations o JOIN persons p USING (person_id) WHERE o.kind = 'bmi' AND o.value_num >= 30 AND \(Self.inDecile)), "
                + "(SELECT COUNT(*) FROM observations o JOIN persons p USING (person_id) WHERE o.kind = 'bmi' AND \(Self.inDecile))"
        )
        #expect(r > 1.2, "obese share of BMI records, decile 1 / decile 10 = \(r)")
    }

    @Test func longTermConditionsRiseWithDeprivation() throws {
        let r = try ratio(
            "SELECT (SELECT COUNT(*) FROM conditions c JOIN persons p USING (person_id) WHERE c.register IN ('COPD', 'DIABETES', 'CHD') AND \(Self.inDecile)), "
                + "(SELECT COUNT(*) FROM persons p WHERE \(Self.inDecile))")
        #expect(r > 1.3, "COPD, diabetes and CHD entries per person, decile 1 / decile 10 = \(r)")
    }

    @Test func emergencyAdmissionsRiseWithDeprivation() throws {
        let r = try ratio(
            "SELECT (SELECT COUNT(*) FROM admissions a JOIN persons p USING (person_id) WHERE a.method = 'emergency' AND \(Self.inDecile)), "
                + "(SELECT COUNT(*) FROM persons p WHERE \(Self.inDecile))")
        #expect(r > 1.3, "emergency admissions per person, decile 1 / decile 10 = \(r)")
    }
}
