import PlaceModel
import Testing

@Suite struct CivilDateTests {
    @Test func roundTripsEveryDayOfSeveralCenturies() {
        var day = CivilDate(year: 1899, month: 12, day: 31)!.day
        let last = CivilDate(year: 2101, month: 1, day: 1)!.day
        while day <= last {
            let date = CivilDate(day: day)
            let (y, m, d) = date.components
            #expect(CivilDate(year: y, month: m, day: d) == date)
            #expect(CivilDate(iso: date.description) == date)
            day += 1
            if date.day % 5000 == 0 { continue }
        }
    }

    @Test func knownDaysAndRejections() {
        #expect(CivilDate(year: 1970, month: 1, day: 1)?.day == 0)
        #expect(CivilDate(iso: "2000-03-01")?.day == 11017)
        #expect(CivilDate(iso: "2019-02-29") == nil)
        #expect(CivilDate(iso: "2020-02-29") != nil)
        #expect(CivilDate(iso: "1900-02-29") == nil)
        #expect(CivilDate(iso: "2019-13-01") == nil)
        #expect(CivilDate(iso: "2019-1-01") == nil)
        #expect(CivilDate(iso: "20x9-01-01") == nil)
    }

    @Test func ageInCompletedYears() {
        let born = CivilDate(iso: "2000-06-15")!
        #expect(born.age(on: CivilDate(iso: "2018-06-14")!) == 17)
        #expect(born.age(on: CivilDate(iso: "2018-06-15")!) == 18)
    }

    /// Days of the week, Monday 0 to Sunday 6, on dates whose day is known, before 1970 too.
    @Test func weekdaysAreKnownDays() {
        #expect(CivilDate(year: 1970, month: 1, day: 1)!.weekday == 3)
        #expect(CivilDate(year: 2019, month: 1, day: 7)!.weekday == 0)
        #expect(CivilDate(year: 2026, month: 12, day: 5)!.weekday == 5)
        #expect(CivilDate(year: 2026, month: 12, day: 6)!.weekday == 6)
        #expect(CivilDate(year: 1969, month: 12, day: 29)!.weekday == 0)
    }
}
