import Publication
import Scenarios

/// A published scenario result as the command line shows it: every summary measure's baseline and
/// its horizon's median and 80% interval over the runs.
struct ScenarioFigures {
    let scenario: PublishedScenario

    /// The sentence above the table.
    var headline: String {
        let record = scenario.record
        let narrowed = Int((scenario.gapNarrowed * 100).rounded())
        return """
            \(record.name) (\(record.id)), \(record.baselineYear) to \(record.horizonYear), \(record.runs) runs\
            \(record.synthetic ? " — SYNTHETIC data" : ""). Counts rounded to the nearest 10, money shown \
            in £ millions; the deprived gap narrows in \(narrowed)% of runs.
            """
    }

    /// The summary table's header.
    var summaryHeader: [String] {
        let record = scenario.record
        return [
            "measure", "\(record.baselineYear)", "\(record.horizonYear) median", "10th percentile",
            "90th percentile",
        ]
    }

    /// One row a summary measure, for output area `area`.
    func summaryRows(area: Int) -> [[String]] {
        ScenarioMeasure.summary.compactMap { measure in
            guard let series = scenario.series(measure, area: area) else { return nil }
            return [
                measure.label, measure.format(series.p50[0]), measure.format(series.p50.last!),
                measure.format(series.p10.last!), measure.format(series.p90.last!),
            ]
        }
    }

    /// The waterfall of total cost and bed days, one row a step.
    func waterfallRows() -> [[String]] {
        ScenarioOutcome.steps.indices.map { i in
            [
                ScenarioOutcome.steps[i], ScenarioMeasure.costTotal.format(scenario.costWaterfall[i]),
                ScenarioMeasure.bedDays.format(scenario.bedDayWaterfall[i]),
            ]
        }
    }

    /// The money ledger by year (medians): released from hospital, needed by the community, left.
    func ledgerRows() -> [[String]] {
        let measures: [ScenarioMeasure] = [.released, .costCommunity, .netReleased, .financialGap]
        return scenario.years.indices.map { t in
            [String(scenario.years[t])]
                + measures.map { m in m.format(scenario.series(m)?.p50[t] ?? nil) }
        }
    }
}
