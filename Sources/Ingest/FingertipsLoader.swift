import Foundation
import PlaceModel
import PlacePack
import Store
import Tabular

/// Loads a Fingertips data download (the column layout `placehealth export` writes too) into
/// `published_values`: every row checked first (its indicator is the pack's, by id or by
/// `fingertips_id`; its area code has the ONS form; its period and numbers read), then all stored in
/// one transaction, or nothing. A row stored before with the same key (indicator, area, period, sex,
/// age, category) is replaced by the newer file's.
public struct FingertipsLoader: Sendable {
    /// The columns a file must have.
    public static let required = ["Indicator ID", "Area Code", "Time period", "Value"]

    let store: any PlaceStore
    let indicators: [String: String]

    /// A loader into `store` for the indicators of `set` (matched by their pack id and their
    /// `fingertips_id`).
    public init(store: any PlaceStore, set: IndicatorSet) {
        self.store = store
        var byID: [String: String] = [:]
        for definition in set.indicators {
            byID[definition.id] = definition.id
            if let fingertips = definition.fingertipsID { byID[fingertips] = definition.id }
        }
        indicators = byID
    }

    /// Loads `path`; returns how many rows were stored.
    ///
    /// - Throws: ``LoadError`` naming the file (and each refused row's line and field); nothing is
    ///   stored then.
    @discardableResult
    public func load(_ path: String, now: Date = Date()) throws -> Int {
        let reader: CSVReader
        do { reader = try CSVReader(path: path) } catch { throw LoadError.unreadable(path, "\(error)") }
        let header = reader.header
        let missing = Self.required.filter { !header.contains($0) }
        guard missing.isEmpty else { throw LoadError.missingColumns(missing, file: path) }
        func column(_ name: String) -> Int? { header.firstIndex(of: name) }
        let at = ISO8601DateFormatter().string(from: now)
        var rows: [[FieldValue]] = []
        var problems: [String] = []
        var refused = 0
        while true {
            let next: CSVRecord?
            do { next = try reader.next() } catch { throw LoadError.unreadable(path, "\(error)") }
            guard let record = next else { break }
            func text(_ name: String) -> String {
                guard let i = column(name), i < record.count else { return "" }
                return record[i].trimmingCharacters(in: .whitespaces)
            }
            func refuse(_ field: String, _ why: String) {
                refused += 1
                if problems.count < 10 { problems.append("\(path):\(record.line): \(field): \(why)") }
            }
            func number(_ name: String) -> FieldValue? {
                let value = text(name)
                if value.isEmpty { return .null }
                guard let parsed = Double(value), parsed.isFinite else {
                    refuse(name, "'\(value)' is not a number")
                    return nil
                }
                return .real(parsed)
            }
            let given = text("Indicator ID")
            guard let indicator = indicators[given] else {
                refuse("Indicator ID", "no indicator '\(given)' in the pack (by id or fingertips_id)")
                continue
            }
            let area = text("Area Code")
            guard Self.isAreaCode(area) else {
                refuse(
                    "Area Code", "'\(area)' is not an area code (a letter and 8 digits, such as E92000001)")
                continue
            }
            guard let period = Self.period(text("Time period")) else {
                refuse("Time period", "'\(text("Time period"))' is not a period (2018, 2018/19, 2016 - 18)")
                continue
            }
            guard let value = number("Value"), let lower = number("Lower CI 95.0 limit"),
                let upper = number("Upper CI 95.0 limit")
            else { continue }
            rows.append([
                .text(indicator), .text(area), .text(text("Area Name")), .text(text("Area Type")),
                .text(period),
                .text(text("Sex").isEmpty ? "Persons" : text("Sex")), .text(text("Age")),
                .text(text("Category Type")),
                .text(text("Category")), value, lower, upper, .text(path), .text(at),
            ])
        }
        guard refused == 0 else { throw LoadError.refusedRows(problems, total: refused, file: path) }
        let table = BenchmarkTables.publishedValues
        let names = table.columns.map(\.name).joined(separator: ", ")
        let marks = Array(repeating: "?", count: table.columns.count).joined(separator: ", ")
        try store.transaction { writer in
            for row in rows {
                _ = try writer.execute(
                    "INSERT OR REPLACE INTO \(table.name) (\(names)) VALUES (\(marks))", row)
            }
        }
        return rows.count
    }

    /// Whether `code` has the form of an ONS area code: a capital letter and 8 digits.
    static func isAreaCode(_ code: String) -> Bool {
        let bytes = Array(code.utf8)
        return bytes.count == 9 && (65...90).contains(bytes[0])
            && bytes.dropFirst().allSatisfy { (48...57).contains($0) }
    }

    /// The period as PlaceHealth writes it: "2018", "2018/19", "2016-18" (Fingertips writes
    /// "2016 - 18"); nil when it is none of those.
    static func period(_ text: String) -> String? {
        let compact = text.replacingOccurrences(of: " ", with: "")
        let parts = compact.split(whereSeparator: { $0 == "/" || $0 == "-" })
        guard (1...2).contains(parts.count), let first = Int(parts[0]), (1900...2100).contains(first),
            parts[0].count == 4
        else { return nil }
        if parts.count == 1 { return compact }
        guard parts[1].count == 2, let second = Int(parts[1]) else { return nil }
        let last = first / 100 * 100 + second
        if compact.contains("/") { return last == first + 1 ? compact : nil }
        return last > first ? compact : nil
    }
}
