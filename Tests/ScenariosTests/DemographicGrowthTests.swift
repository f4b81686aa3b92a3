import Testing

@testable import Scenarios

/// Demography alone changes activity by exactly the population ratio of each age, sex and LCP,
/// weighted by where the activity is.
@Suite struct DemographicGrowthTests {
    static func key(_ setting: ActivitySetting, age: Int16, sex: Sex, lcp: Int16) -> ActivityKey {
        ActivityKey(setting: setting, age: age, sex: sex, lcp: lcp, decile: 1, segment: 0, flags: [])
    }

    /// Two LCPs, ages 0 to 5; emergency admissions of young women in L1 and old men in L2 (and one
    /// of a man with no LCP).
    static let baseline = ActivityBaseline(
        year: 2023, lcps: ["L1", "L2"], oldest: 5,
        cells: [
            key(.emergencyAdmission, age: 1, sex: .female, lcp: 0): ActivityTotals(count: 100, bedDays: 300),
            key(.emergencyAdmission, age: 5, sex: .male, lcp: 1): ActivityTotals(count: 40, bedDays: 400),
            key(.emergencyAdmission, age: 5, sex: .male, lcp: -1): ActivityTotals(count: 10, bedDays: 10),
            key(.aeAttendance, age: 5, sex: .male, lcp: 1): ActivityTotals(count: 7),
        ])

    static func grid(_ value: (Int, Sex, Int) -> Double) -> PopulationGrid {
        var grid = PopulationGrid(areas: ["L1", "L2"], oldest: 5)
        for area in 0..<2 {
            for sex in Sex.allCases { for age in 0...5 { grid[area, sex, age] = value(area, sex, age) } }
        }
        return grid
    }

    @Test func anUnchangedPopulationLeavesActivityAsItIs() {
        let base = Self.grid { _, _, age in Double(10 + age) }
        let same = DemographicGrowth.expected(Self.baseline, base: base, projected: base)
        #expect(same[.emergencyAdmission] == 150)
        #expect(same[.aeAttendance] == 7)
    }

    @Test func eachGroupGrowsWithItsOwnPopulation() {
        let base = Self.grid { _, _, _ in 100 }
        // The oldest men of L2 double; L1's young women fall by a quarter; no one else changes.
        let projected = Self.grid { area, sex, age in
            if area == 1, sex == .male, age == 5 { return 200 }
            if area == 0, sex == .female, age == 1 { return 75 }
            return 100
        }
        let expected = DemographicGrowth.expected(Self.baseline, base: base, projected: projected)
        // The man with no LCP grows with the city's oldest men: (100 + 200) / (100 + 100).
        let admissions: Double = 100 * 0.75 + 40 * 2 + 10 * 1.5
        #expect(expected[.emergencyAdmission] == admissions)
        #expect(expected[.aeAttendance] == 14)
        let bedDays = DemographicGrowth.expected(
            Self.baseline, base: base, projected: projected, bedDays: true)
        let nights: Double = 300 * 0.75 + 400 * 2 + 10 * 1.5
        #expect(bedDays[.emergencyAdmission] == nights)
    }

    @Test func uniformGrowthScalesEverySetting() {
        let base = Self.grid { _, sex, age in sex == .female ? Double(age + 1) : 3 }
        let projected = Self.grid { _, sex, age in (sex == .female ? Double(age + 1) : 3) * 1.1 }
        let expected = DemographicGrowth.expected(Self.baseline, base: base, projected: projected)
        let admissions: Double = 150 * 1.1
        #expect(abs(expected[.emergencyAdmission]! - admissions) < 1e-9)
        let attendances: Double = 7 * 1.1
        #expect(abs(expected[.aeAttendance]! - attendances) < 1e-9)
    }

    @Test func aGroupWithNoOneAtTheBaselineGrowsWithTheCity() {
        let base = Self.grid { area, sex, age in area == 1 && sex == .male && age == 5 ? 0 : 100 }
        let projected = Self.grid { _, _, _ in 300 }
        let ratios = DemographicGrowth.ratios(base: base, projected: projected)
        // L2's men of 5 grow with the city's: 100 before, 600 after.
        #expect(ratios[3 * 6 + 5] == 6)  // L2, men, 5
        #expect(ratios[0 * 6 + 1] == 3)  // L1, women, 1
        // The city's oldest men: 100 before, 600 after.
        #expect(ratios[5 * 6 + 5] == 6)  // the city, men, 5
    }

    @Test func agesInABandShareTheBandsRatio() {
        let base = Self.grid { _, _, _ in 100 }
        let projected = Self.grid { area, sex, age in area == 0 && sex == .female && age == 1 ? 200 : 100 }
        let ratios = DemographicGrowth.ratios(base: base, projected: projected, band: 5)
        // L1's women of 0 to 4 share (4 × 100 + 200) / 500; the oldest age, 5, is a band of its own.
        #expect((0...4).allSatisfy { ratios[$0] == 1.2 })
        #expect(ratios[5] == 1)
        #expect((0...5).allSatisfy { ratios[6 + $0] == 1 })  // L1's men
    }
}
