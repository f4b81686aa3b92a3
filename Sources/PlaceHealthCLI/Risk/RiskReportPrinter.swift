import Foundation
import Population
import Publication
import Publication

/// Prints a risk model's report as text tables or JSON.
struct RiskReportPrinter {
    let display: Audience
    let format: OutputFormat

    /// Prints `report`, and `model`'s coefficients when given.
    func print(_ report: RiskReport, _ model: RiskModel?) throws {
        if format == .json { return try printJSON(report, model) }
        let o = report.overall
        let mask = RiskDisclosure(report, threshold: display.applied)
        let (all, training) = (mask.overall, mask.training)
        Swift.print(
            display.header(
                "Risk of an emergency admission in the next 12 months: model \(report.modelVersion)",
                synthetic: report.synthetic))
        Swift.print(
            "Trained on persons aged 18+ on \(report.trainDate) (\(display.show(report.trainPersons, withheld: training.persons)) persons, "
                + "\(display.show(report.trainEvents, withheld: training.events)) admitted; AUROC "
                + "\(training.persons || training.events ? "*" : n(report.trainAUROC)) on that period); "
                + "tested out of time on \(report.testDate).")
        Swift.print(
            "Test period: \(display.show(o.persons, withheld: all.persons)) persons, "
                + "\(display.show(o.events, withheld: all.events)) admitted "
                + "(\(all.rate ? "*" : pct(o.observedRate)); mean predicted \(all.persons ? "*" : pct(o.meanRisk)))."
        )
        Swift.print(
            "AUROC \(all.rate ? "*" : n(o.auroc)); calibration slope \(n(report.calibrationSlope)), intercept "
                + "\(n(report.calibrationIntercept)); Brier score \(all.rate ? "*" : n(o.brier)).")
        Swift.print(
            "Top 2%: \(display.show(o.flagged, withheld: all.flagged)) persons flagged; PPV \(all.ppv ? "*" : pct(o.ppvTop2)); "
                + "sensitivity \(all.sensitivity ? "*" : pct(o.sensitivityTop2))."
        )
        Swift.print("\nCalibration plot data (tenths of predicted risk):")
        try OutputFormat.table.print(
            header: ["tenth", "persons", "mean_predicted", "observed"],
            rows: report.calibrationDeciles.enumerated().map { r, tenth in
                let hidden = mask.tenth(r)
                return [
                    String(r + 1), display.show(tenth.persons, withheld: hidden.persons),
                    hidden.persons ? "*" : pct(tenth.predicted), hidden.observed ? "*" : pct(tenth.observed),
                ]
            })
        for (title, rows, hidden) in [
            ("By IMD decile of home (1 = most deprived)", report.byDeprivationDecile, mask.decile),
            ("By ethnic group", report.byEthnicGroup, mask.ethnic),
        ] {
            Swift.print("\n\(title):")
            try OutputFormat.table.print(
                header: [
                    "group", "persons", "admitted", "observed", "mean_predicted", "auroc", "brier",
                    "top2_flagged", "top2_ppv", "top2_sensitivity",
                ],
                rows: rows.enumerated().map { r, g in
                    let hidden = hidden(r)
                    return [
                        g.group, display.show(g.persons, withheld: hidden.persons),
                        display.show(g.events, withheld: hidden.events),
                        hidden.rate ? "*" : pct(g.observedRate), hidden.persons ? "*" : pct(g.meanRisk),
                        hidden.rate ? "*" : n(g.auroc), hidden.rate ? "*" : n(g.brier),
                        display.show(g.flagged, withheld: hidden.flagged), hidden.ppv ? "*" : pct(g.ppvTop2),
                        hidden.sensitivity ? "*" : pct(g.sensitivityTop2),
                    ]
                })
        }
        if let model {
            Swift.print("\nCoefficients (log-odds; feature set \(model.featureSet)):")
            try OutputFormat.table.print(
                header: ["feature", "coefficient", "odds_ratio"],
                rows: zip(model.features, model.coefficients).map {
                    [$0, String(format: "%.4f", $1), String(format: "%.3f", exp($1))]
                })
        }
        if !report.converged {
            Swift.print("\nWARNING: the fit did not converge in \(report.iterations) iterations.")
        }
    }

    private func n(_ value: Double?) -> String { value.map { String(format: "%.3f", $0) } ?? "n/a" }
    private func pct(_ value: Double?) -> String { value.map { String(format: "%.1f%%", $0 * 100) } ?? "n/a" }
}
