import PlaceModel
import Access
import Foundation
import Hummingbird
import Population

/// The fields of a person-level form: the session's token, the scope and the purpose (and, on the
/// timeline form, the person).
struct PersonLevelForm: Decodable {
    let csrf: String
    let scope: String?
    let purpose: String?
    let person: String?
    /// The timeline's page (1, the most recent, when absent).
    let page: String?
}

extension Dashboard {
    /// The population pages: overview, cohorts, case-finding lists, timelines, the audit review.
    func addPopulationPages(to router: Router<DashboardContext>) {
        router.get("/population") { request, context in
            let pages = try await populationPages(context)
            let by = try Self.breakdown(request, default: .lcp)
            return Self.page(try await ResponseCache.offload { pages.overview(by: by) })
        }
        router.get("/population/segments") { request, context in
            let pages = try await populationPages(context)
            let by = try Self.breakdown(request, default: .city)
            return Self.page(try await ResponseCache.offload { pages.segmentDetail(by: by) })
        }
        router.get("/population/cohorts/:id") { _, context in
            let id = try context.parameters.require("id")
            let pages = try await populationPages(context)
            return Self.page(try await ResponseCache.offload { try pages.cohort(id) })
        }
        router.post("/population/cohorts/:id/people") { request, context in
            let (pages, list, purpose) = try await caseFindingList(request, context, export: false)
            return Self.page(
                pages.caseFinding(
                    list.list, cohort: try pages.service.catalog.cohort(list.cohortID), purpose: purpose))
        }
        router.post("/population/cohorts/:id/people.csv") { request, context in
            let (_, list, _) = try await caseFindingList(request, context, export: true)
            return Self.download(
                CaseFindingCSV.text(list.list), filename: Self.listFilename(list.cohortID, list.list.scope))
        }
        router.get("/population/people") { request, context in
            let pages = try await populationPages(context)
            let person = request.uri.queryParameters["person"].flatMap { Int64(String($0)) }
            return Self.page(pages.timelineForm(personID: person))
        }
        router.post("/population/people") { request, context in
            try await timelinePage(request, context, id: nil)
        }
        router.post("/population/people/:id") { request, context in
            try await timelinePage(request, context, id: try context.parameters.require("id"))
        }
        router.get("/audit") { request, context in
            let pages = try await populationPages(context)
            try pages.service.policy.checkAuditReader(context.identity)
            let month = try Self.month(request)
            let audit = self.audit
            let (review, entries) = try await ResponseCache.offload {
                (try audit.review(month: month), try audit.entries(month: month))
            }
            return Self.page(pages.audit(review, entries: entries))
        }
    }

    /// The case-finding list a form asks for (authorised and audited by the service).
    private func caseFindingList(_ request: Request, _ context: DashboardContext, export: Bool) async throws
        -> (
            PopulationPages, (cohortID: String, list: CaseFindingList), Purpose
        )
    {
        let (pages, form) = try await personLevel(request, context)
        let id = try context.parameters.require("id")
        let scope = try ScopeParameter.parse(form.scope)
        let ask = AccessRequest(
            user: context.identity, purpose: form.purpose.flatMap(Purpose.init(named:)), channel: .web)
        let list = try await ResponseCache.offload {
            try pages.service.caseFindingList(id, scope: scope, request: ask, export: export)
        }
        return (pages, (id, list), ask.purpose!)
    }

    private func timelinePage(_ request: Request, _ context: DashboardContext, id: String?) async throws
        -> Response
    {
        let (pages, form) = try await personLevel(request, context)
        guard let text = id ?? form.person, let person = Int64(text.trimmingCharacters(in: .whitespaces))
        else {
            throw DashboardError.badParameter("person", "give the person's identifier (a whole number).")
        }
        let scope = try ScopeParameter.parse(form.scope)
        let ask = AccessRequest(
            user: context.identity, purpose: form.purpose.flatMap(Purpose.init(named:)), channel: .web)
        let page = try form.page.map { text -> Int in
            guard let page = Int(text), (1...TimelineReader.deepestPage).contains(page) else {
                throw DashboardError.badParameter(
                    "page", "give a page from 1 (the most recent records) to \(TimelineReader.deepestPage).")
            }
            return page
        }
        let timeline = try await ResponseCache.offload {
            try pages.service.timeline(of: person, scope: scope, request: ask, page: page ?? 1)
        }
        return Self.page(pages.timeline(timeline, purpose: ask.purpose!))
    }

    /// The population pages for this viewer (503 while the population is being prepared).
    func populationPages(_ context: DashboardContext) async throws -> PopulationPages {
        let service = try population.service()
        // No session is started here: only a signed-in user (who has one) is shown forms.
        let csrf = context.sessions.session?.csrf ?? ""
        let account = AccountPages(layout: await watch.current().layout, user: context.identity, csrf: csrf)
        return PopulationPages(service: service, account: account)
    }

    /// A person-level form, its token checked.
    private func personLevel(_ request: Request, _ context: DashboardContext) async throws -> (
        PopulationPages, PersonLevelForm
    ) {
        let form = try await self.form(request, context, as: PersonLevelForm.self)
        try Self.checkToken(form.csrf, context)
        return (try await populationPages(context), form)
    }

    /// The `by` query parameter as a breakdown.
    static func breakdown(_ request: Request, default fallback: Breakdown) throws -> Breakdown {
        guard let text = request.uri.queryParameters["by"].map(String.init) else { return fallback }
        guard let by = Breakdown(rawValue: text), Breakdown.population.contains(by) else {
            throw DashboardError.badParameter(
                "by", "choose one of \(Breakdown.population.map(\.rawValue).joined(separator: ", ")).")
        }
        return by
    }

    /// The `month` query parameter (`YYYY-MM`; default this month, UTC).
    static func month(_ request: Request) throws -> String {
        guard let text = request.uri.queryParameters["month"].map(String.init) else {
            return String(ISO8601DateFormatter().string(from: Date()).prefix(7))
        }
        let parts = text.split(separator: "-")
        guard text.count == 7, parts.count == 2, let m = Int(parts[1]), (1...12).contains(m),
            Int(parts[0]) != nil
        else { throw DashboardError.badParameter("month", "give a month as YYYY-MM.") }
        return text
    }

    /// A CSV download that is never cached.
    static func download(_ text: String, filename: String) -> Response {
        Response(
            status: .ok,
            headers: [
                .contentType: "text/csv; charset=utf-8", .cacheControl: "no-store",
                .contentDisposition: "attachment; filename=\"\(filename)\"",
            ], body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
