import PlaceModel
import Publication
import Engine
import PlacePack

extension Pages {
    /// The trend chart for the city, deprived and the rest, its table, and whether the poorest are
    /// improving fastest.
    func trendSection(_ d: IndicatorDefinition, periods: [String]) throws -> HTML {
        let place = catalog.pack.name
        let city = try reader.results(indicator: d.id, breakdown: "city")
        var lines: [(String, [PublishedResult])] = [(place, city)]
        if d.breakdowns.contains(.decile) {
            let split = try reader.results(indicator: d.id, breakdown: "deprivation")
            lines.append(("Deprived \(place)", split.filter { $0.group == "deprived" }))
            lines.append(("Rest of \(place)", split.filter { $0.group == "rest" }))
        }
        let series = lines.map { name, results in
            let byPeriod = Dictionary(results.map { ($0.period, $0) }, uniquingKeysWith: { a, _ in a })
            return TrendChart.Series(
                name: name,
                points: periods.map { p in
                    byPeriod[p].map { Pages.point($0, label: p) } ?? ChartPoint(label: p, value: nil)
                })
        }
        let chart = TrendChart(
            id: "trend", title: "\(d.name): trend, \(periods.first ?? "") to \(periods.last ?? "")",
            periods: periods, series: series)
        var head: HTML = "<th scope=\"col\">Period</th>"
        for (name, _) in lines { head.append("<th scope=\"col\" class=\"num\">\(name) (95% CI)</th>") }
        var rows: HTML = .empty
        for period in periods.reversed() {
            var row: HTML = "<tr><th scope=\"row\" data-label=\"Period\">\(period)</th>"
            for (name, results) in lines {
                row.append(Pages.valueCell(results.first { $0.period == period }, label: name))
            }
            rows.append(row)
            rows.append("</tr>")
        }
        let trendText =
            city.last?.trendText.map { "<p><strong>Recent trend (\(place)):</strong> \($0).</p>" as HTML }
            ?? .empty
        let progress = try reader.progress(indicator: d.id)
        let answer: HTML =
            progress.map { p in
                "<p><strong>Are the poorest improving fastest?</strong> \(p.answer.text) (\(p.firstPeriod) to \(p.lastPeriod)\(p.change.map { ": the gap changed by \(Format.number($0))" } ?? "")\(p.changeLower.flatMap { l in p.changeUpper.map { u in ", 95% CI \(Format.number(l)) to \(Format.number(u))" } } ?? "")).</p>"
            } ?? .empty
        return """
            <h2 id="trend">Trend</h2>
            <figure tabindex="0"><figcaption>\(d.name) over time (\(d.unit)): \(lines.map(\.0).joined(separator: ", ")), with 95% confidence bands</figcaption>
            \(chart.svg)</figure>\(trendText)\(answer)
            <details><summary>Table: \(d.name) by period</summary><div class="table-scroll" tabindex="0"><table class="cards"><caption>\(d.name) by period</caption>
            <thead><tr>\(head)</tr></thead><tbody>\(rows)</tbody></table></div></details>
            """
    }
}
