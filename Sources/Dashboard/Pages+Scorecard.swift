import Publication
import Engine
import PlacePack

extension Pages {
    /// The calendar years a scorecard can be shown for (every year some indicator has a result in).
    func scorecardYears() throws -> [String] {
        var years = Set<String>()
        for d in catalog.set.indicators {
            for period in try reader.periods(indicator: d.id) { years.insert(String(period.prefix(4))) }
        }
        return years.filter { $0.count == 4 && $0.allSatisfy(\.isNumber) }.sorted()
    }

    /// The scorecard a query asks for: `area` (a ward, LCP or PCN; the city when absent) and `year`
    /// (each indicator's latest period up to that year; the latest when absent).
    ///
    /// - Throws: ``DashboardError`` (400) naming the parameter.
    func scorecard(for query: Query) throws -> Scorecard {
        let chosen = try query["area"].map { try area($0, parameter: "area") }
        if let chosen, !["city", "ward", "lcp", "pcn"].contains(chosen.kind) {
            throw DashboardError.badParameter(
                "area",
                "a scorecard is for the city, a ward, a Local Care Partnership or a primary care network, not a \(Catalog.singular(chosen.kind))."
            )
        }
        let year = try query.choice("year", scorecardYears())
        return try scorecards.scorecard(area: chosen?.kind == "city" ? nil : chosen?.code, period: year)
    }

    /// The strategy scorecard page for the city or one ward, LCP or PCN (`?area=`), and a year (`?year=`).
    func scorecard(_ query: Query) throws -> HTML {
        let card = try scorecard(for: query)
        var body: HTML = """
            <h1>Health and Wellbeing Strategy scorecard: \(card.areaName)</h1>
            <p class="lead">\(card.vision)</p>
            \(try areaForm(selected: card.area, year: query["year"]))
            <p>Each indicator shows its latest value with its 95% confidence interval, the trend over every period
            (line; the latest value marked), how it compares with its benchmark at 95% confidence
            (colour, shape and word), the gap between \(card.breakdown == "city" ? "deprived \(catalog.pack.name)" : "the deprived areas of \(card.areaName)") and the rest\(card.breakdown == "city" ? "" : " of it"), and whether
            the poorest are improving fastest. Select an indicator for its charts and tables.</p>
            \(Pages.legend)
            """
        var index = 0
        for section in card.outcomes {
            body.append(
                "<h2 id=\"outcome-\(section.outcome.number)\">Outcome \(section.outcome.number): \(section.outcome.name)</h2>"
            )
            for priority in section.priorities {
                body.append("<h3>Priority \(priority.priority.number): \(priority.priority.name)</h3>")
                body.append(scorecardTable(priority.rows, city: card.breakdown == "city", index: &index))
            }
        }
        if !card.otherPriorities.isEmpty {
            let items = card.otherPriorities.map { p -> HTML in
                let serving = catalog.set.indicators.filter { $0.priorities.contains(p.number) }
                let links = HTML.join(
                    serving.map { "<a href=\"/indicators/\($0.id)\">\($0.name)</a>" as HTML }, separator: ", "
                )
                return
                    "<li><strong>Priority \(p.number): \(p.name)</strong>\(serving.isEmpty ? " (no indicator yet)" : " — served by ")\(links)</li>"
            }
            body.append(
                """
                <h2 id="other-priorities">Priorities without a headline indicator of their own</h2>
                <p>These priorities are served by indicators listed under other priorities above.</p><ul>\(items)</ul>
                """)
        }
        let sets = card.sets.filter { !$0.rows.isEmpty }
        if !sets.isEmpty {
            body.append("<h2 id=\"plans\">Other plans</h2>")
            for set in sets {
                body.append("<h3 id=\"set-\(set.id)\">\(set.name)</h3>")
                body.append(scorecardTable(set.rows, city: card.breakdown == "city", index: &index))
            }
        }
        return layout.page(title: "Scorecard: \(card.areaName)", section: .scorecard, body: body)
    }

