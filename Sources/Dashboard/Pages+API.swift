extension Pages {
    /// The API's front page: what each endpoint returns, with example links.
    func apiPage() -> HTML {
        let example = catalog.set.indicators.first?.id ?? "ID"
        let ward = catalog.areas(kind: "ward").first?.code ?? "CODE"
        let rows: [(String, String, String)] = [
            (
                "/api/scorecard",
                "The strategy scorecard (outcomes, priorities, indicators); ?area= a ward, LCP or PCN code",
                "/api/scorecard"
            ),
            (
                "/api/indicators", "Every indicator definition; ?set= hws, leeds-plan, better-lives or cyp",
                "/api/indicators"
            ),
            ("/api/indicators/{id}", "One definition and its periods", "/api/indicators/\(example)"),
            (
                "/api/indicators/{id}/results", "Published results; ?breakdown=, ?period=, ?group=",
                "/api/indicators/\(example)/results?breakdown=ward"
            ),
            (
                "/api/indicators/{id}/results.csv", "The same results as CSV",
                "/api/indicators/\(example)/results.csv?breakdown=ward"
            ),
            (
                "/api/indicators/{id}/inequalities",
                "Gap, slope and relative index of inequality per period; are the poorest improving fastest?",
                "/api/indicators/\(example)/inequalities"
            ),
            ("/api/areas", "Every area; ?kind= city, ward, lcp, pcn or practice", "/api/areas?kind=ward"),
            (
                "/api/areas/{code}", "An area profile: every indicator against the range across its kind",
                "/api/areas/\(ward)"
            ),
            ("/api/about", "Synthetic or not, when computed, tables and loads", "/api/about"),
            (
                "/api/population/segments",
                "Everyone by segment on the population date; ?by= lcp, decile, age, …",
                "/api/population/segments?by=lcp"
            ),
            ("/api/population/frailty", "People aged 65+ by eFI category; ?by=", "/api/population/frailty"),
            ("/api/population/risk", "The stored risk model's out-of-time report", "/api/population/risk"),
            ("/api/cohorts", "The pack's cohorts and their rules", "/api/cohorts"),
            (
                "/api/cohorts/{id}/counts", "A cohort's members by LCP or practice; ?by=",
                "/api/cohorts/end-of-life-register/counts?by=lcp"
            ),
        ]
        let body: HTML = """
            <h1>JSON API</h1><p class="lead">Everything the pages show, as JSON, from the same published (suppressed)
            results. The <a href="/openapi.json">OpenAPI 3.1 document</a> describes every endpoint and document.</p>
            <div class="table-scroll" tabindex="0"><table class="cards"><thead><tr><th scope="col">Endpoint</th><th scope="col">Returns</th>\
            <th scope="col">Example</th></tr></thead><tbody>\(rows.map { "<tr><th scope=\"row\" data-label=\"Endpoint\"><code>GET \($0.0)</code></th><td data-label=\"Returns\">\($0.1)</td><td data-label=\"Example\"><a href=\"\($0.2)\">\($0.2)</a></td></tr>" as HTML })</tbody></table></div>
            <p>Suppressed results have <code>"suppressed": true</code> and no numerator, value or limits. Errors are
            <code>{"error": {"status": 400, "message": "…", "parameter": "…"}}</code>; a 400 names the parameter.
            When the data are synthetic every document has <code>"synthetic": true</code> and a notice.</p>
            <p>Population counts a viewer may not see are <code>null</code>, with <code>"suppressed": true</code>;
            signed-in analysts see them all. Case-finding lists (<code>/api/cohorts/{id}/people</code>, <code>.csv</code>),
            timelines (<code>/api/people/{id}/timeline</code>) and the audit log (<code>/api/audit</code>) need a
            <a href="/signin">signed-in</a> clinician in scope (with <code>?scope=</code> and <code>?purpose=</code>)
            or the governance lead; every person-level request is written to the audit log.</p>
            """
        return layout.page(title: "JSON API", section: .api, body: body)
    }
}
