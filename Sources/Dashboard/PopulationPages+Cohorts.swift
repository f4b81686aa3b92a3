import Access
import Foundation
import Population
import Publication

extension PopulationPages {
    /// `/population/cohorts/:id`: the cohort's counts by LCP and by practice; for a clinician, the
    /// form that opens its case-finding list.
    func cohort(_ id: String) throws -> HTML {
        let cohort = try service.catalog.cohort(id)
        let byLCP = try service.cohortCounts(id, by: .lcp)
        let byPractice = try service.cohortCounts(id, by: .practice)
        let lcpMask = try service.withheld(id, byLCP, threshold: audience.threshold)
        let practiceMask = try service.withheld(id, byPractice, threshold: audience.threshold)
        let body: HTML = """
            \(account.bar)
            <h1>\(cohort.name)</h1>
            <p class="lead"><code>\(cohort.rule)</code> on \(byLCP.date). Source: \(cohort.source).\
            \(byLCP.synthetic ? " SYNTHETIC data." : "")</p>
            \(audience.notice)\(listForm(id))
            \(countTable(byLCP, lcpMask, kind: "LCP"))
            \(countTable(byPractice, practiceMask, kind: "Practice"))
            """
        return layout.page(
            title: cohort.name, section: .population, crumbs: [("Population", "/population")], body: body)
    }

    /// A table of a cohort's counts.
    func countTable(_ counts: CohortCounts, _ mask: Withheld, kind: String) -> HTML {
        let rows = counts.rows.enumerated().map { r, row -> HTML in
            let hidden = mask.isWithheld(r, 0) || mask.isWithheld(r, 1)
            let rate: HTML =
                audience.value(row.persons, withheld: hidden) == nil
                ? "<td>suppressed</td>"
                : "<td class=\"num\">\(Format.number(Double(row.persons) * 1000 / Double(max(row.population, 1)), decimals: 2))</td>"
            return
                "<tr><th scope=\"row\">\(service.data.areas.name(row.group))</th>\(audience.cell(row.persons, withheld: mask.isWithheld(r, 0)))\(audience.cell(row.population, withheld: mask.isWithheld(r, 1)))\(rate)</tr>"
        }
        return """
            <h2>By \(kind)</h2><div class="table-scroll" tabindex="0"><table class="cards"><caption>Persons in the cohort by \(kind)</caption>
            <thead><tr><th scope="col">\(kind)</th><th scope="col">Persons</th><th scope="col">Population</th><th scope="col">Per 1,000</th></tr></thead>
            <tbody>\(rows)</tbody><tfoot><tr><th scope="row">Total</th>\(audience.cell(counts.total, withheld: mask.total))<td></td><td></td></tr></tfoot></table></div>
            """
    }

    /// The form that opens a case-finding list (clinicians only).
    func listForm(_ id: String) -> HTML {
        guard user?.role == .clinician else {
            return
                "<p>Case-finding lists of this cohort are for the clinicians of each practice or LCP (<a href=\"/signin\">sign in</a>).</p>"
        }
        return """
            <form class="filter" method="post" action="/population/cohorts/\(id)/people">\(account.tokenField)
            <label>For \(scopeSelect)</label><label>Purpose \(purposeSelect(.caseFinding))</label>
            <button type="submit">Show the case-finding list</button></form>
            """
    }

    /// The scopes the user may choose: each assigned one, and the practices of an assigned LCP.
    var scopeSelect: HTML {
        var choices: [(value: String, label: String)] = []
        for scope in user?.scopes ?? [] {
            choices.append((scope.parameter, scope.description))
            if case .lcp(let code) = scope {
                for p in service.data.areas.practices where p.lcp == code {
                    choices.append(
                        ("practice:\(p.code)", "practice \(p.code) \(service.data.areas.name(p.code))"))
                }
            }
        }
        return "<select name=\"scope\">\(Pages.options(choices, selected: nil))</select>"
    }

    /// The purposes, `selected` first chosen.
    func purposeSelect(_ selected: Purpose) -> HTML {
        "<select name=\"purpose\">\(Pages.options(Purpose.allCases.map { ($0.rawValue, $0.label) }, selected: selected.rawValue))</select>"
    }

    /// The case-finding list page (person-level; already authorised and audited).
    func caseFinding(_ list: CaseFindingList, cohort: CohortCatalog.Cohort, purpose: Purpose) -> HTML {
        let rows = list.entries.map { e -> HTML in
            """
            <tr><th scope="row">\(String(e.personID))</th><td class="num">\(e.age)</td><td>\(e.sex)</td><td>\(e.practice)</td>\
            <td>\(Segment(id: e.segment)?.name ?? e.segment)</td><td>\(e.frailty ?? "")</td>\
            <td class="num">\(e.risk.map { Format.number($0 * 100, decimals: 1) + "%" } ?? "")</td><td>\(e.reasons.joined(separator: "; "))</td>\
            <td><form method="post" action="/population/people/\(String(e.personID))">\(account.tokenField)\
            <input type="hidden" name="scope" value="\(list.scope.parameter)"><input type="hidden" name="purpose" value="\(purpose.rawValue)">\
            <button type="submit">Timeline</button></form></td></tr>
            """
        }
        let body: HTML = """
            \(account.bar)
            <h1>\(cohort.name): \(list.scope.description)</h1>
            <p class="lead"><strong>PERSON-LEVEL</strong> for the clinicians of \(list.scope.description), for \
            \(purpose.label.lowercased()). This view has been written to the audit log. \(list.entries.count) people on \
            \(list.date).\(list.synthetic ? " SYNTHETIC data: no real person." : "")</p>
            <form method="post" action="/population/cohorts/\(cohort.id)/people.csv">\(account.tokenField)\
            <input type="hidden" name="scope" value="\(list.scope.parameter)"><input type="hidden" name="purpose" value="\(purpose.rawValue)">\
            <button type="submit">Download as CSV (audited)</button></form>
            <div class="table-scroll" tabindex="0"><table class="cards"><caption>Case-finding list: who and why</caption>
            <thead><tr><th scope="col">Person</th><th scope="col">Age</th><th scope="col">Sex</th><th scope="col">Practice</th>\
            <th scope="col">Segment</th><th scope="col">Frailty</th><th scope="col">Risk</th><th scope="col">Why</th><th scope="col">Record</th></tr></thead>
            <tbody>\(rows)</tbody></table></div>
            """
        return layout.page(
            title: cohort.name, section: .population,
            crumbs: [("Population", "/population"), (cohort.name, "/population/cohorts/\(cohort.id)")],
            body: body)
    }
}

/// A scope as a request parameter: `practice:CODE` or `lcp:CODE`.
enum ScopeParameter {
    /// The scope of `text` (``AccessScope/init(parameter:)``).
    ///
    /// - Throws: ``DashboardError/badParameter(_:_:)`` naming `scope`.
    static func parse(_ text: String?) throws -> AccessScope {
        guard let scope = text.flatMap(AccessScope.init(parameter:)) else {
            throw DashboardError.badParameter("scope", "give practice:CODE or lcp:CODE.")
        }
        return scope
    }
}
