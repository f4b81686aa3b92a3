import Foundation
import Store

extension Loader {
    /// The store's record of a load.
    static func record(_ report: LoadReport, status: String) -> LoadRecord {
        LoadRecord(
            table: report.table, file: report.file, status: status,
            at: ISO8601DateFormatter().string(from: Date()), rowsRead: report.rowsRead,
            rowsStored: status == "loaded" ? report.rowsStored : 0,
            rowsAlreadyStored: report.rowsAlreadyStored,
            rejections: report.quarantined.map { .init(line: $0.line, field: $0.field, reason: $0.reason) })
    }

    /// Writes the report's quarantine file, if it rejected any row, and says where.
    func writeQuarantine(_ report: LoadReport) throws -> LoadReport {
        guard !report.quarantined.isEmpty else { return report }
        let name = URL(fileURLWithPath: report.file).lastPathComponent + ".quarantine.csv"
        let path =
            quarantineDirectory.map { URL(fileURLWithPath: $0).appendingPathComponent(name).path }
            ?? report.file + ".quarantine.csv"
        try QuarantinedRow.writeReport(report.quarantined, to: path)
        return LoadReport(
            table: report.table, file: report.file, rowsRead: report.rowsRead, rowsStored: report.rowsStored,
            rowsAlreadyStored: report.rowsAlreadyStored, quarantined: report.quarantined,
            quarantineReport: path)
    }

    /// After a rolled-back load: writes the quarantine reports and records the failed load (nothing stored).
    func reportFailure(
        _ done: [LoadReport], _ failed: (file: String, table: String, rejected: [QuarantinedRow])?
    ) {
        var all = done
        if let failed {
            all.append(
                LoadReport(
                    table: failed.table, file: failed.file, rowsRead: 0, rowsStored: 0, rowsAlreadyStored: 0,
                    quarantined: failed.rejected, quarantineReport: nil))
        }
        for report in all {
            _ = try? writeQuarantine(report)
        }
        _ = try? store.transaction { writer in
            for report in all { _ = try writer.recordLoad(Self.record(report, status: "failed")) }
        }
    }
}
