import PlacePack
import Testing

@testable import Engine

/// Issue 13, item 1: the answer to "are the poorest improving fastest?" must not depend on age
/// structure. In this hand-built place deprived Leeds ages sharply and the rest a little, while the
/// age-specific rates never change (1 admission a year per person aged 60-69, 3 at 70-79, in both
/// areas, in 2014 and 2023): on age-standardised rates the gap does not change; on crude rates it
/// seems to widen significantly (the place is large enough for that with each person's three
/// admissions counted as one cluster in the variance).
@Suite struct AgeStandardisedInequalityTests {
    /// Emergency admissions per 1,000 residents aged 60-79, by deprivation decile.
    static let definition = IndicatorDefinition(
        id: "admissions-60-79", name: "Admissions aged 60-79", sets: [], definition: "", follows: "",
        outcome: nil, priorities: [], polarity: .lowerIsBetter, unit: "per 1,000", multiplier: 1_000,
        method: .crudeRate, period: .calendarYear, breakdowns: [.decile], benchmark: nil, target: nil,
        note: nil, aggregate: nil,
        numerator: Selection(
            table: "admissions", date: "admit_date", filters: [], minAge: 60, maxAge: 79, person: [],
            register: nil, count: .records, latest: false, origin: "test"),
        denominator: Selection(
            table: nil, date: nil, filters: [], minAge: 60, maxAge: 79, person: [], register: nil,
            count: .records, latest: false, origin: "test"))

    /// People born on 1 January of each year, by LSOA (A: decile 1, B: decile 10), with their
    /// admissions in 2014 and 2023 at the fixed rates for their age that year.
    static func place() -> HandBuiltPlace {
        let place = HandBuiltPlace()
        let cohorts: [(lsoa: String, born: Int, people: Int)] =
            [
                ("A", 1953, 60), ("A", 1950, 60), ("A", 1946, 30), ("A", 1942, 6), ("A", 1938, 6),
                ("A", 1961, 6),
                ("A", 1956, 6),
            ] + [1953, 1950, 1946, 1942, 1938, 1961, 1956].map { ("B", $0, 15) }
        for cohort in cohorts {
            for _ in 0..<cohort.people {
                let person = place.person(born: "\(cohort.born)-01-01", in: cohort.lsoa)
                for year in [2014, 2023] {
                    let age = year - cohort.born
                    let admissions = (60...69).contains(age) ? 1 : (70...79).contains(age) ? 3 : 0
                    for day in 0..<admissions {
                        place.admission(
                            person, admitted: "\(year)-07-0\(day + 1)", discharged: "\(year)-07-0\(day + 1)")
                    }
                }
            }
        }
        return place
    }

    @Test func groupsThatAgeDifferentlyWithUnchangingRatesAnswerNoChange() throws {
        let store = try Self.place().store()
        let engine = try IndicatorEngine(store: store)
        let computed = try engine.compute(Self.definition)
        let periods = Set(computed.map(\.period)).sorted()
        let analysis = InequalityAnalysis(definition: Self.definition)
        #expect(
            Self.definition.inequality.kind == .ageStandardised, "crude rates are standardised by default")

        let standardised = try engine.forInequality(Self.definition, computed: computed)
        let answer = try #require(analysis.progress(standardised, periods: periods))
        #expect((answer.firstPeriod, answer.lastPeriod) == ("2014", "2023"))
        #expect(answer.answer == .unchanged, "\(answer)")
        // Every group and year has the same rates by age: ESP 2013 weights 6,000, 5,500, 5,000 and 4,000.
        let weighted: Double = 6_000 * 1_000 + 5_500 * 1_000 + 5_000 * 3_000 + 4_000 * 3_000
        let expected = weighted / 20_500
        for row in standardised where row.breakdown == "deprivation" && ["2014", "2023"].contains(row.period)
        {
            #expect(abs((row.value ?? 0) - expected) <= 1e-9 * expected, "\(row.period) \(row.group)")
        }

        // The crude rates (deprived 1,148 then 2,852; the rest 1,800 then 2,200) make an artefact.
        var crude = Self.definition
        crude.inequality = InequalityBasis(.crude, why: "for this test")
        let crudeAnswer = try #require(
            analysis.progress(try engine.forInequality(crude, computed: computed), periods: periods))
        #expect(crudeAnswer.answer == .slower, "\(crudeAnswer)")
        let gapFirst: Double = 62.0 / 54 * 1_000 - 1_800
        let gapLast: Double = 154.0 / 54 * 1_000 - 2_200
        #expect(abs((crudeAnswer.change ?? 0) - (gapLast - gapFirst)) < 1e-6)
    }
}
