import Publication
import Engine

extension JSONAPI {
    /// `GET /api/scorecard`: the scorecard exactly as `placehealth scorecard --format json` gives it.
    /// An area or year of the right shape that has no scorecard is a 404 naming the parameter.
    func scorecard(_ query: Query) throws -> Scorecard {
        try query.requireValues()
        if let area = try existingArea(query), !["city", "ward", "lcp", "pcn"].contains(area.kind) {
            throw DashboardError.noSuch(
                "area",
                "there is no scorecard for the \(Catalog.singular(area.kind)) ‘\(area.code)’: a scorecard is for the city, a ward, a Local Care Partnership or a primary care network."
            )
        }
        if let year = try query.value("year", .year) {
            let years = try pages.scorecardYears()
            guard years.contains(year) else {
                throw DashboardError.noSuch(
                    "year",
                    "there are no results for \(year); the years are \(years.joined(separator: ", ")).")
            }
        }
        return try pages.scorecard(for: query)
    }

    /// `GET /api/indicators/{id}/results.csv`: the same results as CSV, labelled SYNTHETIC in a column.
    func csv(_ id: String, _ query: Query) throws -> (filename: String, text: String) {
        let (_, breakdown, results) = try publishedResults(id, query)
        var lines = [
            "indicator,period,breakdown,group,group_name,suppressed,numerator,denominator,value,lower95,upper95,lower998,upper998,benchmark,benchmark_label,assessment,trend,data"
        ]
        let data = synthetic ? "SYNTHETIC" : "real"
        for r in results {
            let fields = [
                id, r.period, r.breakdown, r.group, pages.catalog.groupName(r.group, breakdown: r.breakdown),
                r.suppressed ? "true" : "false", Format.plain(r.numerator), Format.plain(r.denominator),
                Format.plain(r.value), Format.plain(r.lower95), Format.plain(r.upper95),
                Format.plain(r.lower998),
                Format.plain(r.upper998), Format.plain(r.benchmark), r.benchmarkLabel ?? "",
                r.assessment?.rawValue ?? "",
                r.trend?.rawValue ?? "", data,
            ]
            lines.append(fields.map(Self.csvField).joined(separator: ","))
        }
        let period = query["period"].map { "-" + $0.replacingOccurrences(of: "/", with: "-") } ?? ""
        let name = "\(pages.catalog.pack.id)-\(synthetic ? "SYNTHETIC-" : "")\(id)-\(breakdown)\(period).csv"
        return (name, lines.joined(separator: "\r\n") + "\r\n")
    }

    /// A CSV field, quoted when it holds a comma, quote or line break (and guarded against formulas).
    static func csvField(_ text: String) -> String {
        var text = text
        if let first = text.first, "=+@".contains(first) { text = "'" + text }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
            return text
        }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
