import PlacePack
import Statistics
import Store
import Testing

@testable import Engine

/// Indicator values on the hand-built tiny place, worked out by hand.
@Suite struct IndicatorEngineTests {
    let store: SQLiteStore
    let engine: IndicatorEngine

    init() throws {
        store = try TinyPlace.make()
        engine = try IndicatorEngine(store: store)
    }

    func find(_ results: [IndicatorResult], _ period: String, _ breakdown: String, _ group: String)
        -> IndicatorResult?
    {
        results.first { $0.period == period && $0.breakdown == breakdown && $0.group == group }
    }

    @Test func crudeRateOfEmergencyAdmissions() throws {
        // 2019: person 1 (LSOA A) twice, person 5 (LSOA B) once; 10 residents on 1 July 2019.
        let definition = TinyPlace.definition(
            .crudeRate, multiplier: 1000, numerator: TinyPlace.records("admissions", date: "admit_date"),
            denominator: TinyPlace.residents)
        let results = try engine.compute(definition)
        let city = try #require(find(results, "2019", "city", "C"))
        #expect(city.numerator == 3)
        #expect(city.denominator == 10)
        #expect(city.value == 300)
        // The engine's interval is the library's on the same counts, a person's admissions taken
        // together: Σ over persons of their count squared = 2² + 1² = 5.
        let library = try CrudeRate.estimate(sum: 3, sumOfSquares: 5, denominator: 10, multiplier: 1000)
        #expect(city.lower95 == library.interval(at: 0.95)?.lower)
        #expect(city.upper998 == library.interval(at: 0.998)?.upper)
        #expect(find(results, "2019", "ward", "W1")?.value == 500)  // 2 of 4
        #expect(abs((find(results, "2019", "ward", "W2")?.value ?? 0) - 1000.0 / 6) < 1e-9)  // 1 of 6
        #expect(find(results, "2019", "deprivation", "deprived")?.value == 500)
        #expect(find(results, "2018", "city", "C")?.numerator == 1)
        #expect(find(results, "2019", "practice", "P1")?.numerator == 2)
        #expect(find(results, "2019", "pcn", "N1")?.numerator == 3)
        // Additive counts add up: ward numerators sum to the city's, in every period.
        for period in Set(results.map(\.period)) {
            let wards = results.filter { $0.period == period && $0.breakdown == "ward" }.map(\.numerator)
                .reduce(0, +)
            #expect(wards == find(results, period, "city", "C")?.numerator)
        }
    }

    @Test func proportionFromEachPersonsLatestObservation() throws {
        // Latest smoking record in 2019: person 1 ex (was current in March), person 2 current, person 6 never.
        let kind = Selection.Filter(column: "kind", condition: .oneOf(["smoking"]))
        let current = Selection.Filter(column: "value_code", condition: .oneOf(["current"]))
        let definition = TinyPlace.definition(
            .proportion, multiplier: 100,
            numerator: TinyPlace.records(
                "observations", date: "obs_date", filters: [kind, current], count: .persons, latest: true),
            denominator: TinyPlace.records(
                "observations", date: "obs_date", filters: [kind], count: .persons, latest: true))
        let city = try #require(find(try engine.compute(definition), "2019", "city", "C"))
        #expect(city.numerator == 1)
        #expect(city.denominator == 3)
        let library = try Proportion.estimate(numerator: 1, denominator: 3, multiplier: 100)
        #expect(city.value == library.value)
        #expect(city.lower95 == library.interval(at: 0.95)?.lower)
    }

    @Test func directlyStandardisedRateUsesTheEuropeanStandard() throws {
        let definition = TinyPlace.definition(
            .dsr, multiplier: 100_000, numerator: TinyPlace.records("admissions", date: "admit_date"),
            denominator: TinyPlace.residents)
        let city = try #require(find(try engine.compute(definition), "2019", "city", "C"))
        // On 1 July 2019: four people aged 39 (band 35-39) with 2 admissions, six aged 69 (band 65-69) with 1.
        var expected = DirectlyStandardisedRate.Accumulator()
        let standard = StandardPopulation.esp2013.populations
        try expected.add(count: 2, population: 4, standardPopulation: standard[7])
        try expected.add(count: 1, population: 6, standardPopulation: standard[13])
        let library = try expected.estimate(multiplier: 100_000)
        #expect(city.value == library.value)
        #expect(city.upper95 == library.interval(at: 0.95)?.upper)
    }

    @Test func pooledPeriodsAddTheirYears() throws {
        let definition = TinyPlace.definition(
            .crudeRate, multiplier: 1000, period: .pooledThreeYears,
            numerator: TinyPlace.records("admissions", date: "admit_date"), denominator: TinyPlace.residents)
        let results = try engine.compute(definition)
        let pooled = try #require(find(results, "2017-19", "city", "C"))
        #expect(pooled.numerator == 4)
        #expect(pooled.denominator == 30)  // ten residents in each of three years
        #expect(find(results, "2019-21", "city", "C")?.numerator == 3)
    }

    @Test func aggregateIndicatorsReadTheAggregateTable() throws {
        let definition = TinyPlace.definition(
            .aggregate, multiplier: 100, numerator: nil, denominator: nil, aggregate: "agg")
        let city = try #require(find(try engine.compute(definition), "2019", "city", "C"))
        #expect(city.value == 25)
        #expect(
            city.lower95
                == (try Proportion.estimate(numerator: 30, denominator: 120, multiplier: 100)).interval(
                    at: 0.95)?.lower)
    }

    @Test func definitionsThatDoNotFitTheDataModelAreRefused() throws {
        let definition = TinyPlace.definition(
            .crudeRate, multiplier: 1000, numerator: TinyPlace.records("admissions", date: "nowhere"),
            denominator: TinyPlace.residents)
        let error = #expect(throws: EngineError.self) { _ = try engine.compute(definition) }
        #expect(error?.description.contains("nowhere") == true)
        let badCode = TinyPlace.definition(
            .crudeRate, multiplier: 1000,
            numerator: TinyPlace.records(
                "admissions", date: "admit_date",
                filters: [.init(column: "method", condition: .oneOf(["urgent"]))]),
            denominator: TinyPlace.residents)
        #expect(throws: EngineError.self) { _ = try engine.compute(badCode) }
    }
}
