import Statistics
import Tabular

/// The result CSV, and how numbers and intervals are written into it.
final class StatsOutput {
    private let writer: CSVWriter
    let levels: ConfidenceLevels

    init(path: String?, levels: ConfidenceLevels) throws {
        do {
            writer = try CSVWriter(path: path)
        } catch let error as CSVError {
            throw StatsFailure(error.description)
        }
        self.levels = levels
    }

    func write(_ fields: [String]) throws {
        do { try writer.write(fields) } catch let error as CSVError { throw StatsFailure(error.description) }
    }

    /// Writes one record built in place (no text made for its numbers).
    func write(_ build: (inout CSVRow) throws -> Void) throws {
        do { try writer.write(build) } catch let error as CSVError { throw StatsFailure(error.description) }
    }

    /// Appends the limits in the order of ``intervalHeader(prefix:)`` to a record being built.
    func appendIntervals(_ intervals: [ConfidenceInterval], to row: inout CSVRow) {
        for (position, level) in levels.levels.enumerated() {
            let interval =
                position < intervals.count && intervals[position].level == level
                ? intervals[position] : intervals.first { $0.level == level }
            row.append(interval?.lower)
            row.append(interval?.upper)
        }
    }

    func close() throws {
        do { try writer.close() } catch let error as CSVError { throw StatsFailure(error.description) }
    }

    /// `lower95_0cl, upper95_0cl, lower99_8cl, upper99_8cl` for the levels, with an optional prefix.
    func intervalHeader(prefix: String = "") -> [String] {
        levels.levels.flatMap {
            let label = ConfidenceLevels.label($0)
            return ["\(prefix)lower\(label)cl", "\(prefix)upper\(label)cl"]
        }
    }

    /// The limits in the order of ``intervalHeader(prefix:)``; blank where not computed.
    func intervalFields(_ intervals: [ConfidenceInterval]) -> [String] {
        levels.levels.flatMap { level -> [String] in
            guard let interval = intervals.first(where: { $0.level == level }) else { return ["", ""] }
            return [Self.format(interval.lower), Self.format(interval.upper)]
        }
    }

    /// A number as the shortest text that reads back to the same double; whole numbers without ".0";
    /// blank for nil.
    static func format(_ value: Double?) -> String {
        guard let value else { return "" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }
}
