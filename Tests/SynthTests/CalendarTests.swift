import Foundation
import PlaceModel
import Store
import Testing

@testable import Synth

@Suite struct CalendarTests {
    static let first = CivilDate(year: 2019, month: 1, day: 1)!
    static let last = CivilDate(year: 2021, month: 12, day: 31)!

    static func year(_ y: Int) -> (CivilDate, CivilDate) {
        (CivilDate(year: y, month: 1, day: 1)!, CivilDate(year: y, month: 12, day: 31)!)
    }

    /// A year's mean multiplier is its year factor; weekdays keep their weights' ratios; winter is
    /// above summer by the peak.
    @Test func multipliersFollowTheShape() {
        var shape = SynthCalendar.Shape()
        shape.winterPeak = 0.2
        shape.weekday = [2, 1, 1, 1, 1, 1, 1]
        shape.years = [2020: 0.7]
        let calendar = SynthCalendar(shapes: [.ae: shape], from: Self.first, to: Self.last)
        #expect(abs(calendar.mean(.ae, over: Self.year(2019)) - 1) < 0.01)
        #expect(abs(calendar.mean(.ae, over: Self.year(2020)) - 0.7) < 0.01)
        // 2019-01-07 was a Monday, 2019-01-08 a Tuesday: the same month, weights 2 and 1.
        let monday = calendar.factor(.ae, on: CivilDate(year: 2019, month: 1, day: 7)!)
        let tuesday = calendar.factor(.ae, on: CivilDate(year: 2019, month: 1, day: 8)!)
        #expect(abs(monday / tuesday - 2) < 1e-12)
        let january = calendar.mean(.ae, over: (Self.first, CivilDate(year: 2019, month: 1, day: 28)!))
        let july = calendar.mean(
            .ae, over: (CivilDate(year: 2019, month: 7, day: 1)!, CivilDate(year: 2019, month: 7, day: 28)!))
        #expect(abs(january / july - 1.2 / 0.8) < 1e-9)
        // A kind without a shape is flat.
        #expect(calendar.factor(.deaths, on: CivilDate(year: 2020, month: 4, day: 1)!) == 1)
    }

    /// Days drawn in proportion to the multiplier, and the calendar's clock: a year at half speed
    /// takes twice as long to pass.
    @Test func daysAreDrawnInProportionAndTheClockRunsAtTheMultiplier() {
        var shape = SynthCalendar.Shape()
        shape.weekday = [1, 1, 1, 1, 1, 0, 0]
        shape.years = [2020: 0.5]
        let calendar = SynthCalendar(shapes: [.elective: shape], from: Self.first, to: Self.last)
        for k in 0..<1_000 {
            let day = calendar.day(.elective, in: Self.year(2019), (Double(k) + 0.5) / 1_000)
            #expect(calendar.factor(.elective, on: day) > 0, "\(day) is a weekend day")
        }
        let flat = SynthCalendar(shapes: [:], from: Self.first, to: Self.last)
        #expect(flat.day(.deaths, after: 100.5, from: Self.first) == Self.first.adding(days: 100))
        // Past the last day the clock runs flat.
        #expect(flat.day(.deaths, after: 2_000, from: Self.first) == Self.first.adding(days: 2_000))
        let slow = SynthCalendar(shapes: [.deaths: shape], from: Self.first, to: Self.last)
        let start2020 = CivilDate(year: 2020, month: 1, day: 1)!
        let passed = slow.day(.deaths, after: 100, from: start2020)
        #expect(passed.map { start2020.days(to: $0) }.map { (195...205).contains($0) } == true)
    }

    /// The synthetic 2020 against 2019: more deaths, some of them COVID-19's and none in other
    /// years; fewer A&E attendances, emergency and elective admissions; electives catch up after;
    /// deaths peak in winter; electives are on weekdays.
    @Test func twentyTwentyDiffersFromTwentyNineteen() throws {
        let store = try SynthFixture.shared.get()
        func count(_ sql: String) throws -> Double { try store.query(sql, []).first?[0].number ?? .nan }
        func inYear(_ table: String, _ column: String, _ year: Int, _ filter: String = "1 = 1") throws
            -> Double
        {
            try count(
                "SELECT COUNT(*) FROM \(table) WHERE \(column) BETWEEN '\(year)-01-01' AND '\(year)-12-31' AND \(filter)"
            )
        }
        let before = try (inYear("deaths", "death_date", 2018) + inYear("deaths", "death_date", 2019)) / 2
        let deaths2020 = try inYear("deaths", "death_date", 2020)
        #expect(deaths2020 > 1.04 * before, "deaths in 2020: \(deaths2020), in 2018-19: \(before) a year")
        #expect(try inYear("deaths", "death_date", 2020, "cause_group = 'covid19'") > 0)
        #expect(
            try count(
                "SELECT COUNT(*) FROM deaths WHERE cause_group = 'covid19' AND death_date NOT BETWEEN '2020-01-01' AND '2021-12-31'"
            )
                == 0)
        #expect(
            try inYear("ae_attendances", "arrival_date", 2020) < 0.8
                * inYear("ae_attendances", "arrival_date", 2019))
        let emergency = "method = 'emergency'"
        let elective = "method = 'elective'"
        #expect(
            try inYear("admissions", "admit_date", 2020, emergency) < 0.92
                * inYear("admissions", "admit_date", 2019, emergency))
        #expect(
            try inYear("admissions", "admit_date", 2020, elective) < 0.8
                * inYear("admissions", "admit_date", 2019, elective))
        #expect(
            try inYear("admissions", "admit_date", 2023, elective)
                > inYear("admissions", "admit_date", 2019, elective))
        let january = try count("SELECT COUNT(*) FROM deaths WHERE substr(death_date, 6, 2) = '01'")
        let july = try count("SELECT COUNT(*) FROM deaths WHERE substr(death_date, 6, 2) = '07'")
        #expect(january > 1.2 * july)
        let weekend = try count(
            "SELECT COUNT(*) FROM admissions WHERE \(elective) AND strftime('%w', admit_date) IN ('0', '6')")
        let electives = try count("SELECT COUNT(*) FROM admissions WHERE \(elective)")
        #expect(weekend < 0.1 * electives)
        // The survey-based measures shift: children above a healthy weight rise in 2020.
        func weight(_ year: Int) throws -> Double {
            try count(
                "SELECT value FROM aggregate_values WHERE indicator_id = 'children-above-healthy-weight' AND area_code = 'E08000035' AND period = '\(year)'"
            )
        }
        #expect(try weight(2020) > weight(2019) + 3)
    }
}
