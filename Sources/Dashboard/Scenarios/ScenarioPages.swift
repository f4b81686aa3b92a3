import Publication
import Scenarios

/// The scenario pages: the stored results, one result (fan charts, waterfall, bed days per
/// 100,000 by LCP and decile, the money ledger) and a comparison. Figures come only through
/// ``PublishedScenarios``.
struct ScenarioPages: Sendable {
    /// The page shell.
    let layout: Layout
    /// The published results.
    let scenarios: PublishedScenarios
    /// The pack's projection assumptions (its migration variants), to read the levers back; nil
    /// when the pack has none.
    let assumptions: ProjectionAssumptions?

    /// The measures drawn as fan charts on a result's page.
    static let fanMeasures: [ScenarioMeasure] = [
        .emergencyAdmissions, .bedDays, .bedDaysPer100k, .beds, .aeAttendances, .costTotal, .netReleased,
        .communityBedDays, .deprivedGap,
    ]

    /// A table with a header row and rows of cells (the first cell of each row its heading).
    static func table(_ caption: String, _ header: [String], _ rows: [[String]]) -> HTML {
        let head = header.map { "<th scope=\"col\">\($0)</th>" as HTML }
        let body = rows.map { row -> HTML in
            let cells = row.enumerated().map { i, cell -> HTML in
                i == 0
                    ? "<th scope=\"row\" data-label=\"\(header[0])\">\(cell)</th>"
                    : "<td data-label=\"\(header[i])\" class=\"num\">\(cell)</td>"
            }
            return "<tr>\(cells)</tr>"
        }
        return """
            <div class="table-scroll" tabindex="0"><table class="cards"><caption>\(caption)</caption>\
            <thead><tr>\(head)</tr></thead><tbody>\(body)</tbody></table></div>
            """
    }

    /// Every stored result, with a form to compare them.
    func list() throws -> HTML {
        let records = try scenarios.list()
        var body: HTML = """
            <h1>Scenarios</h1><p class="lead">What happens next if care moves from hospital into communities:
            each stored run of a scenario file of the pack, projected from its baseline year to its horizon
            with Monte Carlo runs (docs/scenarios.md). Run one with <code>placehealth scenario run FILE</code>.</p>
            """
        guard !records.isEmpty else {
            body.append("<p>No scenario has been run on this store yet.</p>")
            return layout.page(title: "Scenarios", section: .scenarios, body: body)
        }
        let rows = records.map { r -> HTML in
            """
            <tr><th scope="row" data-label="Scenario"><a href="/scenarios/\(r.id)">\(r.name)</a> <span class="muted">\(r.id)</span></th>\
            <td data-label="Years">\(r.baselineYear)–\(r.horizonYear)</td><td data-label="Runs" class="num">\(r.runs)</td>\
            <td data-label="Seed" class="num">\(String(r.seed))</td><td data-label="File">\(r.fileName) <span class="muted">sha256 \(String(r.fileHash.prefix(12)))</span></td>\
            <td data-label="Run at">\(r.createdAt)</td><td data-label="Data">\(r.synthetic ? "SYNTHETIC" : "real")</td></tr>
            """
        }
        let options = records.map { "<option value=\"\($0.id)\">\($0.name) (\($0.id))</option>" as HTML }
        body.append(
            """
            <div class="table-scroll" tabindex="0"><table class="cards">\
            <caption>Stored scenario results, newest first</caption><thead><tr><th scope="col">Scenario</th>\
            <th scope="col">Years</th><th scope="col">Runs</th><th scope="col">Seed</th><th scope="col">File</th>\
            <th scope="col">Run at</th><th scope="col">Data</th></tr></thead><tbody>\(rows)</tbody></table></div>\
            <h2>Compare two results</h2><form class="filter" method="get" action="/scenarios/compare">\
            <label for="first">First<select id="first" name="first">\(options)</select></label>\
            <label for="second">Second<select id="second" name="second">\(options)</select></label>\
            <button type="submit">Compare</button></form>
            """)
        return layout.page(title: "Scenarios", section: .scenarios, body: body)
    }

