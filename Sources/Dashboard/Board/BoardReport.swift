import Assurance
import Engine
import PlaceModel
import PlacePack
import Publication

/// The Board's assurance paper in the partnership's report template: the written sections from a
/// text file, and the main issues filled from the data (the scorecard's changes since the last
/// meeting, the risks above appetite, the actions off track, the Better Care Fund checks).
public struct BoardReport: Sendable {
    /// The written sections.
    public let text: BoardPaperText
    /// The day of the meeting, and of the last one: a result is new if its period ended after the
    /// last meeting and by this one.
    public let meeting: CivilDate, lastMeeting: CivilDate
    /// The city's published scorecard (suppressed).
    public let scorecard: Scorecard
    /// The risk registers and action plans.
    public let book: AssuranceBook
    /// The Better Care Fund plan checked, if any.
    public let plan: BCFPlan?
    /// The strategy's twelve priorities.
    public let priorities: [Priority]

    /// A report of `scorecard`, `book` and `plan` for the meeting on `meeting`.
    public init(
        text: BoardPaperText, meeting: CivilDate, lastMeeting: CivilDate, scorecard: Scorecard,
        book: AssuranceBook,
        plan: BCFPlan?, priorities: [Priority]
    ) {
        self.text = text
        self.meeting = meeting
        self.lastMeeting = lastMeeting
        self.scorecard = scorecard
        self.book = book
        self.plan = plan
        self.priorities = priorities
        changes = Self.changes(scorecard, meeting: meeting, lastMeeting: lastMeeting)
        checks = plan?.checks() ?? []
    }

    /// Every indicator with a result whose period ended after the last meeting and by this one,
    /// in scorecard order (worked out once, when the report is made).
    public let changes: [Change]
    /// The Better Care Fund plan's checks (none without a plan), worked out once.
    public let checks: [BCFCheck]

    /// One indicator with a result new since the last meeting.
    public struct Change: Sendable {
        /// The indicator's scorecard row.
        public let row: ScorecardRow
        /// The latest result by the last meeting, if any, and by this one.
        public let before: PublishedResult?, now: PublishedResult
        /// How the two compare: their 95% intervals apart or overlapping, read through the polarity.
        public let verdict: String
    }

    /// Every indicator of `scorecard` with a result whose period ended after `lastMeeting` and by
    /// `meeting`, in scorecard order.
    static func changes(_ scorecard: Scorecard, meeting: CivilDate, lastMeeting: CivilDate) -> [Change] {
        var seen = Set<String>()
        let rows =
            scorecard.outcomes.flatMap { $0.priorities.flatMap(\.rows) } + scorecard.sets.flatMap(\.rows)
        return rows.compactMap { row in
            guard seen.insert(row.definition.id).inserted else { return nil }
            func latest(by day: CivilDate) -> PublishedResult? {
                row.series.last { result in Period(result.period).map { $0.end <= day } ?? false }
            }
            guard let now = latest(by: meeting) else { return nil }
            let before = latest(by: lastMeeting)
            guard before?.period != now.period else { return nil }
            return Change(
                row: row, before: before, now: now,
                verdict: Self.verdict(before, now, row.definition.polarity))
        }
    }

    static func verdict(
        _ before: PublishedResult?, _ now: PublishedResult, _ polarity: IndicatorDefinition.Polarity
    )
        -> String
    {
        guard let before else { return "first result" }
        if before.suppressed || now.suppressed { return "not compared (small numbers)" }
        guard let nowLow = now.lower95, let nowHigh = now.upper95, let beforeLow = before.lower95,
            let beforeHigh = before.upper95
        else { return "not compared (no interval)" }
        let higher = nowLow > beforeHigh
        guard higher || nowHigh < beforeLow else { return "no significant change" }
        switch polarity {
        case .higherIsBetter: return higher ? "significantly better (higher)" : "significantly worse (lower)"
        case .lowerIsBetter: return higher ? "significantly worse (higher)" : "significantly better (lower)"
        case .noJudgement: return higher ? "significantly higher" : "significantly lower"
        }
    }

    /// Risks above their register's appetite on the day of the meeting.
    public var risksAboveAppetite: [(register: RiskRegister, status: RiskStatus)] {
        book.registers.flatMap { register in
            register.statuses(on: meeting).filter(\.aboveAppetite).map { (register, $0) }
        }
    }

    /// Open actions rated red, past their due date, or with no recent update, on the day of the meeting.
    public var actionsOffTrack: [(plan: ActionPlan, status: ActionStatus)] {
        book.plans.flatMap { plan in
            plan.statuses(on: meeting).filter { !$0.done && ($0.rag == .red || $0.overdue || $0.stale) }.map {
                (plan, $0)
            }
        }
    }

    /// The risks linked to what the report covers: to an indicator with a new result, to an action
    /// off track, or to a Better Care Fund scheme when a plan check fails; and every risk above appetite.
    public var linkedRisks: [(register: RiskRegister, status: RiskStatus)] {
        let indicators = Set(changes.map(\.row.definition.id))
        let actions = Set(actionsOffTrack.map { "\($0.plan.id)/\($0.status.action.id)" })
        let bcfFails = checks.contains { $0.outcome == .fail }
        return book.registers.flatMap { register in
            register.statuses(on: meeting).filter { s in
                s.aboveAppetite || !indicators.isDisjoint(with: s.risk.indicators)
                    || !actions.isDisjoint(with: s.risk.linkedActions)
                    || (bcfFails && !s.risk.schemes.isEmpty)
            }.map { (register, $0) }
        }
    }

    /// The priorities the paper serves: those of its changed indicators and those the text names.
    public var prioritiesServed: Set<Int> {
        Set(changes.flatMap(\.row.definition.priorities)).union(text.priorities)
    }

    /// The same day three months earlier (the month's last day where it is shorter).
    public static func threeMonths(before day: CivilDate) -> CivilDate {
        let (year, month, date) = day.components
        let back = month > 3 ? (year, month - 3) : (year - 1, month + 9)
        return CivilDate(
            year: back.0, month: back.1, day: min(date, CivilDate.daysIn(month: back.1, year: back.0)))!
    }
}
