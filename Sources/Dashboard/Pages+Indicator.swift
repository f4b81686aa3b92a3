import PlaceModel
import Engine
import PlacePack

extension Pages {
    /// An indicator's page: definition, areas compared (`?by=`), ward map, deprivation, trend, downloads.
    func indicator(_ id: String, _ query: Query) throws -> HTML {
        let d = try definition(id)
        let periods = try periods(id)
        let kinds = Pages.areaBreakdowns(d)
        let by = try query.choice("by", kinds) ?? kinds.first
        let period = try query.choice("period", periods) ?? periods.last
        var body: HTML = """
            <h1>\(d.name)</h1><p class="lead">\(d.definition)</p>
            \(definitionList(d))
            """
        guard let period else {
            body.append(
                "<p><strong>No results yet.</strong> Run <code>placehealth compute</code> to compute them.</p>"
            )
            return layout.page(
                title: d.name, section: .indicators, crumbs: [("Indicators", "/indicators")], body: body)
        }
        body.append(indicatorForm(d, kinds: kinds, by: by, periods: periods, period: period))
        body.append(Pages.legend)
        if let by {
            let plural = Catalog.kinds.first { $0.kind == by }?.plural ?? by
            let results = try reader.results(indicator: id, breakdown: by, period: period)
            body.append(areaComparison(d, results: results, plural: plural, period: period))
        }
        if d.breakdowns.contains(.ward) {
            let wards =
                try by == "ward" ? nil : reader.results(indicator: id, breakdown: "ward", period: period)
            body.append(
                try wardMapSection(
                    d, results: wards ?? reader.results(indicator: id, breakdown: "ward", period: period),
                    period: period))
        }
        if d.breakdowns.contains(.decile) {
            body.append(try deprivationSection(d, period: period))
        }
        body.append(try trendSection(d, periods: periods))
        body.append(downloads(d, by: by, period: period))
        return layout.page(
            title: d.name, section: .indicators, crumbs: [("Indicators", "/indicators")], body: body)
    }

    /// The definition's facts.
    func definitionList(_ d: IndicatorDefinition) -> HTML {
        var rows: [(String, HTML)] = [
            ("Unit", "\(d.unit)"), ("Polarity", "\(Pages.polarityText(d))"),
            ("Periods", "\(Pages.periodKind(d))"), ("Method", "\(d.method.rawValue)"),
            ("Follows", "\(d.follows)"),
        ]
        if let b = d.benchmark {
            rows.append(
                (
                    "England benchmark",
                    "\(Format.number(b.england))\(b.period.map { " (\($0))" } ?? ""). \(b.source)\(b.source.hasSuffix(".") ? "" : ".")\(b.assumed ? " This value is assumed, not checked against the current release." : "")"
                ))
        }
        if let target = d.target { rows.append(("Target", "\(Format.number(target))")) }
        if let outcome = d.outcome, let o = catalog.pack.strategy.outcome(outcome) {
            rows.append(("Strategy outcome", "<a href=\"/#outcome-\(outcome)\">\(outcome): \(o.name)</a>"))
        }
        if !d.priorities.isEmpty {
            rows.append(("Priorities", "\(d.priorities.map(String.init).joined(separator: ", "))"))
        }
        if let note = d.note { rows.append(("Note", "\(note)")) }
        return "<dl class=\"facts\">\(rows.map { "<dt>\($0.0)</dt><dd>\($0.1)</dd>" as HTML })</dl>"
    }

    /// The breakdown and period chooser.
    func indicatorForm(
        _ d: IndicatorDefinition, kinds: [String], by: String?, periods: [String], period: String
    )
        -> HTML
    {
        let byField: HTML =
            kinds.isEmpty
            ? .empty
            : "<label for=\"by\">Compare<select id=\"by\" name=\"by\">\(Pages.options(kinds.map { k in (value: k, label: Catalog.kinds.first { $0.kind == k }!.plural) }, selected: by))</select></label>"
        return """
            <form class="filter" method="get" action="/indicators/\(d.id)">\(byField)<label for="period">Period\
            <select id="period" name="period">\(Pages.options(periods.reversed().map { (value: $0, label: $0) }, selected: period))</select></label>\
            <button type="submit">Show</button></form>
            """
    }

    /// Downloads of the results behind the page.
    func downloads(_ d: IndicatorDefinition, by: String?, period: String) -> HTML {
        var links: [HTML] = []
        if let by {
            links.append(
                "<li><a href=\"/api/indicators/\(d.id)/results.csv?breakdown=\(by)&amp;period=\(period)\" download>Areas compared, \(period) (CSV)</a></li>"
            )
        }
        for breakdown in [Breakdown.city] + d.breakdowns {
            links.append(
                "<li><a href=\"/api/indicators/\(d.id)/results.csv?breakdown=\(breakdown.rawValue)\" download>Every period by \(breakdown.rawValue) (CSV)</a></li>"
            )
        }
        links.append(
            "<li><a href=\"/api/indicators/\(d.id)/results?breakdown=city\">City results (JSON)</a></li>")
        return """
            <h2 id="downloads">Download the data</h2><p>The same published (suppressed) results as the charts, as CSV.</p>
            <ul>\(links)</ul>
            """
    }
}
