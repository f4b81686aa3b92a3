import Statistics
import PlaceModel
import Publication
import Engine
import PlacePack

extension Pages {
    /// One row of an area profile: an indicator's latest value for the area, the city's, and the
    /// range across areas of the same kind.
    struct ProfileRow: Sendable {
        let definition: IndicatorDefinition
        let period: String
        let result: PublishedResult?
        let city: PublishedResult?
        /// Minimum, lower quartile, upper quartile and maximum across areas of the kind (unsuppressed values).
        let range: (Double, Double, Double, Double)?
        let areas: Int
    }

    /// The profile rows of an area: every indicator that has the area's breakdown, at its latest period.
    func profile(_ area: Catalog.Area) throws -> [ProfileRow] {
        try catalog.set.indicators.compactMap { d -> ProfileRow? in
            guard area.kind == "city" || d.breakdowns.map(\.rawValue).contains(area.kind),
                let period = try periods(d.id).last
            else { return nil }
            let peers = try reader.results(indicator: d.id, breakdown: area.kind, period: period)
            let city = try reader.results(indicator: d.id, breakdown: "city", period: period).first
            let values = peers.compactMap(\.value).sorted()
            let range =
                values.isEmpty
                ? nil
                : (
                    values[0], Quantiles.linear(values, 0.25), Quantiles.linear(values, 0.75),
                    values[values.count - 1]
                )
            return ProfileRow(
                definition: d, period: period, result: peers.first { $0.group == area.code }, city: city,
                range: range,
                areas: peers.count)
        }
    }

    /// An area's profile: its spine chart of every indicator against the range across its kind.
    func areaPage(_ code: String, _ query: Query) throws -> HTML {
        let area = try area(code)
        let kindName = Catalog.singular(area.kind)
        let plural = Catalog.kinds.first { $0.kind == area.kind }?.plural.lowercased() ?? "areas"
        let parent =
            area.parent.flatMap(catalog.area).map {
                "<p>Part of <a href=\"/areas/\($0.code)\">\($0.name)</a> (\(Catalog.singular($0.kind))).</p>"
                    as HTML
            } ?? .empty
        let scorecardLink: HTML =
            ["ward", "lcp", "pcn"].contains(area.kind)
            ? "<p><a href=\"/?area=\(area.code)\">Strategy scorecard for \(area.name)</a></p>" : .empty
        var rows: HTML = .empty
        for row in try profile(area) {
            let d = row.definition
            let point =
                row.result.map { Pages.point($0, label: area.name) }
                ?? ChartPoint(label: area.name, value: nil)
            var spine: HTML = "<span class=\"muted\">–</span>"
            if let (lo, q1, q3, hi) = row.range, area.kind != "city" {
                spine =
                    SpineChart(
                        minimum: lo, lowerQuartile: q1, upperQuartile: q3, maximum: hi,
                        centre: row.city?.value, point: point,
                        lowerIsBetter: d.polarity == .lowerIsBetter,
                        title:
                            "\(d.name): \(area.name) \(point.suppressed ? "suppressed" : Format.number(point.value)); \(catalog.pack.name) \(Format.number(row.city?.value)); range \(Format.number(lo)) to \(Format.number(hi))"
                    ).svg
            }
            let worst = d.polarity == .lowerIsBetter ? row.range?.3 : row.range?.0
            let best = d.polarity == .lowerIsBetter ? row.range?.0 : row.range?.3
            rows.append(
                """
                <tr><th scope="row" data-label="Indicator"><a href="/indicators/\(d.id)?period=\(row.period)">\(d.name)</a><br><span class="muted">\(d.unit)</span></th>\
                <td data-label="Period">\(row.period)</td>\(Pages.valueCell(row.result, label: area.name))\
                <td data-label="Compared">\(Palette.of(row.result?.assessment).badge)</td>\
                <td class="num" data-label="\(catalog.pack.name)">\(Format.number(row.city?.value))</td>\
                <td class="num" data-label="\(d.polarity == .noJudgement ? "Lowest" : "Worst")">\(Format.number(worst))</td>\
                <td data-label="Range">\(spine)</td>\
                <td class="num" data-label="\(d.polarity == .noJudgement ? "Highest" : "Best")">\(Format.number(best))</td></tr>
                """)
        }
        let body: HTML = """
            <h1>\(area.name)</h1><p class="lead">Profile of the \(kindName) \(area.name) (\(area.code)).</p>\(parent)\(scorecardLink)
            <p>The spine chart compares each indicator for \(area.name) with the other \(plural): the grey bar spans the
            worst to the best, the darker part the middle half, the black line is \(catalog.pack.name), and the marker is
            \(area.name), in its comparison’s colour and shape. Better is to the right (higher, for indicators that have no better
            or worse).</p>\(Pages.legend)
            <div class="table-scroll" tabindex="0"><table class="cards spine"><caption>\(area.name): every indicator at its latest period</caption>
            <thead><tr><th scope="col">Indicator</th><th scope="col">Period</th><th scope="col" class="num">\(area.name) (95% CI)</th>\
            <th scope="col">Compared</th><th scope="col" class="num">\(catalog.pack.name)</th><th scope="col" class="num">Worst</th>\
            <th scope="col">Range across \(plural)</th><th scope="col" class="num">Best</th></tr></thead><tbody>\(rows)</tbody></table></div>
            """
        return layout.page(title: area.name, section: .areas, crumbs: [("Areas", "/areas")], body: body)
    }
}
