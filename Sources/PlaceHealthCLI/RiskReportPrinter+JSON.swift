import Foundation
import Population

extension RiskReportPrinter {
    /// Prints `report` (and `model`) as JSON with every withheld count, and the figures made of
    /// it, as null: the group tables and calibration tenths by ``RiskReport/withheld(_:threshold:)``
    /// and ``RiskReport/withheldCalibration(threshold:)``, the overall and training counts when
    /// they are small numbers. Adds `suppressionThreshold` and `unsuppressed`.
    func printJSON(_ report: RiskReport, _ model: RiskModel?) throws {
        struct Both: Encodable {
            let report: RiskReport
            let model: RiskModel?
        }
        let encoded = try JSONEncoder().encode(Both(report: report, model: model))
        guard var both = try JSONSerialization.jsonObject(with: encoded) as? [String: Any],
            var shown = both["report"] as? [String: Any]
        else { return try OutputFormat.printJSON(Both(report: report, model: model)) }
        let null = NSNull()
        func small(_ count: Int) -> Bool { count > 0 && count < display.applied }
        for key in ["trainPersons", "trainEvents"] where small(shown[key] as? Int ?? 0) { shown[key] = null }
        if var overall = shown["overall"] as? [String: Any] {
            for key in ["persons", "events", "flagged"] where small(overall[key] as? Int ?? 0) {
                overall[key] = null
            }
            shown["overall"] = overall
        }
        for (key, groups) in [
            ("byDeprivationDecile", report.byDeprivationDecile), ("byEthnicGroup", report.byEthnicGroup),
        ] {
            let mask = report.withheld(groups, threshold: display.applied)
            shown[key] = (shown[key] as? [[String: Any]] ?? []).enumerated().map { r, row in
                var row = row
                let hidden = Self.hidden(mask, r)
                let withheld: [(String, Bool)] = [
                    ("persons", hidden.persons), ("meanRisk", hidden.persons), ("events", hidden.events),
                    ("observedRate", hidden.rate), ("auroc", hidden.rate), ("brier", hidden.rate),
                    ("flagged", hidden.flagged), ("ppvTop2", hidden.ppv),
                    ("sensitivityTop2", hidden.sensitivity),
                ]
                for (field, hide) in withheld where hide { row[field] = null }
                return row
            }
        }
        let tenths = report.withheldCalibration(threshold: display.applied)
        shown["calibrationDeciles"] = (shown["calibrationDeciles"] as? [[String: Any]] ?? []).enumerated().map
        {
            r, row in
            var row = row
            if tenths.isWithheld(r, 0) { (row["persons"], row["predicted"]) = (null, null) }
            if tenths.isWithheld(r, 0) || tenths.isWithheld(r, 1) { row["observed"] = null }
            return row
        }
        shown["suppressionThreshold"] = display.threshold
        shown["unsuppressed"] = display.unsuppressed
        both["report"] = shown
        let data = try JSONSerialization.data(
            withJSONObject: both, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        Swift.print(String(decoding: data, as: UTF8.self))
    }
}
