import Tabular

/// A source row rejected by validation: where, which field, its value and why.
public struct QuarantinedRow: Error, Sendable, Equatable {
    /// The source file.
    public let file: String
    /// 1-based line where the row starts.
    public let line: Int
    /// The field at fault (or `(row)` for the whole row).
    public let field: String
    /// The offending value, as read.
    public let value: String
    /// Why the row was rejected.
    public let reason: String

    /// A quarantined row.
    public init(file: String, line: Int, field: String, value: String, reason: String) {
        self.file = file
        self.line = line
        self.field = field
        self.value = value
        self.reason = reason
    }

    /// `file:line: field 'value': reason`.
    public var message: String { "\(file):\(line): \(field) '\(value)': \(reason)" }

    /// Writes the quarantine report (file, line, field, value, reason) to `path`.
    public static func writeReport(_ rows: [QuarantinedRow], to path: String) throws {
        let writer = try CSVWriter(path: path)
        try writer.write(["file", "line", "field", "value", "reason"])
        for row in rows { try writer.write([row.file, String(row.line), row.field, row.value, row.reason]) }
        try writer.close()
    }
}
