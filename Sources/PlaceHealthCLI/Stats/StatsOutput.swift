import Foundation
import Dispatch
import Synchronization
import Statistics
import Tabular

/// The result CSV, and how numbers and intervals are written into it. A file is written beside its
/// path as `PATH.partial` and takes its name only when complete: a run that fails leaves no file.
final class StatsOutput {
    private let writer: CSVWriter
    private let path: String?
    let levels: ConfidenceLevels

    init(path: String?, levels: ConfidenceLevels) throws {
        do {
            writer = try CSVWriter(path: path.map(Self.partial))
        } catch let error as CSVError {
            throw StatsFailure(error.description)
        }
        self.path = path
        self.levels = levels
    }

    /// Where a file is written until it is complete.
    static func partial(_ path: String) -> String { path + ".partial" }

    func write(_ fields: [String]) throws {
        do { try writer.write(fields) } catch let error as CSVError { throw StatsFailure(error.description) }
    }

    /// Writes one record built in place (no text made for its numbers).
    func write(_ build: (inout CSVRow) throws -> Void) throws {
        do { try writer.write(build) } catch let error as CSVError { throw StatsFailure(error.description) }
    }

    /// Writes one row for each of `count` groups, built by `build` from the group's number. Rows
    /// are built in blocks on both cores while the blocks built before are written, in order; the
    /// first group (in order) whose row throws stops the writing with its error.
    func writeRows(count: Int, _ build: @Sendable (Int, inout CSVRow) throws -> Void) throws {
        let (chunks, chunkRows) = (8, 1 << 12)
        // The writer is used by one task at a time: the one that writes the blocks built before.
        nonisolated(unsafe) let writer = writer
        var ready: [CSVBlock] = []
        var from = 0
        while from < count || !ready.isEmpty {
            let (first, rows, toWrite) = (from, min(chunks * chunkRows, count - from), ready)
            let built = Mutex<[Result<CSVBlock, any Error>?]>(Array(repeating: nil, count: chunks))
            let written = Mutex<(any Error)?>(nil)
            DispatchQueue.concurrentPerform(iterations: chunks + 1) { task in
                guard task > 0 else {
                    do { for block in toWrite { try writer.write(block) } } catch {
                        written.withLock { $0 = error }
                    }
                    return
                }
                let ids = (first + rows * (task - 1) / chunks)..<(first + rows * task / chunks)
                let result = Result { () throws -> CSVBlock in
                    var block = CSVBlock()
                    for id in ids { try block.append { try build(id, &$0) } }
                    return block
                }
                built.withLock { $0[task - 1] = result }
            }
            if let error = written.withLock({ $0 }) {
                throw StatsFailure((error as? CSVError)?.description ?? "\(error)")
            }
            ready = try built.withLock { $0 }.map { try $0!.get() }.filter { $0.byteCount > 0 }
            from += rows
        }
    }

    /// Appends the limits at `levels`, in the order of ``intervalHeader(prefix:)``, to a record
    /// being built.
    static func appendIntervals(
        _ intervals: [ConfidenceInterval], levels: ConfidenceLevels, to row: inout CSVRow
    ) {
        for (position, level) in levels.levels.enumerated() {
            let interval =
                position < intervals.count && intervals[position].level == level
                ? intervals[position] : intervals.first { $0.level == level }
            row.append(interval?.lower)
            row.append(interval?.upper)
        }
    }

    /// Completes the output: the file takes its name.
    func close() throws {
        do { try writer.close() } catch let error as CSVError { throw StatsFailure(error.description) }
        guard let path else { return }
        guard rename(Self.partial(path), path) == 0 else { throw StatsFailure("\(path): cannot be written") }
    }

    /// Abandons the output after a failure: the partial file is removed.
    func discard() {
        try? writer.close()
        if let path { unlink(Self.partial(path)) }
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
