import PlaceColumns
import PlaceModel
import PlacePack

/// The periods an indicator is computed for within the study years, and which base year a date falls in.
struct IndicatorPeriods {
    let type: IndicatorDefinition.PeriodType
    let years: ClosedRange<Int>
    /// The periods, oldest first.
    let periods: [Period]
    /// For each period, the base years it pools (one, or three).
    let members: [[Int]]
    /// The first day of ``baseByDay``: 1 January of the first study year.
    let firstDay: Int32
    /// Each day's base year index (-1: none), from ``firstDay`` to 31 December of the year after
    /// the last study year: a date's base is one look-up.
    let baseByDay: [Int8]

    init(_ type: IndicatorDefinition.PeriodType, years: ClosedRange<Int>) {
        self.type = type
        self.years = years
        var periods: [Period] = []
        var members: [[Int]] = []
        switch type {
        case .calendarYear:
            for (i, year) in years.enumerated() {
                periods.append(Period(String(year))!)
                members.append([i])
            }
        case .financialYear:
            for (i, year) in years.dropLast().enumerated() {
                periods.append(Period("\(year)/\(String(year + 1).suffix(2))")!)
                members.append([i])
            }
        case .pooledThreeYears:
            for (i, year) in years.dropLast(2).enumerated() {
                periods.append(Period("\(year)-\(String(year + 2).suffix(2))")!)
                members.append([i, i + 1, i + 2])
            }
        }
        self.periods = periods
        self.members = members
        firstDay = CivilDate(year: years.lowerBound, month: 1, day: 1)!.day
        let last = CivilDate(year: years.upperBound + 1, month: 12, day: 31)!.day
        baseByDay = (firstDay...last).map { day in
            Self.base(ofYMD: DayNumbers.ymd(day), type: type, years: years).map(Int8.init) ?? -1
        }
    }

    /// The last day a stay not yet ended counts its nights to: 31 December of the year after the
    /// last study year.
    var endDay: Int32 { firstDay + Int32(baseByDay.count - 1) }

    /// The base year index of a day number, or nil outside the study.
    @inline(__always)
    func base(ofDay day: Int32) -> Int? {
        let k = Int(day) - Int(firstDay)
        guard k >= 0, k < baseByDay.count else { return nil }
        let base = baseByDay[k]
        return base >= 0 ? Int(base) : nil
    }

    /// Number of base years (calendar or financial) that dates are binned into.
    var baseCount: Int { Self.baseCount(type, years) }

    private static func baseCount(_ type: IndicatorDefinition.PeriodType, _ years: ClosedRange<Int>) -> Int {
        type == .financialYear ? years.count - 1 : years.count
    }

    /// The base year index of a date given as yyyymmdd, or nil outside the study (what
    /// ``baseByDay`` holds for each day).
    private static func base(
        ofYMD ymd: Int32, type: IndicatorDefinition.PeriodType, years: ClosedRange<Int>
    ) -> Int? {
        let year = Int(ymd / 10_000)
        let month = Int(ymd / 100 % 100)
        let index =
            type == .financialYear ? year - (month < 4 ? 1 : 0) - years.lowerBound : year - years.lowerBound
        return index >= 0 && index < baseCount(type, years) ? index : nil
    }

    /// The middle day of base year `index` (1 July, or 1 October for financial years).
    func middle(ofBase index: Int) -> Int32 {
        let year = years.lowerBound + index
        return CivilDate(year: year, month: type == .financialYear ? 10 : 7, day: 1)!.day
    }
}
