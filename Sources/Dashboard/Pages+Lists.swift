import PlacePack

extension Pages {
    /// Every indicator, grouped by plan.
    func indicatorList(_ query: Query) throws -> HTML {
        var body: HTML = """
            <h1>Indicators</h1><p class="lead">Every indicator the \(catalog.pack.name) place pack defines, by plan.
            Each page has the definition, areas compared, a ward map, inequality by deprivation, the trend and downloads.</p>
            """
        let plans = [
            ("hws", "Health and Wellbeing Strategy"), ("leeds-plan", "Health and Care Plan obsessions"),
            ("better-lives", "Better Lives (adult social care)"), ("cyp", "Children and Young People’s Plan"),
        ]
        for (id, name) in plans {
            let members = catalog.set.indicators.filter { $0.sets.contains(id) }
            guard !members.isEmpty else { continue }
            body.append("<h2 id=\"\(id)\">\(name)</h2>")
            body.append(indicatorTable(members))
        }
        return layout.page(title: "Indicators", section: .indicators, body: body)
    }

    /// A table of indicator definitions.
    func indicatorTable(_ definitions: [IndicatorDefinition]) -> HTML {
        let rows = definitions.map { d -> HTML in
            """
            <tr><th scope="row" data-label="Indicator"><a href="/indicators/\(d.id)">\(d.name)</a></th>\
            <td data-label="Unit">\(d.unit)</td><td data-label="Periods">\(Pages.periodKind(d))</td>\
            <td data-label="Polarity">\(Pages.polarityText(d))</td></tr>
            """
        }
        return """
            <div class="table-scroll" tabindex="0"><table class="cards"><thead><tr><th scope="col">Indicator</th><th scope="col">Unit</th>\
            <th scope="col">Periods</th><th scope="col">Polarity</th></tr></thead><tbody>\(rows)</tbody></table></div>
            """
    }

    /// Every area, by kind.
    func areaList(_ query: Query) throws -> HTML {
        var body: HTML = """
            <h1>Areas</h1><p class="lead">Every area of \(catalog.pack.name) with a profile: the city, its wards,
            Local Care Partnerships, primary care networks and GP practices.</p>
            <p><a href="/areas/\(catalog.city.code)">\(catalog.pack.name) (the whole city)</a></p>
            """
        for (kind, plural, _) in Catalog.kinds {
            let items = catalog.areas(kind: kind).map { a -> HTML in
                let scorecard: HTML =
                    ["ward", "lcp", "pcn"].contains(kind)
                    ? " · <a href=\"/?area=\(a.code)\">scorecard</a>" : .empty
                return
                    "<li><a href=\"/areas/\(a.code)\">\(a.name)</a> <span class=\"muted\">\(a.code)</span>\(scorecard)</li>"
            }
            body.append("<h2 id=\"\(kind)\">\(plural)</h2><ul class=\"tiles\">\(items)</ul>")
        }
        return layout.page(title: "Areas", section: .areas, body: body)
    }

    /// An error page: what went wrong and links on.
    static func errorPage(_ error: DashboardError, layout: Layout) -> HTML {
        let titles = [
            400: "Bad request", 401: "Sign in needed", 403: "Not allowed", 404: "Not found",
            429: "Too many attempts",
            503: "Not ready yet",
        ]
        let title = titles[error.status] ?? "Something went wrong"
        let links = error.suggestions.map { "<li><a href=\"\($0.1)\">\($0.0)</a></li>" as HTML }
        let help: HTML =
            error.status == 400
            ? "<p>Check the address, or start again from the <a href=\"/\">scorecard</a>.</p>"
            : links.isEmpty
                ? "<p><a href=\"/\">Go to the scorecard</a></p>"
                : "<h2>You might be looking for</h2><ul>\(links)</ul>"
        return layout.page(
            title: title, section: nil, body: "<h1>\(title)</h1><p class=\"lead\">\(error.message)</p>\(help)"
        )
    }

    /// The page for an unexpected failure: no internal detail.
    static func failurePage(layout: Layout) -> HTML {
        layout.page(
            title: "Something went wrong", section: nil,
            body: """
                <h1>Something went wrong</h1><p class="lead">The page could not be made. The problem has been logged;
                please try again, or go to the <a href="/">scorecard</a>.</p>
                """)
    }
}
