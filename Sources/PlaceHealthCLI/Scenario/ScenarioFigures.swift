import Scenarios

/// A stored scenario result as the command line shows it: every summary measure's baseline and
/// its horizon's median and 80% interval over the runs.
struct ScenarioFigures {
    let record: StoredScenario
    let outcome: ScenarioOutcome

    /// The sentence above the table.
    var headline: String {
        let narrowed = Int((outcome.gapNarrowed * 100).rounded())
        return """
            \(record.name) (\(record.id)), \(record.baselineYear) to \(record.horizonYear), \(record.runs) runs\
            \(record.synthetic ? " — SYNTHETIC data" : ""). Counts rounded to the nearest 10; \
            the deprived gap narrows in \(narrowed)% of runs.
            """
    }

    var summaryHeader: [String] {
        ["measure", "\(record.baselineYear)", "\(record.horizonYear) median", "10th percentile", "90th percentile"]
    }

    /// One row a measure, for output area `area`.
    func summaryRows(area: Int) -> [[String]] {
        ScenarioMeasure.summary.compactMap { measure in
            guard let series = outcome.series(measure, area: area) else { return nil }
            return [
                measure.label, measure.format(series.p50[0]), measure.format(series.p50.last!),
                measure.format(series.p10.last!), measure.format(series.p90.last!),
            ]
        }
    }
}
