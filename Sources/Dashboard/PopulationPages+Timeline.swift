import Access
import Population

extension PopulationPages {
    /// `/population/people`: the form that opens a person's timeline (clinicians only).
    func timelineForm(personID: Int64?) -> HTML {
        let form: HTML =
            user?.role == .clinician
            ? """
            <form class="filter" method="post" action="/population/people">\(account.tokenField)
            <label>Person identifier <input name="person" inputmode="numeric" required value="\(personID.map { String($0) } ?? "")"></label>
            <label>Registered with \(scopeSelect)</label><label>Purpose \(purposeSelect(.directCare))</label>
            <button type="submit">Open the timeline</button></form>
            """
            : "<p>Timelines are for the clinicians of the person’s practice or LCP (<a href=\"/signin\">sign in</a>).</p>"
        let body: HTML = """
            \(account.bar)<h1>A person’s joined-up timeline</h1>
            <p class="lead">Everything the partnership’s organisations hold about one person, in date order. The person \
            must be registered with the practice (or live in the LCP) you choose, and every view is written to the audit log.</p>
            \(form)
            """
        return layout.page(
            title: "Timeline", section: .population, crumbs: [("Population", "/population")], body: body)
    }

    /// The timeline page (person-level; already authorised and audited).
    func timeline(_ t: PersonTimeline, purpose: Purpose) -> HTML {
        let rows = t.entries.map { e -> HTML in
            "<tr><th scope=\"row\">\(e.date)</th><td>\(e.source)</td><td>\(e.kind)</td><td>\(e.detail)</td></tr>"
        }
        let body: HTML = """
            \(account.bar)
            <h1>Person \(String(t.personID))</h1>
            <p class="lead"><strong>PERSON-LEVEL</strong> for \(purpose.label.lowercased()), within \(t.scope.description). \
            This view has been written to the audit log.\(t.synthetic ? " SYNTHETIC data: no real person." : "")</p>
            <dl class="facts"><dt>Born</dt><dd>\(t.birthDate)</dd><dt>Sex</dt><dd>\(t.sex)</dd>\
            <dt>Ethnic group</dt><dd>\(t.ethnicGroup.replacingOccurrences(of: "_", with: " "))</dd>\
            <dt>Practice</dt><dd>\(t.practice.isEmpty ? "not registered" : t.practice)</dd><dt>LSOA</dt><dd>\(t.lsoa)</dd></dl>
            \(pager(t, purpose: purpose))
            <div class="table-scroll" tabindex="0"><table class="cards"><caption>\(caption(t))</caption>
            <thead><tr><th scope="col">Date</th><th scope="col">Recorded by</th><th scope="col">Kind</th><th scope="col">Detail</th></tr></thead>
            <tbody>\(rows)</tbody></table></div>
            """
        return layout.page(
            title: "Timeline", section: .population,
            crumbs: [("Population", "/population"), ("Timeline", "/population/people")], body: body)
    }

    /// The table's caption: which events of how many.
    func caption(_ t: PersonTimeline) -> String {
        let newest = (t.page - 1) * t.pageSize
        guard t.total > t.entries.count else { return "Every record, oldest first" }
        return
            "Records \(max(t.total - newest - t.entries.count + 1, 0))–\(t.total - newest) of \(t.total), oldest "
            + "first (page \(t.page) of \(pages(t)); page 1 is the most recent)"
    }

    /// Pages of a timeline.
    func pages(_ t: PersonTimeline) -> Int {
        min(max(1, (t.total + t.pageSize - 1) / t.pageSize), TimelineReader.deepestPage)
    }

    /// Buttons to the older and more recent pages (each opening is a new, audited view).
    func pager(_ t: PersonTimeline, purpose: Purpose) -> HTML {
        func button(_ page: Int, _ label: String) -> HTML {
            """
            <form class="filter" method="post" action="/population/people">\(account.tokenField)\
            <input type="hidden" name="person" value="\(String(t.personID))">\
            <input type="hidden" name="scope" value="\(t.scope.parameter)">\
            <input type="hidden" name="purpose" value="\(purpose.rawValue)">\
            <input type="hidden" name="page" value="\(String(page))">\
            <button type="submit">\(label)</button></form>
            """
        }
        guard pages(t) > 1 else { return "" }
        let older: HTML = t.page < pages(t) ? button(t.page + 1, "Older records") : ""
        let newer: HTML = t.page > 1 ? button(t.page - 1, "More recent records") : ""
        return "\(older)\(newer)"
    }

    /// `/audit`: one month's use by user and area, and its entries (governance lead only).
    func audit(_ review: AuditReview, entries: [AuditEntry]) -> HTML {
        let months = review.months.map { (value: $0, label: $0) }
        let filter: HTML = """
            <form class="filter" method="get" action="/audit"><label>Month <select name="month">\
            \(Pages.options(months.isEmpty ? [(review.month, review.month)] : months, selected: review.month))</select></label>\
            <button type="submit">Show</button></form>
            """
        let usage = review.rows.map { r -> HTML in
            "<tr><th scope=\"row\">\(r.user)</th><td>\(r.role)</td><td>\(r.scope?.description ?? "none")</td><td class=\"num\">\(r.granted)</td><td class=\"num\">\(r.refused)</td><td class=\"num\">\(r.persons)</td><td>\(r.purposes.joined(separator: ", "))</td></tr>"
        }
        let lines = entries.map { e -> HTML in
            "<tr><td>\(e.at)</td><th scope=\"row\">\(e.user)</th><td>\(e.role.rawValue)</td><td>\(e.action.rawValue)</td><td>\(e.subject)</td><td>\(e.scope?.description ?? "")</td><td>\(e.purpose?.rawValue ?? "")</td><td>\(e.outcome.rawValue)</td><td class=\"num\">\(e.records)</td><td>\(e.channel.rawValue)</td></tr>"
        }
        let body: HTML = """
            \(account.bar)<h1>Audit of person-level access: \(review.month)</h1>
            <p class="lead">\(review.granted) views or exports shown and \(review.refused) refused; \
            \(review.anonymousRefused) requests by no signed-in user refused (counted, not listed). The log is \
            append-only and hash-chained (<code>placehealth audit verify</code>).</p>
            \(filter)
            <h2>Use by user and area</h2><div class="table-scroll" tabindex="0"><table class="cards"><caption>Person-level use in \(review.month)</caption>
            <thead><tr><th scope="col">User</th><th scope="col">Role</th><th scope="col">Area</th><th scope="col">Shown</th><th scope="col">Refused</th><th scope="col">Persons shown</th><th scope="col">Purposes</th></tr></thead>
            <tbody>\(usage)</tbody></table></div>
            <h2>Entries</h2><div class="table-scroll" tabindex="0"><table class="cards"><caption>Every entry of \(review.month), oldest first</caption>
            <thead><tr><th scope="col">When</th><th scope="col">User</th><th scope="col">Role</th><th scope="col">Action</th><th scope="col">Subject</th><th scope="col">Area</th><th scope="col">Purpose</th><th scope="col">Outcome</th><th scope="col">Persons</th><th scope="col">Channel</th></tr></thead>
            <tbody>\(lines)</tbody></table></div>
            """
        return layout.page(title: "Audit", section: nil, body: body)
    }
}
