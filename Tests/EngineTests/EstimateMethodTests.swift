import PlacePack
import Statistics
import Testing

@testable import Engine

/// The ISR, mean and life-expectancy methods on counts by age band worked out by hand, and equal to
/// the statistics library's on the same counts.
@Suite struct EstimateMethodTests {
    func definition(_ method: IndicatorDefinition.Method, multiplier: Double = 100) -> IndicatorDefinition {
        IndicatorDefinition(
            id: "m", name: "m", sets: [], definition: "", follows: "", outcome: nil, priorities: [],
            polarity: .noJudgement, unit: "", multiplier: multiplier, method: method, period: .calendarYear,
            breakdowns: [], benchmark: nil, target: nil, note: nil, aggregate: nil, numerator: nil,
            denominator: nil)
    }

    /// 20 slots (19 bands and the under-ones) with the given band values.
    func slots(_ values: [Int: Double]) -> [Double] {
        (0..<GroupCounts.slots).map { values[$0] ?? 0 }
    }

    @Test func indirectlyStandardisedRatioUsesTheCitysRates() throws {
        // Group: 100 people aged 35-39 (band 7) and 200 aged 65-69 (band 13), 30 events observed.
        // City rates: 10/1000 and 40/1000. Expected = 100 × 0.01 + 200 × 0.04 = 9; ISR = 30/9 × 100 = 333.33.
        let group = [slots([7: 20, 13: 10]), slots([7: 100, 13: 200])]
        let city = [slots([7: 10, 13: 40]), slots([7: 1000, 13: 1000])]
        let estimate = try IndicatorEngine.estimate(definition(.isr), group, reference: city)
        #expect(abs(estimate.value! - 3000 / 9) < 1e-9)
        let library = try IndirectlyStandardised.ratio(
            observed: 30, populations: [100, 200], referenceCounts: [10, 40],
            referencePopulations: [1000, 1000],
            referenceValue: 100)
        #expect(estimate == library)
    }

    @Test func meanFromItsSumSumOfSquaresAndCount() throws {
        // Values 2, 4, 6, 8, 10: sum 30, squares 220, n 5; mean 6, s = √((220 − 5 × 36)/4) = √10;
        // t(0.975; 4) = 2.776445, half-width 2.776445 × √10/√5 = 2.776445 × √2 = 3.926486: 2.073514 to 9.926486.
        let counts = [slots([3: 30]), slots([3: 220]), slots([3: 5])]
        let estimate = try IndicatorEngine.estimate(
            definition(.mean, multiplier: 1), counts, reference: counts)
        #expect(estimate.value == 6)
        let interval = try #require(estimate.interval(at: 0.95))
        #expect(abs(interval.lower - 2.073514) < 1e-5 && abs(interval.upper - 9.926486) < 1e-5)
        let library = try Mean.estimate(values: [2, 4, 6, 8, 10])
        #expect(abs(estimate.interval(at: 0.998)!.upper - library.interval(at: 0.998)!.upper) < 1e-9)
    }

    @Test func lifeExpectancySplitsTheUnderOnesFromTheFirstBand() throws {
        // Deaths and populations by the 20 life-table bands (0, 1-4, 5-9, …, 90+); the engine holds
        // 0-4 together with the under-ones in a 20th slot.
        let deaths: [Double] = [4, 1, 1, 1, 2, 3, 4, 6, 9, 14, 22, 35, 55, 85, 130, 200, 300, 420, 400, 300]
        let population: [Double] = [
            1000, 4000, 5000, 5000, 5200, 5500, 5600, 5400, 5300, 5200, 5000, 4800, 4500, 4100, 3600, 3000,
            2300, 1600,
            900, 500,
        ]
        func engineSlots(_ x: [Double]) -> [Double] { [x[0] + x[1]] + x[2...] + [x[0]] }
        let estimate = try IndicatorEngine.estimate(
            definition(.lifeExpectancy, multiplier: 1), [engineSlots(deaths), engineSlots(population)],
            reference: [])
        let table = try LifeExpectancy.table(
            ageBands: LifeTableBridge.labels, deaths: deaths, populations: population)
        #expect(estimate == table[0].estimate)
        #expect((estimate.value ?? 0) > 60 && (estimate.value ?? 100) < 90)
    }
}
