import Engine
import Foundation
import PlaceModel
import Population
import Store
import Testing

/// Deaths on the shared synthetic place (issue 13, item 5): causes and diagnoses that follow age,
/// and a final year in which nothing collapses because deaths are simulated past the study's end.
@Suite struct MortalityTests {
    func count(_ store: SQLiteStore, _ sql: String) throws -> Double {
        try store.query(sql, []).first?[0].number ?? .nan
    }

    @Test func causesAndDiagnosesFollowAge() throws {
        let store = try SynthFixture.shared.get()
        let dementiaDeaths = try count(store, "SELECT COUNT(*) FROM deaths WHERE cause_group = 'dementia'")
        #expect(dementiaDeaths > 50)
        let youngDementia = try count(
            store,
            """
            SELECT COUNT(*) FROM deaths d JOIN persons p ON p.person_id = d.person_id
            WHERE d.cause_group = 'dementia' AND d.death_date < date(p.birth_date, '+60 years')
            """)
        #expect(youngDementia == 0, "dementia deaths under 60")
        let children = try count(
            store,
            """
            SELECT COUNT(*) FROM admissions a JOIN persons p ON p.person_id = a.person_id
            WHERE a.method = 'emergency' AND a.admit_date < date(p.birth_date, '+5 years')
            """)
        let childCirculatory = try count(
            store,
            """
            SELECT COUNT(*) FROM admissions a JOIN persons p ON p.person_id = a.person_id
            WHERE a.method = 'emergency' AND a.diagnosis_group = 'circulatory'
              AND a.admit_date < date(p.birth_date, '+5 years')
            """)
        #expect(children > 500)
        #expect(childCirculatory / children < 0.01, "circulatory emergency admissions of under-5s")
    }

    /// The registers entered before death (palliative care, cancer, dementia) are as many in the
    /// final year as the year before, and every segment on 1 January of the final year is within a
    /// fifth of the year before: deaths after the end still bring what precedes them.
    @Test func nothingCollapsesInTheFinalYear() throws {
        let store = try SynthFixture.shared.get()
        for register in ["PALLIATIVE", "CANCER", "DEMENTIA"] {
            let onsets = try [2022, 2023].map { year in
                try count(
                    store,
                    "SELECT COUNT(*) FROM conditions WHERE register = '\(register)' AND onset_date LIKE '\(year)-%'"
                )
            }
            #expect(onsets[0] > 40, "\(register): \(onsets)")
            #expect(onsets[1] >= 0.75 * onsets[0], "\(register) entries 2022, 2023: \(onsets)")
        }
        let data = try PopulationLoader(store: store).load()
        let counts = try [2022, 2023].map { year in
            SegmentCounts(
                data: data,
                snapshot: PopulationSnapshot(
                    data: data, date: try #require(CivilDate(year: year, month: 1, day: 1))),
                by: .city
            ).rows[0].counts
        }
        for (k, segment) in Segment.allCases.enumerated() where counts[0][k] >= 100 {
            let ratio = Double(counts[1][k]) / Double(counts[0][k])
            #expect((0.8...1.25).contains(ratio), "\(segment): \(counts[0][k]) then \(counts[1][k])")
        }
    }

    /// No indicator of the place's people jumps in the final period: for each city series with
    /// enough events, the last value is within a third of the one before (the study's last year
    /// has no calendar shock, and deaths after the end bring what precedes them).
    @Test func noIndicatorJumpsInTheFinalPeriod() throws {
        let store = try SynthFixture.shared.get()
        let engine = try IndicatorEngine(store: store)
        var checked = 0
        for definition in try SynthFixture.leeds().indicators().indicators
        where definition.method != .aggregate {
            let city = try engine.compute(definition).filter { $0.breakdown == "city" }
                .sorted { $0.period < $1.period }
            guard city.count >= 2 else { continue }
            let (before, last) = (city[city.count - 2], city[city.count - 1])
            guard before.numerator >= 100, last.numerator >= 100, let a = before.value, let b = last.value,
                a > 0
            else { continue }
            checked += 1
            #expect(
                (0.75...1.33).contains(b / a),
                "\(definition.id): \(before.period) \(a), \(last.period) \(b)")
        }
        #expect(checked >= 15, "only \(checked) indicators had enough events")
    }
}
