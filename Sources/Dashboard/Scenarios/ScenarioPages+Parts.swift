import Publication
import Scenarios

extension ScenarioPages {
    /// The waterfall of total cost, drawn and tabled with the bed days.
    func waterfall(_ s: PublishedScenario) -> HTML {
        let r = s.record
        let steps = ScenarioOutcome.steps.indices.map { (ScenarioOutcome.steps[$0], s.costWaterfall[$0]) }
        let rows = ScenarioOutcome.steps.indices.map { i in
            [
                ScenarioOutcome.steps[i], ScenarioMeasure.costTotal.format(s.costWaterfall[i]),
                ScenarioMeasure.bedDays.format(s.bedDayWaterfall[i]),
            ]
        }
        return """
            <h2>From \(r.baselineYear) to \(r.horizonYear): the waterfall</h2>
            <p>In expectation (the mean over runs, without the resampling): the baseline, what each step changes, and the horizon.</p>
            \(WaterfallChart(id: "waterfall", title: "Total cost, \(r.baselineYear) to \(r.horizonYear)", measure: .costTotal, steps: steps, synthetic: r.synthetic).svg)
            \(Self.table("The waterfall: total cost and hospital bed days", ["Step", "Total cost", "Bed days"], rows))
            """
    }

    /// The money ledger by year: released from hospital, needed by the community, left, and the gap.
    func ledger(_ s: PublishedScenario) -> HTML {
        let measures: [ScenarioMeasure] = [
            .released, .costCommunity, .netReleased, .costTotal, .budget, .financialGap,
        ]
        let rows = s.years.indices.map { t in
            [String(s.years[t])] + measures.map { m in m.format(s.series(m)?.p50[t] ?? nil) }
        }
        return """
            <h2>Does the money follow the left shift?</h2>
            <p>Medians over runs. Money released from hospital: avoided admissions, bed days and A&amp;E attendances at their
            unit costs; the community services the shift needs at theirs; what is left. The financial gap is the total cost
            less the budget (positive: over budget).</p>
            \(Self.table("The money ledger\(s.record.synthetic ? " (SYNTHETIC)" : "")", ["Year", "Released from hospital", "Community services", "Left", "Total cost", "Budget", "Financial gap"], rows))
            """
    }

    /// What produced the result.
    func provenance(_ r: StoredScenario) -> HTML {
        """
        <h2>What produced this result</h2><dl class="facts">\
        <dt>Scenario file</dt><dd>\(r.fileName) (id \(r.scenarioID))</dd>\
        <dt>SHA-256 of the file</dt><dd><code>\(r.fileHash)</code></dd>\
        <dt>Seed and runs</dt><dd>\(String(r.seed)), \(r.runs)</dd>\
        <dt>Engine version</dt><dd>\(r.codeVersion)</dd>\
        <dt>Data version</dt><dd>\(r.contentVersion)\(r.synthetic ? " (SYNTHETIC data)" : "")</dd>\
        <dt>Run at</dt><dd>\(r.createdAt)</dd></dl>
        """
    }

    /// Two or more stored results side by side.
    func compare(_ ids: [String]) throws -> HTML {
        guard ids.count >= 2 else {
            throw DashboardError.badParameter(
                "ids", "give two or more scenario result ids, separated by commas")
        }
        let list = try ids.map { try load($0) }
        let synthetic = list.contains { $0.record.synthetic }
        let header = ["Measure"] + list.map { "\($0.record.name) (\($0.record.id))" }
        let rows = ScenarioMeasure.summary.compactMap { m -> [String]? in
            let series = list.map { $0.series(m) }
            guard series.allSatisfy({ $0 != nil }) else { return nil }
            return [m.label]
                + series.map {
                    "\(m.format($0!.p50.last!)) [\(m.format($0!.p10.last!)) to \(m.format($0!.p90.last!))]"
                }
        }
        var body: HTML = """
            <h1>Scenarios compared\(synthetic ? " — SYNTHETIC" : "")</h1>
            <p class="lead">Each result at its horizon: the median over its runs, and the 10th to 90th percentiles.</p>
            \(Self.table("At the horizon", header, rows))
            """
        if list.contains(where: { $0.years != list[0].years }) {
            body.append(
                "<p><strong>These results do not share their baseline and horizon years.</strong></p>")
        }
        for m in Self.fanMeasures {
            let fans = list.compactMap { s in
                s.series(m).map { FanChart.Fan(label: s.record.name, p10: $0.p10, p50: $0.p50, p90: $0.p90) }
            }
            guard fans.count == list.count else { continue }
            body.append(
                FanChart(
                    id: "compare-\(m.rawValue)", title: m.label.prefix(1).uppercased() + m.label.dropFirst(),
                    measure: m, years: list[0].years, fans: fans, synthetic: synthetic
                ).svg)
        }
        return layout.page(
            title: "Scenarios compared", section: .scenarios, crumbs: [("Scenarios", "/scenarios")],
            body: body)
    }
}

extension ScenarioPages {
    /// Where the About page puts the back-test section, filled in afresh on each request.
    static let backtestMarker = "<!--scenario-backtest-->"

    /// The About page's section on the scenario engine's latest back-test.
    func backtestSection() throws -> HTML {
        var body: HTML = """
            <h2 id="scenario-backtest">Scenario back-test</h2>
            """
        guard let test = try scenarios.backtest() else {
            body.append(
                "<p>No back-test of the scenario engine has been run on this store (<code>placehealth scenario backtest</code>).</p>"
            )
            return body
        }
        let rows = test.rows.map { r in
            [
                r.measure.label, r.measure.format(r.p50),
                "\(r.measure.format(r.p10)) to \(r.measure.format(r.p90))",
                r.measure.format(r.actual), Format.number(r.error * 100, decimals: 1) + "%",
                r.within ? "yes" : "no",
            ]
        }
        body.append(
            """
            <p>The "\(test.scenarioID)" scenario projected from \(test.baselineYear) to \(test.targetYear) (\(test.runs) runs),
            against what the store shows in \(test.targetYear), for the whole city\(test.synthetic ? " (SYNTHETIC data)" : "").
            Run \(test.createdAt). Method: docs/scenarios.md.</p>
            \(Self.table("Back-test: projected against actual, \(test.targetYear)", ["Measure", "Projected median", "80% interval", "Actual", "Error", "Within the interval"], rows))
            """)
        return body
    }
}

extension ScenarioPages {
    /// The scenario's levers as the file gives them, with each cost's source.
    func levers(_ s: PublishedScenario) -> HTML {
        guard let assumptions, let rows = s.levers(assumptions) else {
            return "<h2>The levers</h2><p>The scenario file as run no longer reads with this pack.</p>"
        }
        return """
            <h2>The levers</h2>
            <p>Each run samples every interval so that 80% of runs fall within it. Every value is the
            scenario file's; those marked assumed are not published figures.</p>
            \(Self.table("The levers of \(s.record.fileName)", ["Lever", "Value or 80% interval", "Note"], rows.map { [$0.lever, $0.value, $0.note] }))
            """
    }
}