    /// The stored result `id`.
    func scenario(_ id: String, _ query: Query) throws -> HTML {
        let s = try load(id)
        let r = s.record
        let synthetic = r.synthetic
        var body: HTML = """
            <h1>\(r.name)\(synthetic ? " — SYNTHETIC" : "")</h1>
            <p class="lead">\(r.baselineYear) to \(r.horizonYear), \(r.runs) Monte Carlo runs from seed \(String(r.seed)).
            The deprived gap (emergency admissions per 1,000 in IMD decile 1 less deciles 2 to 10) narrows by the
            horizon in \(Int((s.gapNarrowed * 100).rounded()))% of runs. Counts are rounded to the nearest 10; money is
            shown in £ millions (to £10,000 in the downloads).</p>
            <p>Downloads: <a href="/api/scenarios/\(r.id)/results.csv">CSV</a> ·
            <a href="/api/scenarios/\(r.id)">JSON</a> · <a href="/scenarios">all scenarios</a></p>
            """
        let summary = ScenarioMeasure.summary.compactMap { m -> [String]? in
            guard let series = s.series(m) else { return nil }
            return [
                m.label, m.format(series.p50[0]), m.format(series.p50.last!),
                m.format(series.p10.last!),
                m.format(series.p90.last!),
            ]
        }
        body.append(
            Self.table(
                "The city at the baseline and the horizon\(synthetic ? " (SYNTHETIC)" : "")",
                [
                    "Measure", "\(r.baselineYear)", "\(r.horizonYear) median", "10th percentile",
                    "90th percentile",
                ],
                summary))
        body.append("<h2>Over the years</h2>")
        for m in Self.fanMeasures {
            guard let series = s.series(m) else { continue }
            body.append(
                FanChart(
                    id: "fan-\(m.rawValue)", title: m.label.prefix(1).uppercased() + m.label.dropFirst(),
                    measure: m, years: s.years,
                    fans: [.init(label: r.name, p10: series.p10, p50: series.p50, p90: series.p90)],
                    synthetic: synthetic
                ).svg)
        }
        body.append(try explorer(s, query))
        body.append(waterfall(s))
        body.append("<h2>Bed days per 100,000 by area</h2>")
        for kind in [ScenarioArea.Kind.lcp, .decile] {
            let rows = s.areas(kind).compactMap { area -> [String]? in
                guard let series = s.series(.bedDaysPer100k, area: area) else { return nil }
                let m = ScenarioMeasure.bedDaysPer100k
                let name = kind == .decile ? "Decile \(s.areas[area].name)" : s.areas[area].name
                return [
                    name, m.format(series.p50[0]), m.format(series.p50.last!),
                    m.format(series.p10.last!),
                    m.format(series.p90.last!),
                ]
            }
            body.append(
                Self.table(
                    "Bed days per 100,000 residents by \(kind == .lcp ? "Local Care Partnership" : "IMD decile of home (1 the most deprived)")",
                    [
                        kind == .lcp ? "LCP" : "Decile", "\(r.baselineYear)", "\(r.horizonYear) median",
                        "10th", "90th",
                    ],
                    rows))
        }
        body.append(ledger(s))
        body.append(levers(s))
        body.append(provenance(r))
        return layout.page(
            title: r.name, section: .scenarios, crumbs: [("Scenarios", "/scenarios")], body: body)
    }

    /// Loads `id` or throws a 404 naming the results there are.
    func load(_ id: String) throws -> PublishedScenario {
        guard ParameterShape.scenario.matches(id), let scenario = try scenarios.load(id) else {
            let known = try scenarios.list().map { ($0.name + " (" + $0.id + ")", "/scenarios/" + $0.id) }
            throw DashboardError.notFound("scenario result", id, suggestions: known, listPath: "/scenarios")
        }
        return scenario
    }
}
