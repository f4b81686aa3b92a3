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
    }

    /// Number of base years (calendar or financial) that dates are binned into.
    var baseCount: Int { type == .financialYear ? years.count - 1 : years.count }

    /// The base year index of a date given as yyyymmdd, or nil outside the study.
    func base(ofYMD ymd: Int32) -> Int? {
        let year = Int(ymd / 10_000)
        let month = Int(ymd / 100 % 100)
        let index =
            type == .financialYear ? year - (month < 4 ? 1 : 0) - years.lowerBound : year - years.lowerBound
        return index >= 0 && index < baseCount ? index : nil
    }

    /// The middle day of base year `index` (1 July, or 1 October for financial years).
    func middle(ofBase index: Int) -> Int32 {
        let year = years.lowerBound + index
        return CivilDate(year: year, month: type == .financialYear ? 10 : 7, day: 1)!.day
    }
}
