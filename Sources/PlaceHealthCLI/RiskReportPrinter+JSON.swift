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
        guard var both = try JSONSerialization.jsonObject(with: encoded) as? [String: Any] else {
            return try OutputFormat.printJSON(Both(report: report, model: model))
        }
        var shown = try report.publishedJSONObject(threshold: display.applied)
        shown["suppressionThreshold"] = display.threshold
        shown["unsuppressed"] = display.unsuppressed
        both["report"] = shown
        let data = try JSONSerialization.data(
            withJSONObject: both, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        Swift.print(String(decoding: data, as: UTF8.self))
    }
}