    /// The area chooser (a plain form: works without JavaScript).
    func areaForm(selected: String, year: String?) throws -> HTML {
        var groups: HTML = "<option value=\"\">\(catalog.pack.name) (whole city)</option>"
        for (kind, plural, _) in Catalog.kinds where kind != "practice" {
            let choices = catalog.areas(kind: kind).map { (value: $0.code, label: $0.name) }
            groups.append(
                "<optgroup label=\"\(plural)\">\(Pages.options(choices, selected: selected))</optgroup>")
        }
        return """
            <form class="filter" method="get" action="/"><label for="area">Area
            <select id="area" name="area">\(groups)</select></label><label for="year">Year (latest up to)\
            <select id="year" name="year"><option value="">Latest</option>\(Pages.options(try scorecardYears().reversed().map { (value: $0, label: $0) }, selected: year))</select></label>\
            <button type="submit">Show scorecard</button></form>
            """
    }

    /// One table of scorecard rows.
    func scorecardTable(_ rows: [ScorecardRow], city: Bool, index: inout Int) -> HTML {
        var body: HTML = """
            <div class="table-scroll" tabindex="0"><table class="scorecard cards"><thead><tr><th scope="col">Indicator</th>\
            <th scope="col">Period</th><th scope="col" class="num">Value (95% CI)</th><th scope="col">Trend</th>\
            <th scope="col">Compared with benchmark</th><th scope="col">Gap: deprived vs rest</th>\
            <th scope="col">Poorest improving fastest?</th></tr></thead><tbody>
            """
        for row in rows {
            index += 1
            let d = row.definition
            let points = row.series.map { Pages.point($0, label: $0.period) }
            let spark = Sparkline(id: "s\(index)", title: "\(d.name), trend", points: points).svg
            let benchmark = row.latest?.benchmark.map { ": \(Format.number($0))" } ?? ""
            body.append(
                """
                <tr><td data-label="Indicator" class="name"><a href="/indicators/\(d.id)">\(d.name)</a>\
                <br><span class="muted">\(d.unit)</span></td>\
                <td data-label="Period" class="nowrap">\(row.latest?.period ?? "–")</td>\(Pages.valueCell(row.latest))\
                <td data-label="Trend" class="spark">\(spark)<br><span class="muted">\(row.latest?.trendText ?? "")</span></td>\
                <td data-label="Compared">\(Palette.of(row.latest?.assessment).badge)<br>\
                <span class="muted">\(row.latest?.benchmarkLabel.map { "vs \($0)" } ?? "no benchmark")\(benchmark)</span></td>\
                <td data-label="Gap">\(gapText(row.inequality, city: city))\(basisText(row))</td>\
                <td data-label="Poorest improving fastest?">\(row.progress.map { (city ? "" : "\(catalog.pack.name): ") + $0.answer.text } ?? (city ? "No deprivation breakdown" : "City level only"))</td></tr>
                """)
        }
        body.append("</tbody></table></div>")
        return body
    }

    /// The gap between deprived and the rest, in words.
    /// What the gap and the progress answer are computed on, when there is a gap to show.
    func basisText(_ row: ScorecardRow) -> HTML {
        guard row.inequality?.gapAbsolute != nil else { return .empty }
        let basis = row.definition.inequality
        let short: String
        switch basis.kind {
        case .ageStandardised, .standardisedByMethod: short = "age-standardised"
        case .crude: short = "not age-standardised"
        }
        return "<br><span class=\"muted\">\(short)</span>"
    }

    func gapText(_ inequality: InequalityResult?, city: Bool) -> HTML {
        guard let inequality else {
            return city ? "<span class=\"muted\">–</span>" : "<span class=\"muted\">Not for this area</span>"
        }
        if inequality.gapSuppressed { return "<span class=\"suppressed\">suppressed</span>" }
        guard let gap = inequality.gapAbsolute else { return "<span class=\"muted\">–</span>" }
        let interval =
            inequality.gapAbsoluteLower.flatMap { l in
                inequality.gapAbsoluteUpper.map { u in " (\(Format.number(l)) to \(Format.number(u)))" }
            } ?? ""
        return
            "\(Format.number(gap))\(interval)<br><span class=\"muted\">deprived \(Format.number(inequality.deprived)), rest \(Format.number(inequality.rest))</span>"
    }
}
