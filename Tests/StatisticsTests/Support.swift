import Foundation
import Testing

/// Where the reference figures come from: the shared PHEindicatormethods vectors, or the copies here.
enum ReferenceSource: String, CaseIterable, CustomStringConvertible, Sendable {
    case shared
    case fixtures

    var description: String { rawValue }

    /// The package root, found by walking up from this file to the folder holding Package.swift.
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
                return url
            }
            url.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    }()

    /// ../shared/reference/phe beside the package root (absent in a clone without shared/).
    static let sharedDirectory = packageRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/reference/phe")

    /// The copies kept with the tests.
    static let fixturesDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    static var sharedIsPresent: Bool {
        FileManager.default.fileExists(atPath: sharedDirectory.appendingPathComponent("README.md").path)
    }

    /// The sources available here: fixtures always, shared when present.
    static var available: [ReferenceSource] { sharedIsPresent ? [.shared, .fixtures] : [.fixtures] }

    func url(_ name: String) -> URL {
        (self == .shared ? Self.sharedDirectory : Self.fixturesDirectory).appendingPathComponent(name)
    }

    func table(_ name: String) throws -> Table { try Table(contentsOf: url(name)) }
}

/// A CSV file read into memory: a header and rows of text fields (RFC 4180 quoting, BOM removed).
struct Table {
    let header: [String]
    let rows: [[String: String]]

    init(contentsOf url: URL) throws {
        var text = try String(contentsOf: url, encoding: .utf8)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var iterator = Array(text.unicodeScalars).makeIterator()
        var pending: Unicode.Scalar? = nil
        func next() -> Unicode.Scalar? {
            if let p = pending { pending = nil; return p }
            return iterator.next()
        }
        while let c = next() {
            if quoted {
                if c == "\"" {
                    if let n = next() {
                        if n == "\"" {
                            field.unicodeScalars.append("\"")
                        } else {
                            quoted = false; pending = n
                        }
                    } else {
                        quoted = false
                    }
                } else {
                    field.unicodeScalars.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                record.append(field); field = ""
            } else if c == "\n" || c == "\r" {
                if c == "\r", let n = next(), n != "\n" { pending = n }
                record.append(field); field = ""
                if !(record.count == 1 && record[0].isEmpty) { records.append(record) }
                record = []
            } else {
                field.unicodeScalars.append(c)
            }
        }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
        header = records.first?.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) } ?? []
        let names = header
        rows = records.dropFirst().map { fields in
            var row: [String: String] = [:]
            for (i, name) in names.enumerated() { row[name] = i < fields.count ? fields[i] : "" }
            return row
        }
    }
}

extension Dictionary where Key == String, Value == String {
    /// The field as a number, or nil when blank or "NA".
    func number(_ key: String) -> Double? {
        guard let text = self[key]?.trimmingCharacters(in: .whitespaces), !text.isEmpty, text != "NA" else {
            return nil
        }
        return Double(text)
    }
}

/// Whether two numbers agree: relative difference ≤ `relative`, or absolute ≤ `absolute` near zero.
func isClose(_ a: Double, _ b: Double, relative: Double = 1e-6, absolute: Double = 1e-9) -> Bool {
    if a == b { return true }
    let difference = abs(a - b)
    return difference <= absolute || difference <= relative * max(abs(a), abs(b))
}

/// Records an issue when `actual` is not close to `expected`.
func expectClose(
    _ actual: Double?, _ expected: Double?, relative: Double = 1e-6, absolute: Double = 1e-9,
    _ what: @autoclosure () -> String, sourceLocation: SourceLocation = #_sourceLocation
) {
    switch (actual, expected) {
    case (nil, nil): return
    case let (a?, e?):
        #expect(
            isClose(a, e, relative: relative, absolute: absolute),
            "\(what()): got \(a), expected \(e)", sourceLocation: sourceLocation)
    default:
        Issue.record(
            "\(what()): got \(String(describing: actual)), expected \(String(describing: expected))",
            sourceLocation: sourceLocation)
    }
}
