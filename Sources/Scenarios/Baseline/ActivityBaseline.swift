import PlaceColumns
import Population
import Store

/// A setting of care whose activity a scenario projects.
public enum ActivitySetting: Int, CaseIterable, Sendable, Hashable {
    /// Emergency admissions (`admissions.method` emergency).
    case emergencyAdmission
    /// Elective admissions.
    case electiveAdmission
    /// A&E attendances.
    case aeAttendance
    /// Care home admissions.
    case careHomeAdmission
    /// Reablement episodes (by start date).
    case reablementEpisode

    /// The name scenario files and outputs use.
    public var name: String {
        [
            "emergency_admissions", "elective_admissions", "ae_attendances", "care_home_admissions",
            "reablement_episodes",
        ][rawValue]
    }
}

/// What levers act on, for one record of activity.
public struct ActivityFlags: OptionSet, Sendable, Hashable {
    /// The raw bits.
    public let rawValue: UInt8
    /// Creates flags from their bits.
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// An admission for an ambulatory-care-sensitive condition (`admissions.acs`).
    public static let ambulatoryCareSensitive = ActivityFlags(rawValue: 1)
    /// The person died within 365 days after it.
    public static let endOfLife = ActivityFlags(rawValue: 2)
    /// An emergency admission within 30 days of the person's previous discharge.
    public static let readmission = ActivityFlags(rawValue: 4)
    /// An A&E attendance of a person who attended 5 times or more in the baseline year.
    public static let frequentAttender = ActivityFlags(rawValue: 8)
    /// The person was 65 or over with moderate or severe frailty (electronic frailty index) on
    /// 1 July of the baseline year.
    public static let frail = ActivityFlags(rawValue: 16)
}

/// One cell of the baseline: a setting, the person's single year of age (up to the oldest, open),
/// sex, home LCP, IMD decile and segment, and the record's flags.
public struct ActivityKey: Sendable, Hashable {
    /// The setting.
    public let setting: ActivitySetting
    /// Age in completed years on the record's date (the oldest age counts everyone older).
    public let age: Int16
    /// Sex.
    public let sex: Sex
    /// Index of the home LCP in ``ActivityBaseline/lcps``, -1 when none.
    public let lcp: Int16
    /// IMD decile of home (1 the most deprived), 0 when unknown.
    public let decile: Int8
    /// The person's segment of the Leeds Segmentation Model on 1 July of the baseline year
    /// (``Population/Segment`` raw value), -1 when not resident that day.
    public let segment: Int8
    /// What levers act on.
    public let flags: ActivityFlags
}

/// The activity, bed days and delayed days of a cell.
public struct ActivityTotals: Sendable, Equatable {
    /// Records.
    public var count = 0
    /// Nights in hospital (admissions: discharge date less admission date; none while undischarged).
    public var bedDays = 0
    /// Delayed days (`admissions.delayed_days`).
    public var delayedDays = 0
    /// Delayed days counted at most up to each admission's bed days: the part of the bed days that
    /// was delayed.
    public var delayedWithinStay = 0

    /// Totals of `count` records with `bedDays` and `delayedDays`; `delayedWithinStay` defaults to
    /// the delayed days up to the bed days (as for a single admission).
    public init(count: Int = 0, bedDays: Int = 0, delayedDays: Int = 0, delayedWithinStay: Int? = nil) {
        self.count = count
        self.bedDays = bedDays
        self.delayedDays = delayedDays
        self.delayedWithinStay = delayedWithinStay ?? min(delayedDays, bedDays)
    }

    /// Adds another cell's totals.
    public mutating func add(_ other: ActivityTotals) {
        count += other.count
        bedDays += other.bedDays
        delayedDays += other.delayedDays
        delayedWithinStay += other.delayedWithinStay
    }
}

/// A baseline year's activity of the place, by setting, single year of age, sex, LCP, IMD decile,
/// segment and what levers act on: what a scenario carries forward. Counted from the shared columnar model;
/// only counts come out.
public struct ActivityBaseline: Sendable {
    /// The calendar year counted.
    public let year: Int
    /// The LCPs, as ``ActivityKey/lcp`` indexes them.
    public let lcps: [String]
    /// The oldest age (everyone older is counted at it).
    public let oldest: Int
    /// The totals of every cell with activity.
    public let cells: [ActivityKey: ActivityTotals]

    /// Counts the activity of calendar year `year` in `store`.
    ///
    /// - Throws: ``ScenarioError`` when the year has no activity at all; the store's errors.
    public init(store: any PlaceStore, year: Int, oldest: Int = 90) throws {
        self = try ScenarioInputs(store: store).baseline(year: year, oldest: oldest)
    }

    init(year: Int, lcps: [String], oldest: Int, cells: [ActivityKey: ActivityTotals]) {
        (self.year, self.lcps, self.oldest, self.cells) = (year, lcps, oldest, cells)
    }

    /// The totals of the cells of `setting` that `include` keeps (every one when not given).
    public func total(_ setting: ActivitySetting, where include: (ActivityKey) -> Bool = { _ in true })
        -> ActivityTotals
    {
        var sum = ActivityTotals()
        for (key, totals) in cells where key.setting == setting && include(key) { sum.add(totals) }
        return sum
    }
}
