import Foundation
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

    /// How much of a rejected value is ever shown or written (a value may be person-level data,
    /// or megabytes long).
    public static let shownLength = 40

    /// The value cut to ``shownLength`` characters, saying how long it was when cut.
    public var shownValue: String {
        value.count <= Self.shownLength
            ? value : "\(value.prefix(Self.shownLength))… (\(value.count) characters)"
    }

    /// `file:line: field 'value': reason`, the value cut to ``shownLength`` characters.
    public var message: String { "\(file):\(line): \(field) '\(shownValue)': \(reason)" }

    /// Writes the quarantine report (file, line, field, value cut to ``shownLength`` characters,
    /// reason) to `path`, readable and writable by its owner only.
    public static func writeReport(_ rows: [QuarantinedRow], to path: String) throws {
        let writer = try CSVWriter(path: path)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        try writer.write(["file", "line", "field", "value", "reason"])
        for row in rows {
            try writer.write([row.file, String(row.line), row.field, row.shownValue, row.reason])
        }
        try writer.close()
    }
}
