import Assurance
import Publication

extension BoardReport {
    var mainIssues: HTML {
        let intro =
            "The strategy scorecard: \(changes.count) indicators have results for periods that ended after the last meeting (\(Self.long(lastMeeting))) and by this one. "
            + "Each is compared with the latest result the Board had before: a change is significant where the two 95% confidence intervals do not overlap. "
            + "Small numbers are suppressed (*)."
        let changeRows = changes.map { c -> HTML in
            "<tr><td>\(c.row.definition.name) <span class=\"unit\">(\(c.row.definition.unit))</span></td><td>\(c.row.definition.priorities.map(String.init).joined(separator: ", "))</td><td>\(Self.result(c.before))</td><td>\(Self.result(c.now))</td><td>\(c.verdict)</td></tr>"
        }
        let risks = risksAboveAppetite.map { r -> HTML in
            "<tr><td>\(r.status.risk.id)</td><td>\(r.status.risk.description)</td><td>\(r.status.risk.owner)</td><td>\(Self.rating(r.status.risk.now, r.status.now))</td><td>\(r.register.appetite.name)</td><td>\(r.status.movement.rawValue)</td><td>\(r.status.risk.review.description)\(r.status.reviewOverdue ? " (overdue)" : "")</td></tr>"
        }
        let actions = actionsOffTrack.map { a -> HTML in
            let flags = [
                a.status.rag == .red ? "red" : nil, a.status.overdue ? "overdue" : nil,
                a.status.stale ? "no update for \(a.plan.staleAfterDays) days" : nil,
            ].compactMap { $0 }
            let last =
                a.status.lastUpdate.map { "\($0) (\(a.status.rag?.rawValue ?? "not rated"))" } ?? "none"
            return
                "<tr><td>\(a.plan.id)/\(a.status.action.id)</td><td>\(a.status.action.action)</td><td>\(a.status.action.owner)</td><td>\(a.status.action.due.description)</td><td>\(last)</td><td>\(flags.joined(separator: ", "))</td></tr>"
        }
        return """
            <p class="num"><span>3.1</span> \(intro)</p>
            \(Self.table(["Indicator", "Priorities", "Before", "Now", "Change"], changeRows, empty: "No indicator has a new result since the last meeting."))
            <p class="num"><span>3.2</span> Risks above their register's appetite on \(Self.long(meeting)):</p>
            \(Self.table(["Risk", "Description", "Owner", "Now", "Appetite", "Movement", "Review"], risks, empty: "No risk is above its register's appetite."))
            <p class="num"><span>3.3</span> Actions off track on \(Self.long(meeting)) (rated red, past their due date, or with no recent update):</p>
            \(Self.table(["Action", "What", "Owner", "Due", "Latest update", "Why off track"], actions, empty: "No action is off track."))
            \(bcfSection)
            """
    }

    private var bcfSection: HTML {
        guard let plan else {
            return "<p class=\"num\"><span>3.4</span> No Better Care Fund plan is checked in this report.</p>"
        }
        let rows = checks.filter { $0.outcome != .pass }.map { c -> HTML in
            "<tr class=\"\(c.outcome.rawValue)\"><td>\(c.sheet.rawValue)</td><td>\(c.title)</td><td><strong>\(c.outcome.rawValue.uppercased())</strong></td><td>\(c.figures)</td></tr>"
        }
        let passed = checks.filter { $0.outcome == .pass }.count
        return """
            <p class="num"><span>3.4</span> The Better Care Fund plan (\(plan.template), \(plan.board)) against the national rules: \(checks.count) checks, \(passed) pass. Those that do not pass:</p>
            \(Self.table(["Sheet", "Rule", "Result", "Figures"], rows, empty: "Every check passes."))
            """
    }

    var governance: HTML {
        func sub(_ number: String, _ title: String, _ paragraphs: [String]) -> HTML {
            let body = HTML.join(
                paragraphs.enumerated().map {
                    "<p class=\"num\"><span>\(number).\($0.offset + 1)</span> \($0.element)</p>"
                })
            return "<h3><span>\(number)</span> \(title)</h3>\(body)"
        }
        let linked = linkedRisks.map { r -> HTML in
            let links =
                r.status.risk.indicators.map { "indicator \($0)" }
                + r.status.risk.linkedActions.map { "action \($0)" }
                + r.status.risk.schemes.map { "BCF scheme \($0)" }
            return
                "<tr><td>\(r.status.risk.id)</td><td>\(r.status.risk.description)</td><td>\(Self.rating(r.status.risk.now, r.status.now))</td><td>\(r.status.aboveAppetite ? "yes" : "no")</td><td>\(links.isEmpty ? "–" : links.joined(separator: "; "))</td></tr>"
        }
        return """
            \(sub("4.1", "Consultation, engagement and hearing citizen voice", text.consultation))
            \(sub("4.2", "Equality and diversity / cohesion and integration", text.equality))
            \(sub("4.3", "Resources and value for money", text.resources))
            \(sub("4.4", "Legal Implications, access to information and call In", text.legal))
            \(sub("4.5", "Risk management", text.risk))
            \(Self.table(["Risk", "Description", "Now", "Above appetite", "Linked to"], linked, empty: "No risk is linked to what this report covers."))
            """
    }

    var closingPage: HTML {
        let served = prioritiesServed
        let rows = priorities.map { p -> HTML in
            "<tr><td>\(p.name)</td><td class=\"mark\">\(served.contains(p.number) ? "X" : "")</td></tr>"
        }
        return """
            <section class="closing"><h2>Implementing the \(text.strategyName)</h2>
            <h3>How does this help reduce health inequalities in Leeds?</h3><p>\(text.inequalities)</p>
            <h3>How does this help create a high quality health and care system?</h3><p>\(text.quality)</p>
            <h3>How does this help to have a financially sustainable health and care system?</h3><p>\(text.sustainability)</p>
            <h3>Future challenges or opportunities</h3><ul>\(text.challenges.map { "<li>\($0)</li>" as HTML })</ul>
            <table class="priorities"><caption>Priorities of the \(text.strategyName)</caption>
            <thead><tr><th scope="col">Priority</th><th scope="col">Served</th></tr></thead><tbody>\(rows)</tbody></table>
            </section>
            """
    }

    static func table(_ header: [String], _ rows: [HTML], empty: String) -> HTML {
        guard !rows.isEmpty else { return "<p class=\"none\">\(empty)</p>" }
        return
            "<table class=\"data\"><thead><tr>\(header.map { "<th scope=\"col\">\($0)</th>" as HTML })</tr></thead><tbody>\(rows)</tbody></table>"
    }

    /// "2018/19: 12.3 (10.1 to 14.6)", or * when suppressed.
    static func result(_ r: PublishedResult?) -> String {
        guard let r else { return "–" }
        if r.suppressed { return "\(r.period): *" }
        return "\(r.period): \(Format.valueWithInterval(r.value, r.lower95, r.upper95, suppressed: false))"
    }

    /// "3x4=12 Medium Priority".
    static func rating(_ rating: Rating, _ band: Band?) -> String {
        "\(rating.likelihood)×\(rating.consequence)=\(rating.score) \(band?.name ?? "unbanded")"
    }
}
