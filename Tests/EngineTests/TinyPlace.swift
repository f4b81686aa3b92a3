import Foundation
import PlaceModel
import PlacePack
import Store

/// A hand-built place whose indicator values are worked out by hand in the tests.
///
/// Two LSOAs: A (ward W1, LCP L1, decile 1) with four people born 1980-01-01, and B (ward W2, LCP L2,
/// decile 10) with six people born 1950-01-01. Practice P1 (PCN N1) for A, P2 (PCN N1) for B.
enum TinyPlace {
    static func make() throws -> SQLiteStore {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tiny-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let store = try SQLiteStore(path: directory.appendingPathComponent("tiny.sqlite").path)
        try store.transaction { w in
            func area(_ code: String, _ kind: String, _ parent: String?, decile: Int? = nil) throws {
                _ = try w.insert(
                    PlaceSchema.areas,
                    [
                        .text(code), .text(kind), .text(code), .text(parent), .null,
                        decile.map { .int(Int64($0)) } ?? .null,
                        .null, .int(1),
                    ])
            }
            try area("C", "city", nil)
            try area("T", "team", "C")
            try area("L1", "lcp", "T")
            try area("L2", "lcp", "T")
            try area("W1", "ward", "L1")
            try area("W2", "ward", "L2")
            try area("A", "lsoa", "W1", decile: 1)
            try area("B", "lsoa", "W2", decile: 10)
            try area("N1", "pcn", "L1")
            try area("P1", "practice", "N1")
            try area("P2", "practice", "N1")
            try w.setDataset("city_code", "C")
            for id in 1...10 {
                let inA = id <= 4
                _ = try w.insert(
                    PlaceSchema.persons,
                    [
                        .int(Int64(id)), .date(CivilDate(iso: inA ? "1980-01-01" : "1950-01-01")),
                        .text(id % 2 == 0 ? "F" : "M"),
                        .text("white"), .text(inA ? "A" : "B"), .text(inA ? "P1" : "P2"), .null, .null,
                    ])
            }
            var admission: Int64 = 0
            func admit(_ person: Int64, _ date: String, acs: Int64 = 0) throws {
                admission += 1
                _ = try w.insert(
                    PlaceSchema.admissions,
                    [
                        .int(admission), .int(person), .text("emergency"), .date(CivilDate(iso: date)),
                        .date(CivilDate(iso: date)),
                        .int(0), .text("other"), .int(acs),
                    ])
            }
            try admit(1, "2019-02-01")
            try admit(1, "2019-05-01")
            try admit(5, "2019-06-01")
            try admit(5, "2018-06-01")
            var observation: Int64 = 0
            func smoking(_ person: Int64, _ date: String, _ status: String) throws {
                observation += 1
                _ = try w.insert(
                    PlaceSchema.observations,
                    [
                        .int(observation), .int(person), .date(CivilDate(iso: date)), .text("smoking"),
                        .text(status), .null,
                    ])
            }
            try smoking(1, "2019-03-01", "current")
            try smoking(1, "2019-09-01", "ex")
            try smoking(2, "2019-04-01", "current")
            try smoking(6, "2019-04-01", "never")
            _ = try w.insert(
                PlaceSchema.aggregateValues,
                [
                    .text("agg"), .text("C"), .text("2019"), .real(30), .real(120), .real(25), .text("test"),
                    .int(1),
                ])
        }
        return store
    }

    static func definition(
        _ method: IndicatorDefinition.Method, multiplier: Double,
        period: IndicatorDefinition.PeriodType = .calendarYear,
        numerator: Selection?, denominator: Selection?,
        breakdowns: [Breakdown] = [.ward, .lcp, .pcn, .practice, .decile, .sex, .age],
        aggregate: String? = nil
    ) -> IndicatorDefinition {
        IndicatorDefinition(
            id: "test", name: "test", sets: ["hws"], definition: "", follows: "", outcome: 1, priorities: [1],
            polarity: .lowerIsBetter, unit: "", multiplier: multiplier, method: method, period: period,
            breakdowns: breakdowns, benchmark: nil, target: nil, note: nil, aggregate: aggregate,
            numerator: numerator,
            denominator: denominator)
    }

    static func records(
        _ table: String, date: String, filters: [Selection.Filter] = [], count: Selection.Count = .records,
        latest: Bool = false
    ) -> Selection {
        Selection(
            table: table, date: date, filters: filters, minAge: nil, maxAge: nil, person: [], register: nil,
            count: count,
            latest: latest, origin: "test")
    }

    static let residents = Selection(
        table: nil, date: nil, filters: [], minAge: nil, maxAge: nil, person: [], register: nil,
        count: .records,
        latest: false, origin: "test")
}
