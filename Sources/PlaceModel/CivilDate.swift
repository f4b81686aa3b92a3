/// A calendar date held as a day number (days since 1970-01-01), proleptic Gregorian.
public struct CivilDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Days since 1970-01-01.
    public let day: Int32

    /// The date with day number `day`.
    public init(day: Int32) { self.day = day }

    /// The date `year`-`month`-`dayOfMonth`, or nil if there is no such date.
    public init?(year: Int, month: Int, day dayOfMonth: Int) {
        guard (1...12).contains(month), dayOfMonth >= 1,
            dayOfMonth <= CivilDate.daysIn(month: month, year: year)
        else { return nil }
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + dayOfMonth - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        day = Int32(era * 146_097 + doe - 719_468)
    }

    /// Parses `YYYY-MM-DD` from UTF-8 bytes, or nil if the bytes are not a real date.
    public init?(iso bytes: ArraySlice<UInt8>) {
        guard bytes.count == 10 else { return nil }
        let b = bytes.startIndex
        guard bytes[b + 4] == 45, bytes[b + 7] == 45 else { return nil }
        var year = 0
        var month = 0
        var dayOfMonth = 0
        for offset in [0, 1, 2, 3, 5, 6, 8, 9] {
            let digit = Int(bytes[b + offset]) &- 48
            guard digit >= 0, digit <= 9 else { return nil }
            switch offset {
            case 0...3: year = year * 10 + digit
            case 5, 6: month = month * 10 + digit
            default: dayOfMonth = dayOfMonth * 10 + digit
            }
        }
        self.init(year: year, month: month, day: dayOfMonth)
    }

    /// Parses `YYYY-MM-DD`, or nil if the text is not a real date.
    public init?(iso text: String) { self.init(iso: ArraySlice(text.utf8)) }

    /// A `yyyy-mm-dd` date as the number yyyymmdd, without building a date (for fast passes over
    /// many records); nil when the text is not of that form. The day is not checked against the month.
    public static func ymd(iso text: String) -> Int32? {
        var text = text
        return text.withUTF8 { ymd(iso: $0) }
    }

    /// ``ymd(iso:)`` on the bytes of the text.
    public static func ymd(iso bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        guard bytes.count == 10, bytes[4] == 45, bytes[7] == 45 else { return nil }
        // Each digit's value, and whether any byte was not a digit (an unsigned value above 9).
        @inline(__always) func digit(_ offset: Int) -> UInt32 { UInt32(bytes[offset]) &- 48 }
        let digits = (digit(0), digit(1), digit(2), digit(3), digit(5), digit(6), digit(8), digit(9))
        guard
            max(
                max(max(digits.0, digits.1), max(digits.2, digits.3)),
                max(max(digits.4, digits.5), max(digits.6, digits.7))) <= 9
        else { return nil }
        let year = digits.0 &* 1000 &+ digits.1 &* 100 &+ digits.2 &* 10 &+ digits.3
        let month = digits.4 &* 10 &+ digits.5
        let day = digits.6 &* 10 &+ digits.7
        guard month >= 1, month <= 12, day >= 1, day <= 31 else { return nil }
        return Int32(year &* 10_000 &+ month &* 100 &+ day)
    }

    /// The date of a yyyymmdd number (``ymd(iso:)``), or nil if there is no such date.
    public init?(ymd: Int32) {
        self.init(year: Int(ymd / 10_000), month: Int(ymd / 100 % 100), day: Int(ymd % 100))
    }

    /// The date as the number yyyymmdd.
    public var ymd: Int32 {
        let (year, month, day) = components
        return Int32(year * 10_000 + month * 100 + day)
    }

    /// The same day a year earlier (28 February for 29 February).
    public var yearBefore: CivilDate {
        let (year, month, day) = components
        return CivilDate(year: year - 1, month: month, day: day) ?? CivilDate(
            year: year - 1, month: month, day: 28)!
    }

    /// Year, month and day of month.
    public var components: (year: Int, month: Int, day: Int) {
        let z = Int(day) + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// The calendar year.
    public var year: Int { components.year }

    /// The day of the week: 0 for Monday up to 6 for Sunday (1970-01-01 was a Thursday).
    public var weekday: Int { Int((Int64(day) % 7 + 7 + 3) % 7) }

    /// `YYYY-MM-DD`.
    public var description: String { String(decoding: isoBytes, as: UTF8.self) }

    /// Calls `body` with `YYYY-MM-DD` as ten UTF-8 bytes, without allocating.
    public func withISOBytes<T>(_ body: (UnsafeBufferPointer<UInt8>) throws -> T) rethrows -> T {
        let (y, m, d) = components
        var t: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (
            UInt8(48 + y / 1000 % 10), UInt8(48 + y / 100 % 10), UInt8(48 + y / 10 % 10), UInt8(48 + y % 10),
            45,
            UInt8(48 + m / 10), UInt8(48 + m % 10), 45, UInt8(48 + d / 10), UInt8(48 + d % 10)
        )
        return try withUnsafeBytes(of: &t) { try body($0.bindMemory(to: UInt8.self)) }
    }

    /// `YYYY-MM-DD` as ten UTF-8 bytes.
    public var isoBytes: [UInt8] {
        let (y, m, d) = components
        return [
            UInt8(48 + y / 1000 % 10), UInt8(48 + y / 100 % 10), UInt8(48 + y / 10 % 10), UInt8(48 + y % 10),
            45,
            UInt8(48 + m / 10), UInt8(48 + m % 10), 45, UInt8(48 + d / 10), UInt8(48 + d % 10),
        ]
    }

    /// The date `days` later.
    public func adding(days: Int) -> CivilDate { CivilDate(day: day + Int32(days)) }

    /// Whole days from `self` to `other`.
    public func days(to other: CivilDate) -> Int { Int(other.day - day) }

    /// Age in completed years on `date` for someone born on `self`.
    public func age(on date: CivilDate) -> Int {
        let (by, bm, bd) = components
        let (y, m, d) = date.components
        return y - by - ((m, d) < (bm, bd) ? 1 : 0)
    }

    /// Orders dates in time.
    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool { lhs.day < rhs.day }

    /// Days in `month` of `year`.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
