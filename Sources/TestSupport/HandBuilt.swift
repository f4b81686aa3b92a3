import PlaceColumns
import PlaceModel
import Population

/// The one hand-built place of the tests: two LCPs, three practices, three LSOAs (IMD deciles 1, 5 and 10).
public enum HandBuilt {
    /// Its areas.
    public static let areas = AreaIndex(
        lsoas: [
            .init(code: "L1", decile: 1, ward: "W1", lcp: "LCP1"),
            .init(code: "L5", decile: 5, ward: "W1", lcp: "LCP1"),
            .init(code: "L10", decile: 10, ward: "W2", lcp: "LCP2"),
        ],
        practices: [
            .init(code: "P1", pcn: "N1", lcp: "LCP1"), .init(code: "P2", pcn: "N1", lcp: "LCP1"),
            .init(code: "P3", pcn: "N2", lcp: "LCP2"),
        ])

    /// The date people are looked at in most tests.
    public static let date = CivilDate(year: 2023, month: 1, day: 1)!

    /// A date `years` before ``date`` (negative: after).
    public static func ago(years: Double) -> CivilDate { date.adding(days: -Int(years * 365.25)) }

    /// A birth date for someone aged `age` on ``date``.
    public static func born(aged age: Int) -> CivilDate { CivilDate(year: 2023 - age - 1, month: 6, day: 1)! }

    /// Adds a person aged `age` on ``date``; returns their position.
    @discardableResult
    public static func person(
        _ b: inout PopulationBuilder, id: Int64, age: Int, female: Bool = false, lsoa: String = "L1",
        practice: String? = "P1", ethnic: String = "white"
    ) -> Int {
        b.addPerson(
            id: id, birth: born(aged: age), female: female, ethnicGroup: ethnic, lsoa: lsoa,
            practice: practice)
    }

    /// Adds `count` problems (the first `count` problem codes) to person `i`.
    public static func problems(_ b: inout PopulationBuilder, _ i: Int, count: Int) {
        for code in PopulationCodes.problems.prefix(count) { b.addProblem(i, code, on: ago(years: 3)) }
    }

    /// Adds `count` people aged `age` (ids after `id`, which moves on), returning their positions.
    @discardableResult
    public static func people(
        _ b: inout PopulationBuilder, _ count: Int, age: Int, id: inout Int64, lsoa: String = "L1",
        practice: String? = "P1"
    ) -> [Int] {
        (0..<count).map { _ in
            id += 1
            return person(&b, id: id, age: age, lsoa: lsoa, practice: practice)
        }
    }
}
