import Population
import Publication

extension RiskReportPrinter {
    /// Prints `report` as published (``RiskReportDocument``: every withheld count, and every
    /// figure made of it, null), with `model` when given.
    func printJSON(_ report: RiskReport, _ model: RiskModel?) throws {
        struct Both: Encodable {
            let report: RiskReportDocument
            let model: RiskModel?
        }
        let mask = RiskDisclosure(report, threshold: display.applied)
        try OutputFormat.printJSON(
            Both(report: RiskReportDocument(report, mask: mask, audience: display), model: model))
    }
}
