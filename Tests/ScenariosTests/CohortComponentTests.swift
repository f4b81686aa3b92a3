import Foundation
import Testing

@testable import Scenarios

/// The cohort-component step on hand-built populations whose answers are worked out by hand.
@Suite struct CohortComponentTests {
    /// One area, ages 0 to 5 (5 and over), with `value(sex, age)` people.
    static func grid(_ value: (Sex, Int) -> Double) -> PopulationGrid {
        var grid = PopulationGrid(areas: ["A"], oldest: 5)
        for sex in Sex.allCases { for age in 0...5 { grid[0, sex, age] = value(sex, age) } }
        return grid
    }

    @Test func withNoDeathsBirthsOrMovesEveryoneAgesByOneYear() {
        let base = Self.grid { sex, age in Double(100 * (age + 1) + (sex == .male ? 1 : 0)) }
        let years = CohortComponent.project(base, rates: ProjectionRates(oldest: 5), years: 3)
        #expect(years.count == 4)
        #expect(years[0] == base)
        for sex in Sex.allCases {
            #expect(years[1][0, sex, 0] == 0)
            #expect(years[1][0, sex, 1] == base[0, sex, 0])
            #expect(years[1][0, sex, 4] == base[0, sex, 3])
            #expect(years[1][0, sex, 5] == base[0, sex, 4] + base[0, sex, 5])
            #expect(years[3][0, sex, 3] == base[0, sex, 0])
        }
        // Nobody dies, is born or moves: the total never changes.
        for year in years { #expect(year.total() == base.total()) }
    }

    @Test func oneYearMatchesTheFormulasWorkedByHand() {
        let base = Self.grid { sex, age in sex == .female ? 1_000 + Double(age) * 10 : 800 }
        var rates = ProjectionRates(oldest: 5)
        for s in 0..<2 {
            rates.mortality[s] = [0.02, 0.01, 0.01, 0.01, 0.05, 0.2]
            rates.migration[s] = [0.04, 0.01, -0.03, 0, 0, 0]
        }
        rates.fertility[2] = 0.5
        rates.fertility[3] = 0.25
        rates.boysPerGirl = 1.05
        let k = 2.0
        let next = CohortComponent.project(base, rates: rates, years: 1, migrationScale: k)[1]
        // Survivors move up a year; the net migration rate of their new age, doubled, is added.
        let female2 = 1_010 * exp(-0.01) * (1 + k * -0.03)
        #expect(next[0, .female, 2].isApproximatelyEqual(to: female2))
        let female3 = 1_020 * exp(-0.01)
        #expect(next[0, .female, 3].isApproximatelyEqual(to: female3))
        #expect(next[0, .male, 5].isApproximatelyEqual(to: 800 * exp(-0.05) + 800 * exp(-0.2)))
        // Births: the rates over the mean of the women of each age at the start and the end.
        let births = 0.5 * (1_020 + female2) / 2 + 0.25 * (1_030 + female3) / 2
        let boys = births * 1.05 / 2.05
        let newborn = exp(-0.02 / 2) * (1 + k * 0.04 / 2)
        #expect(next[0, .male, 0].isApproximatelyEqual(to: boys * newborn))
        #expect(next[0, .female, 0].isApproximatelyEqual(to: (births - boys) * newborn))
    }

    @Test func migrationNeverMakesAPopulationNegative() {
        var rates = ProjectionRates(oldest: 5)
        rates.migration = [Array(repeating: -0.8, count: 6), Array(repeating: -0.8, count: 6)]
        let years = CohortComponent.project(
            Self.grid { _, _ in 100 }, rates: rates, years: 2, migrationScale: 2)
        #expect(years[2].values.allSatisfy { $0 == 0 })
    }

    @Test func deathRatesArePooledInBandsOfAge() {
        #expect(ProjectionRates.bands(oldest: 90).count == 2 + 17 + 1)
        #expect(ProjectionRates.bands(oldest: 90).first == 0...0)
        #expect(ProjectionRates.bands(oldest: 90)[2] == 5...9)
        #expect(ProjectionRates.bands(oldest: 90).suffix(2) == [85...89, 90...90])
        #expect(ProjectionRates.bands(oldest: 7) == [0...0, 1...4, 5...6, 7...7])
    }
}

extension Double {
    /// Equal within a relative tolerance of 1e-12.
    func isApproximatelyEqual(to other: Double) -> Bool {
        abs(self - other) <= 1e-12 * max(abs(self), abs(other))
    }
}
