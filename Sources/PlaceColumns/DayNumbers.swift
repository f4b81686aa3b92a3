import PlaceModel

/// Day numbers (``PlaceModel/CivilDate/day``) to dates as yyyymmdd by table look-up, for the
/// engines' hot loops (ages and periods are worked out on yyyymmdd numbers).
public enum DayNumbers {
    /// The first day the table covers, 1800-01-01.
    static let first = CivilDate(year: 1800, month: 1, day: 1)!.day
    /// The table: yyyymmdd of each day from 1800-01-01 to 2199-12-31.
    static let table: [Int32] = {
        let last = CivilDate(year: 2199, month: 12, day: 31)!.day
        return (first...last).map { CivilDate(day: $0).ymd }
    }()

    /// The date with day number `day` as yyyymmdd (outside 1800–2199 worked out the long way).
    @inline(__always)
    public static func ymd(_ day: Int32) -> Int32 {
        let k = Int(day) - Int(first)
        return k >= 0 && k < table.count ? table[k] : CivilDate(day: day).ymd
    }
}
