import Publication
import Scenarios

extension ScenarioPages {
    /// The `area` parameter's value for output area `index`: `city`, an LCP's code, `decile-N`.
    static func areaKey(_ area: ScenarioArea) -> String {
        switch area.kind {
        case .city: return "city"
        case .lcp: return area.name
        case .decile: return "decile-\(area.name)"
        }
    }

    /// Any measure's fan chart for any area (`measure` and `area` query parameters; emergency
    /// admissions for the city by default), with the form that chooses them.
    func explorer(_ s: PublishedScenario, _ query: Query) throws -> HTML {
        let measures = ScenarioMeasure.allCases
        let measure =
            try query.choice("measure", measures.map(\.rawValue)).flatMap(ScenarioMeasure.init)
            ?? .emergencyAdmissions
        let keys = s.areas.map(Self.areaKey)
        let key = try query.choice("area", keys) ?? "city"
        let area = keys.firstIndex(of: key)!
        let measureOptions = measures.map { m -> HTML in
            "<option value=\"\(m.rawValue)\"\(m == measure ? HTML(raw: " selected") : .empty)>\(m.label)</option>"
        }
        let areaOptions = s.areas.indices.map { i -> HTML in
            let name = s.areas[i].kind == .decile ? "IMD decile \(s.areas[i].name)" : s.areas[i].name
            return
                "<option value=\"\(keys[i])\"\(i == area ? HTML(raw: " selected") : .empty)>\(name)</option>"
        }
        var body: HTML = """
            <h2 id="explore">Any measure, any area</h2>
            <form class="filter" method="get" action="/scenarios/\(s.record.id)#explore">\
            <label for="measure">Measure<select id="measure" name="measure">\(measureOptions)</select></label>\
            <label for="area">Area<select id="area" name="area">\(areaOptions)</select></label>\
            <button type="submit">Show</button></form>
            """
        guard let series = s.series(measure, area: area) else {
            body.append("<p>The deprived gap is worked out for the whole city only.</p>")
            return body
        }
        let name = s.areas[area].kind == .decile ? "IMD decile \(s.areas[area].name)" : s.areas[area].name
        body.append(
            FanChart(
                id: "explore-chart",
                title: "\(measure.label.prefix(1).uppercased() + measure.label.dropFirst()), \(name)",
                measure: measure, years: s.years,
                fans: [.init(label: s.record.name, p10: series.p10, p50: series.p50, p90: series.p90)],
                synthetic: s.record.synthetic
            ).svg)
        return body
    }
}
