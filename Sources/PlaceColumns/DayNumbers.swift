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

    /// Day numbers by yyyymmdd, for 1800–2199: `(year - 1800) * 512 + month * 32 + day`; `Int32.min`
    /// where there is no such date.
    static let days: [Int32] = {
        var table = [Int32](repeating: .min, count: 400 * 512)
        for day in (first...CivilDate(year: 2199, month: 12, day: 31)!.day) {
            let (y, m, d) = CivilDate(day: day).components
            table[(y - 1800) * 512 + m * 32 + d] = day
        }
        return table
    }()

    /// The day number of the date yyyymmdd, nil if there is no such date.
    @inline(__always)
    public static func day(ymd: Int32) -> Int32? {
        let (y, m, d) = (Int(ymd / 10_000), Int(ymd / 100 % 100), Int(ymd % 100))
        guard y >= 1800, y < 2200, m < 16, d < 32 else {
            return CivilDate(year: y, month: m, day: d)?.day
        }
        let day = days[(y - 1800) * 512 + m * 32 + d]
        return day == Int32.min ? nil : day
    }
}
