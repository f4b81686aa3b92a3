import PlaceColumns
import PlaceModel
import PlacePack
import TestSupport
import Testing

@testable import Engine

/// Residents by base year, age and group, counted along each person's run of years, agree with
/// counting every person in every base year on a synthetic place with births, deaths, arrivals and
/// leavers.
@Suite struct ResidentsByAgeTests {
    @Test(arguments: [IndicatorDefinition.PeriodType.calendarYear, .financialYear])
    func countingRunsAgreesWithCountingEveryYear(type: IndicatorDefinition.PeriodType) throws {
        let store = try SyntheticStore.make(persons: 3_000, seed: 7)
        let persons = PersonIndex(columns: try PlaceColumns.open(store), cityCode: "city")
        let layout = GroupLayout(persons)
        let periods = IndicatorPeriods(type, years: 2014...2023)
        let fast = ResidentsByAge(persons: persons, layout: layout, periods: periods)
        let ages = ResidentsByAge.oldest + 1
        let g = layout.groups.count
        var slow = [Double](repeating: 0, count: periods.baseCount * ages * g)
        for base in 0..<periods.baseCount {
            let middle = periods.middle(ofBase: base)
            let ymd = PersonIndex.ymd(CivilDate(day: middle))
            for i in 0..<persons.birth.count where persons.present(i, on: middle) {
                let age = min(max(persons.age(i, onYMD: ymd), 0), ResidentsByAge.oldest)
                let row = (base * ages + age) * g
                let start = i * layout.stride
                for s in start..<start + layout.stride where layout.personGroups[s] >= 0 {
                    slow[row + Int(layout.personGroups[s])] += 1
                }
                slow[row + layout.ageStart + GroupCounts.band(age: age)] += 1
            }
        }
        #expect(slow.reduce(0, +) > 0)
        #expect(fast.values == slow)
    }
}
