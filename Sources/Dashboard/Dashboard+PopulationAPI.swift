import Access
import Foundation
import Hummingbird
import Population
import Publication

extension Dashboard {
    /// The population endpoints under `/api`: aggregates for everyone (suppressed unless the role
    /// allows otherwise); case-finding lists, their CSV and timelines for clinicians in scope
    /// (audited); the audit log for the governance lead.
    func addPopulationAPI(to router: Router<DashboardContext>) {
        router.get("/api/population/segments") { request, context in
            let pages = try await populationPages(context)
            let by = try Self.breakdown(request, default: .lcp)
            return try Self.json(pages.segmentsDocument(by: by))
        }
        router.get("/api/population/frailty") { request, context in
            let pages = try await populationPages(context)
            let by = try Self.breakdown(request, default: .lcp)
            return try Self.json(pages.frailtyDocument(by: by))
        }
        router.get("/api/population/risk") { _, context in
            let pages = try await populationPages(context)
            guard let report = pages.service.riskReport else {
                throw DashboardError.notFound("risk model", "stored", listPath: "/population")
            }
            // Withheld counts, and the figures made of them, are null unless the viewer is an analyst.
            return try Self.json(
                RiskReportDocument(
                    report, mask: pages.service.riskDisclosure(report), audience: pages.audience))
        }
        router.get("/api/cohorts") { _, context in
            let pages = try await populationPages(context)
            return try Self.json(pages.service.catalog.cohorts)
        }
        router.get("/api/cohorts/:id/counts") { request, context in
            let pages = try await populationPages(context)
            let id = try context.parameters.require("id")
            let by = try Self.breakdown(request, default: .lcp)
            let counts = try await ResponseCache.offload { try pages.service.cohortCounts(id, by: by) }
            return try Self.json(try pages.cohortDocument(id, counts))
        }
        router.get("/api/cohorts/:id/people") { request, context in
            let id = try context.parameters.require("id")
            let (service, scope, ask) = try await apiRequest(
                request, context, .caseFindingList, subject: "cohort:\(id)")
            return try Self.json(
                try await ResponseCache.offload {
                    try service.caseFindingList(id, scope: scope, request: ask)
                })
        }
        router.get("/api/cohorts/:id/people.csv") { request, context in
            let id = try context.parameters.require("id")
            let (service, scope, ask) = try await apiRequest(
                request, context, .caseFindingExport, subject: "cohort:\(id)")
            let list = try await ResponseCache.offload {
                try service.caseFindingList(id, scope: scope, request: ask, export: true)
            }
            return Self.download(CaseFindingCSV.text(list), filename: Self.listFilename(id, scope))
        }
        router.get("/api/people/:id/timeline") { request, context in
            guard let person = Int64(try context.parameters.require("id")) else {
                throw DashboardError.badParameter("id", "give the person's identifier (a whole number).")
            }
            let (service, scope, ask) = try await apiRequest(
                request, context, .timeline, subject: "person:\(person)")
            let page = try Self.page(request)
            return try Self.json(
                try await ResponseCache.offload {
                    try service.timeline(of: person, scope: scope, request: ask, page: page)
                })
        }
        router.get("/api/audit") { request, context in
            try population.service().policy.checkAuditReader(context.identity)
            let month = try Self.apiMonth(request)
            let audit = self.audit
            return try Self.json(
                try await ResponseCache.offload {
                    AuditDocument(
                        review: try audit.review(month: month), entries: try audit.entries(month: month))
                })
        }
    }

    /// The service, scope and request of a person-level API call (`scope`, `purpose` parameters).
    /// A request that names no scope when the user has no single one is refused as one that names
    /// a scope would be (401 not signed in, 403 not a clinician, written to the audit log), and is
    /// a 400 only for a clinician assigned several areas.
    private func apiRequest(
        _ request: Request, _ context: DashboardContext, _ action: AuditEntry.Action, subject: String
    ) async throws -> (PopulationService, AccessScope, AccessRequest) {
        // A person-level view writes the audit log: HEAD must not (nor show anything).
        guard request.method == .get else { throw DashboardError.onlyGet() }
        let service = try population.service()
        let parameters = request.uri.queryParameters
        // The purpose as the document's enum spells it (the web form's lower-casing is not the API's).
        let purpose = parameters["purpose"].flatMap { Purpose(rawValue: String($0)) }
        let ask = AccessRequest(user: context.identity, purpose: purpose, channel: .api)
        if let text = parameters["scope"].map(String.init) {
            return (service, try ScopeParameter.parse(text), ask)
        }
        if let only = service.policy.defaultScope(context.identity) { return (service, only, ask) }
        guard let user = context.identity else {
            try service.audit.refusedAnonymously(action, channel: .api)
            throw AccessError.signInRequired
        }
        guard user.role.seesPersonLevelData else {
            _ = try service.audit.append(
                AuditEntry(
                    user: user.name, role: user.role, action: action, subject: subject, scope: nil,
                    purpose: purpose, outcome: .refused, records: 0, channel: .api))
            throw AccessError.notAllowed(user.role, "see person-level data")
        }
        throw DashboardError.badParameter(
            "scope", "give practice:CODE or lcp:CODE (you are assigned several practices or LCPs).")
    }

    /// The `page` query parameter of a timeline (1, the most recent, by default): digits only.
    static func page(_ request: Request) throws -> Int {
        guard let text = request.uri.queryParameters["page"].map(String.init) else { return 1 }
        guard text.utf8.allSatisfy({ (48...57).contains($0) }), let page = Int(text),
            (1...TimelineReader.deepestPage).contains(page)
        else {
            throw DashboardError.badParameter(
                "page", "give a page from 1 (the most recent events) to \(TimelineReader.deepestPage).")
        }
        return page
    }

    /// The `month` query parameter of `GET /api/audit` (this month, UTC, when absent), of the shape
    /// the document states (`YYYY-MM`, no sign).
    static func apiMonth(_ request: Request) throws -> String {
        guard let text = request.uri.queryParameters["month"].map(String.init) else {
            return try month(request)
        }
        guard ParameterShape.month.matches(text) else {
            throw DashboardError.badParameter("month", "give a month as YYYY-MM.")
        }
        return text
    }

    /// A download's file name for a case-finding list.
    static func listFilename(_ id: String, _ scope: AccessScope) -> String {
        "\(id)-\(scope.parameter.replacingOccurrences(of: ":", with: "-")).csv"
    }

    /// A JSON response that is never cached.
    static func json(_ value: some Encodable) throws -> Response {
        let rendered = try Rendered.json(value)
        return Response(
            status: .ok, headers: [.contentType: rendered.contentType, .cacheControl: "no-store"],
            body: .init(byteBuffer: rendered.body))
    }
}

/// `GET /api/audit`: the month's review and its entries.
struct AuditDocument: Encodable {
    let review: AuditReview
    let entries: [AuditEntry]
}
