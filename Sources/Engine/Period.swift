import PlaceModel

/// A reporting period: a calendar year (`2018`), a financial year (`2018/19`, April to March),
/// pooled calendar years (`2016-18`), or a month (`October 2018`).
public struct Period: Sendable, Equatable, CustomStringConvertible {
    /// First day.
    public let start: CivilDate
    /// Last day.
    public let end: CivilDate
    /// The text it was read from.
    public let label: String

    /// Parses a period, or nil if the text is none of the forms above.
    public init?(_ text: String) {
        label = text
        let parts = text.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == " " }).map(String.init)
        let months = [
            "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december",
        ]
        if parts.count == 1, let year = Int(parts[0]) {
            guard let s = CivilDate(year: year, month: 1, day: 1) else { return nil }
            start = s
            end = CivilDate(year: year, month: 12, day: 31)!
        } else if parts.count == 2, let month = months.firstIndex(of: parts[0].lowercased()),
            let year = Int(parts[1])
        {
            start = CivilDate(year: year, month: month + 1, day: 1)!
            end = CivilDate(
                year: year, month: month + 1, day: CivilDate.daysIn(month: month + 1, year: year))!
        } else if parts.count == 2, let first = Int(parts[0]), let second = Int(parts[1]), parts[1].count == 2
        {
            let last = first / 100 * 100 + second
            if text.contains("/") {
                guard last == first + 1 else { return nil }
                start = CivilDate(year: first, month: 4, day: 1)!
                end = CivilDate(year: last, month: 3, day: 31)!
            } else {
                guard last > first else { return nil }
                start = CivilDate(year: first, month: 1, day: 1)!
                end = CivilDate(year: last, month: 12, day: 31)!
            }
        } else {
            return nil
        }
    }

    /// Length in years (365.25 days).
    public var years: Double { Double(start.days(to: end) + 1) / 365.25 }

    /// The middle day: where mid-period populations are counted.
    public var middle: CivilDate { start.adding(days: start.days(to: end) / 2) }

    /// The label.
    public var description: String { label }
}
