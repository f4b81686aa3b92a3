import Publication
import Engine
import PlacePack

extension Pages {
    /// The bar chart of areas of one kind, sorted by value, and its table.
    func areaComparison(_ d: IndicatorDefinition, results: [PublishedResult], plural: String, period: String)
        -> HTML
    {
        let sorted = results.sorted { ($0.value ?? -.infinity) > ($1.value ?? -.infinity) }
        let label = sorted.first?.benchmarkLabel ?? catalog.pack.name
        let chart = BarChart(
            id: "bars", title: "\(d.name): \(plural), \(period) (\(d.unit))",
            points: sorted.map {
                Pages.point($0, label: catalog.groupName($0.group, breakdown: $0.breakdown))
            },
            benchmark: sorted.first?.benchmark.map { ($0, label) })
        return """
            <h2 id="areas">\(plural) compared with \(label), \(period)</h2>
            <figure tabindex="0"><figcaption>\(d.name) by \(plural.lowercased()), \(period), \(d.unit); highest first. Bars show 95% confidence intervals; the dashed line is \(label).</figcaption>
            \(chart.svg)</figure>
            \(resultTable(sorted, caption: "\(d.name) by \(plural.lowercased()), \(period)", groupHeading: String(plural.dropLast()), link: true))
            """
    }

    /// The table behind a chart of results.
    func resultTable(_ results: [PublishedResult], caption: String, groupHeading: String, link: Bool) -> HTML
    {
        var rows: HTML = .empty
        for r in results {
            let name = catalog.groupName(r.group, breakdown: r.breakdown)
            let cell: HTML =
                link && catalog.area(r.group) != nil ? "<a href=\"/areas/\(r.group)\">\(name)</a>" : "\(name)"
            rows.append(
                """
                <tr><th scope="row" data-label="\(groupHeading)">\(cell)</th>\
                <td class="num" data-label="Count">\(r.suppressed ? "suppressed" : Format.count(r.numerator))</td>\
                <td class="num" data-label="Denominator">\(Format.count(r.denominator))</td>\(Pages.valueCell(r))\
                <td data-label="Compared">\(Palette.of(r.assessment).badge)</td></tr>
                """)
        }
        return """
            <details><summary>Table: \(caption)</summary><div class="table-scroll" tabindex="0"><table class="cards"><caption>\(caption)</caption>
            <thead><tr><th scope="col">\(groupHeading)</th><th scope="col" class="num">Count</th><th scope="col" class="num">Denominator</th>\
            <th scope="col" class="num">Value (95% CI)</th><th scope="col">Compared with \(results.first?.benchmarkLabel ?? "benchmark")</th></tr></thead>
            <tbody>\(rows)</tbody></table></div></details>
            """
    }

    /// The hexagon map of wards and its table.
    func wardMapSection(_ d: IndicatorDefinition, results: [PublishedResult], period: String) throws -> HTML {
        let byCode = Dictionary(results.map { ($0.group, $0) }, uniquingKeysWith: { a, _ in a })
        let tiles = catalog.areas(kind: "ward").map { ward in
            WardMap.Tile(
                code: ward.code, name: ward.name,
                point: byCode[ward.code].map { Pages.point($0, label: ward.name) }
                    ?? ChartPoint(label: ward.name, value: nil))
        }
        let label = results.first?.benchmarkLabel ?? catalog.pack.name
        let map = WardMap(
            id: "map", title: "Map of \(d.name) by ward, \(period), compared with \(label)", tiles: tiles,
            layout: catalog.layout)
        let sorted = catalog.areas(kind: "ward").compactMap { byCode[$0.code] }
        return """
            <h2 id="map">Ward map, \(period)</h2>
            <figure><figcaption>Wards compared with \(label), \(period). Each hexagon is a ward, placed roughly where it lies; select one for its profile.</figcaption>
            \(map.svg)</figure>
            \(resultTable(sorted, caption: "\(d.name) by ward, \(period), in name order", groupHeading: "Ward", link: true))
            """
    }

    /// The deprivation chart, the inequality figures and their table.
    func deprivationSection(_ d: IndicatorDefinition, period: String) throws -> HTML {
        let deciles = try reader.results(indicator: d.id, breakdown: "decile", period: period)
            .sorted { (Int($0.group) ?? 0) < (Int($1.group) ?? 0) }
        let inequality = try reader.inequalities(indicator: d.id).first { $0.period == period }
        let chart = DeprivationChart(
            id: "deprivation", title: "\(d.name) by deprivation decile, \(period)",
            deciles: deciles.map { Pages.point($0, label: $0.group) },
            sii: inequality?.suppressed == false ? inequality?.sii : nil)
        var summary: HTML = "<p class=\"muted\">No inequality figures for \(period).</p>"
        if let i = inequality {
            summary =
                i.suppressed
                ? "<p class=\"suppressed\">The inequality figures for \(period) are suppressed.</p>"
                : """
                <dl class="facts"><dt>Deprived \(catalog.pack.name)</dt><dd>\(Format.number(i.deprived))</dd>\
                <dt>Rest of \(catalog.pack.name)</dt><dd>\(Format.number(i.rest))</dd>\
                <dt>Gap (deprived − rest)</dt><dd>\(Format.valueWithInterval(i.gapAbsolute, i.gapAbsoluteLower, i.gapAbsoluteUpper, suppressed: false))</dd>\
                <dt>Ratio (deprived ÷ rest)</dt><dd>\(Format.valueWithInterval(i.gapRelative, i.gapRelativeLower, i.gapRelativeUpper, suppressed: false))</dd>\
                <dt>Slope index of inequality</dt><dd>\(Format.valueWithInterval(i.sii, i.siiLower, i.siiUpper, suppressed: false))</dd>\
                <dt>Relative index of inequality</dt><dd>\(Format.valueWithInterval(i.rii, i.riiLower, i.riiUpper, suppressed: false))</dd></dl>
                """
        }
        return """
            <h2 id="deprivation">Inequality by deprivation, \(period)</h2>
            <figure tabindex="0"><figcaption>\(d.name) by national deprivation decile of home area, \(period) (\(d.unit))</figcaption>
            \(chart.svg)</figure>\(summary)
            \(resultTable(deciles, caption: "\(d.name) by deprivation decile, \(period)", groupHeading: "Decile", link: false))
            """
    }
}
