import Foundation
import PlaceModel

/// When things happen: a multiplier per kind of event for every day of the study (year × month ×
/// day of the week), so that deaths and emergency admissions peak in winter, electives and
/// discharges fall mostly on weekdays, and 2020 has the pandemic's shape. Counts a year are
/// scaled by the multiplier's mean over the person's days, and dates are drawn in proportion to it.
struct SynthCalendar: Sendable {
    /// The kinds of event with a calendar.
    enum Kind: String, CaseIterable, Sendable {
        case deaths, ae, emergency, elective
    }

    /// The calendar of one kind, as the pack gives it.
    struct Shape: Sendable {
        /// How far above the year's average January is (and July below), as a share.
        var winterPeak = 0.0
        /// Relative weights of Monday ... Sunday.
        var weekday = [Double](repeating: 1, count: 7)
        /// Multipliers of whole years (1 where absent).
        var years: [Int: Double] = [:]
        /// For some years, the shape of the months (replacing the winter peak), as relative weights.
        var months: [Int: [Double]] = [:]
    }

    /// The first day of the table.
    let first: CivilDate
    /// Per kind, the multipliers of whole years.
    private let years: [Kind: [Int: Double]]
    /// Per kind, the running sum of daily multipliers: `sums[k][i]` is the sum over days before
    /// `first + i`.
    private let sums: [[Double]]

    /// The calendar of `shapes` from `first` to `last`, flat for kinds without a shape.
    init(shapes: [Kind: Shape], from first: CivilDate, to last: CivilDate) {
        self.first = first
        years = shapes.mapValues(\.years)
        let count = first.days(to: last) + 1
        sums = Kind.allCases.map { kind in
            let shape = shapes[kind] ?? Shape()
            let weekday = shape.weekday.map { $0 * 7 / shape.weekday.reduce(0, +) }
            let seasonal = (1...12).map { 1 + shape.winterPeak * cos(2 * Double.pi * Double($0 - 1) / 12) }
            let months = shape.months.mapValues { m in m.map { $0 * 12 / m.reduce(0, +) } }
            var running = [Double](repeating: 0, count: count + 1)
            for i in 0..<count {
                let date = first.adding(days: i)
                let (year, month, _) = date.components
                let byMonth = months[year]?[month - 1] ?? seasonal[month - 1]
                running[i + 1] = running[i] + (shape.years[year] ?? 1) * byMonth * weekday[date.weekday]
            }
            return running
        }
    }

    /// The multiplier of `kind` on `date` (1 outside the table).
    func factor(_ kind: Kind, on date: CivilDate) -> Double {
        let i = first.days(to: date)
        let s = sums[index(kind)]
        guard i >= 0, i + 1 < s.count else { return 1 }
        return s[i + 1] - s[i]
    }

    /// The mean multiplier of `kind` over the days of `window` (both included).
    func mean(_ kind: Kind, over window: (CivilDate, CivilDate)) -> Double {
        let s = sums[index(kind)]
        let a = min(max(first.days(to: window.0), 0), s.count - 1)
        let b = min(max(first.days(to: window.1) + 1, a), s.count - 1)
        return b > a ? (s[b] - s[a]) / Double(b - a) : 1
    }

    /// A day of `window` drawn in proportion to the multiplier of `kind`, from uniform `u`.
    func day(_ kind: Kind, in window: (CivilDate, CivilDate), _ u: Double) -> CivilDate {
        let s = sums[index(kind)]
        let a = min(max(first.days(to: window.0), 0), s.count - 1)
        let b = min(max(first.days(to: window.1) + 1, a), s.count - 1)
        guard b > a else { return window.0 }
        let target = s[a] + u * (s[b] - s[a])
        return first.adding(days: Self.position(of: target, in: s, from: a, to: b))
    }

    /// The day on which `amount` of multiplied time has passed since the start of `from` (the
    /// calendar's clock: a year of time at multiplier 2 passes in half a year), or nil if `from` is
    /// before the table's first day; past its last day the clock runs at one a day.
    func day(_ kind: Kind, after amount: Double, from: CivilDate) -> CivilDate? {
        let s = sums[index(kind)]
        let a = first.days(to: from)
        guard a >= 0 else { return nil }
        // Past the calendar's last day the clock runs flat (one a day).
        guard a < s.count - 1 else { return from.adding(days: Int(amount)) }
        let target = s[a] + amount
        guard target < s[s.count - 1] else {
            return first.adding(days: s.count - 1 + Int(target - s[s.count - 1]))
        }
        return first.adding(days: Self.position(of: target, in: s, from: a, to: s.count - 1))
    }

    /// The multiplier of `kind` for the whole of `year` (1 unless the pack gives one).
    func yearFactor(_ kind: Kind, _ year: Int) -> Double { years[kind]?[year] ?? 1 }

    private func index(_ kind: Kind) -> Int { Kind.allCases.firstIndex(of: kind)! }

    /// The day i in a..<b with s[i] <= target < s[i + 1].
    private static func position(of target: Double, in s: [Double], from a: Int, to b: Int) -> Int {
        var low = a
        var high = b
        while high - low > 1 {
            let middle = (low + high) / 2
            if s[middle] <= target { low = middle } else { high = middle }
        }
        return low
    }
}
