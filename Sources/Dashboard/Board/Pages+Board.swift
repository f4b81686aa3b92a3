import Foundation
import Access
import Assurance
import PlaceModel

extension Pages {
    /// The Board page: the risk registers, the action plans, the Better Care Fund plan's checks, and
    /// a form that writes the Board paper for a meeting.
    func board(_ query: Query) throws -> HTML {
        guard let book = try publishedBook() else {
            return layout.page(
                title: "Board assurance", section: .board,
                body:
                    "<h1>Board assurance</h1><p class=\"lead\">This place pack has no assurance.yaml: no registers or plans to show.</p>"
            )
        }
        let day = try Self.date(query, "on") ?? Self.today
        var body: HTML = """
            <h1>Board assurance</h1>
            <p class="lead">The partnership's risk registers, action plans and Better Care Fund plan checks, as on \(day.description).</p>
            <form method="get" action="/board" class="filters"><label for="on">As on</label>
            <input id="on" name="on" type="date" value="\(day.description)"><button type="submit">Show</button></form>
            """
        for register in book.registers {
            let rows = register.statuses(on: day).map { s -> HTML in
                "<tr><td>\(s.risk.id)</td><td>\(s.risk.description)</td><td>\(s.risk.owner)</td><td>\(BoardReport.rating(s.risk.now, s.now))</td><td>\(BoardReport.rating(s.risk.target, s.target))</td><td>\(s.movement.rawValue)</td><td>\(s.risk.review.description)\(s.reviewOverdue ? " (overdue)" : "")</td><td>\(s.aboveAppetite ? "yes" : "no")</td></tr>"
            }
            body.append(
                """
                <h2>\(register.name)</h2><p>Banded by \(register.matrix.name); appetite: \(register.appetite.name). \(register.source)</p>
                \(BoardReport.table(["Risk", "Description", "Owner", "Now", "Target", "Movement", "Review", "Above appetite"], rows, empty: "No risks."))
                """)
        }
        for plan in book.plans {
            let rows = plan.statuses(on: day).map { s -> HTML in
                let flags = [s.overdue ? "overdue" : nil, s.stale ? "no recent update" : nil].compactMap {
                    $0
                }
                return
                    "<tr><td>\(s.action.id)</td><td>\(s.action.action)</td><td>\(s.action.owner)</td><td>\(s.action.due.description)</td><td>\(s.done ? "done" : s.rag?.rawValue ?? "not rated")</td><td>\(flags.joined(separator: ", "))</td></tr>"
            }
            body.append(
                """
                <h2>\(plan.name)</h2><p>\(plan.summary(on: day).description)</p>
                \(BoardReport.table(["Action", "What", "Owner", "Due", "RAG", "Flags"], rows, empty: "No actions."))
                """)
        }
        if let plan = book.bcfPlan {
            let checks = plan.checks()
            let rows = checks.map { c -> HTML in
                "<tr><td>\(c.sheet.rawValue)</td><td>\(c.title)</td><td><strong>\(c.outcome.rawValue)</strong></td><td>\(c.figures)</td></tr>"
            }
            body.append(
                """
                <h2>Better Care Fund plan: \(plan.template), \(plan.board)</h2><p>\(plan.source)</p>
                \(BoardReport.table(["Sheet", "Rule", "Result", "Figures"], rows, empty: "No checks."))
                """)
        }
        if catalog.paper != nil {
            body.append(
                """
                <h2>The Board paper</h2>
                <form method="get" action="/board/report" class="filters">
                <label for="meeting">Meeting</label><input id="meeting" name="meeting" type="date" value="\(day.description)" required>
                <label for="last">Last meeting</label><input id="last" name="last" type="date">
                <button type="submit">Write the paper</button></form>
                <p>The paper opens as a page to print (A4); <code>placehealth report board</code> writes it as PDF.</p>
                """)
        }
        return layout.page(title: "Board assurance", section: .board, body: body)
    }

    /// The Board paper for `meeting` (and `last`, default three months before), as its own document.
    func boardReport(_ query: Query) throws -> HTML {
        guard let book = try publishedBook(), let paper = catalog.paper else {
            throw DashboardError.notFound("Board paper", "report", suggestions: [], listPath: "/board")
        }
        guard let meeting = try Self.date(query, "meeting") else {
            throw DashboardError.badParameter("meeting", "the day of the meeting (YYYY-MM-DD) is required.")
        }
        let last = try Self.date(query, "last") ?? BoardReport.threeMonths(before: meeting)
        guard last < meeting else { throw DashboardError.badParameter("last", "must be before the meeting.") }
        let report = BoardReport(
            text: paper, meeting: meeting, lastMeeting: last, scorecard: try scorecards.scorecard(),
            book: book,
            plan: book.bcfPlan, priorities: catalog.pack.strategy.priorities)
        return HTML(
            raw: report.html(
                stylesheet: "/board/report-\(report.scorecard.synthetic ? "synthetic" : "real").css"))
    }

    /// The pack's book with every published edit applied: what everyone sees.
    func publishedBook() throws -> AssuranceBook? {
        try catalog.book?.applying(AssuranceLedger(store: store).edits(), drafts: false)
    }

    /// A date parameter, nil when absent.
    static func date(_ query: Query, _ name: String) throws -> CivilDate? {
        guard let text = query[name] else { return nil }
        guard let date = CivilDate(iso: text) else {
            throw DashboardError.badParameter(name, "‘\(text)’ is not a date (YYYY-MM-DD).")
        }
        return date
    }

    /// Today (UTC).
    static var today: CivilDate {
        let days = Int((Date().timeIntervalSince1970 / 86_400).rounded(.down))
        return CivilDate(year: 1970, month: 1, day: 1)!.adding(days: days)
    }
}
