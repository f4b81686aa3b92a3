import Foundation
import Tabular
import Testing
import TestSupport

/// Seeded random inputs for the CSV reader: the corpus in Corpus/, then mutations of it (issue 12).
@Suite struct CSVFuzzTests {
    static let tokens = [
        "\"", "\"\"", ",", ",,", "\n", "\r\n", "\r", "\u{FEFF}", " ", "a", "1", "\"a,b\"", "\"\n\"", "x\"y",
    ]

    /// What reading an input gave: the header, then each record or error, in order.
    enum Event: Equatable {
        case header([String])
        case record(line: Int, fields: [String], endsWithoutNewline: Bool)
        case error(String, line: Int)
    }

    /// Reads everything, reading on after errors as the loader does. Nil with a problem if the reader
    /// throws something other than ``CSVError`` or does not come to an end.
    static func read(_ open: () throws -> CSVReader, limit: Int) -> (events: [Event], problem: String?) {
        let reader: CSVReader
        do { reader = try open() } catch let error as CSVError {
            return ([.error(error.description, line: error.line)], nil)
        } catch { return ([], "opening threw \(error), not a CSVError") }
        var events: [Event] = [.header(reader.header)]
        while events.count <= limit {
            do {
                guard let record = try reader.next() else { return (events, nil) }
                events.append(
                    .record(
                        line: record.line, fields: record.fields,
                        endsWithoutNewline: record.endsWithoutNewline))
                if let problem = numbers(record) { return (events, problem) }
            } catch let error as CSVError {
                events.append(.error(error.description, line: error.line))
            } catch { return (events, "next() threw \(error), not a CSVError") }
        }
        return (events, "more than \(limit) records or errors: the reader does not move on")
    }

    /// Reads the file with ``CSVReader/forEachRecord(parts:minimumPartBytes:make:_:merge:)``, in
    /// parts as small as one byte: the header and records, or the error alone; nil if it throws
    /// something other than ``CSVError``.
    static func readInPlace(_ path: String, parts: Int) -> [Event]? {
        let reader: CSVReader
        do { reader = try CSVReader(path: path, chunkSize: 64) } catch let error as CSVError {
            return [
                .error(error.description.replacingOccurrences(of: path, with: "fuzz.csv"), line: error.line)
            ]
        } catch { return nil }
        do {
            let records = try reader.forEachRecord(parts: parts, minimumPartBytes: 1, make: { [Event]() }) {
                events, record in
                events.append(
                    .record(
                        line: record.line, fields: record.fields,
                        endsWithoutNewline: record.endsWithoutNewline))
            } merge: { events, later, offset in
                for case .record(let line, let fields, let last) in later {
                    events.append(.record(line: line + offset, fields: fields, endsWithoutNewline: last))
                }
            }
            return [.header(reader.header)] + records
        } catch let error as CSVError {
            return [
                .error(error.description.replacingOccurrences(of: path, with: "fuzz.csv"), line: error.line)
            ]
        } catch { return nil }
    }

    /// The record's numbers agree with Swift's own parsers.
    static func numbers(_ record: CSVRecord) -> String? {
        for index in 0..<record.count {
            if let value = record.int64(index), Int64(record[index]) != value {
                return "int64 read '\(record[index])' as \(value)"
            }
            if let value = record.double(index), !value.isFinite || Double(record[index]) != value {
                return "double read '\(record[index])' as \(value)"
            }
        }
        return nil
    }

    /// The problem with `input`, if any.
    static func check(_ input: [UInt8], scratch: String) -> String? {
        let lines = input.count + 2
        let (events, problem) = read({ try CSVReader(bytes: input, name: "fuzz.csv") }, limit: lines)
        if let problem { return problem }
        var last = 0
        for case .record(let line, _, _) in events {
            guard line > last, line <= lines else { return "record line \(line) after line \(last)" }
            last = line
        }
        // Read from a file in 64-byte chunks: the same records and errors as from memory.
        guard FileManager.default.createFile(atPath: scratch, contents: Data(input)) else {
            return "cannot write"
        }
        let chunked = read({ try CSVReader(path: scratch, chunkSize: 64) }, limit: lines)
        let fromFile = chunked.events.map { event -> Event in
            guard case .error(let text, let line) = event else { return event }
            return .error(text.replacingOccurrences(of: scratch, with: "fuzz.csv"), line: line)
        }
        guard fromFile == events else { return "read in chunks from a file, it reads differently" }
        // In place, and in parts on several threads: the records up to the first error, then it.
        // Reading in place stops at the first error, and gives that error alone.
        var expected: [Event] = []
        for event in fromFile {
            if case .error = event {
                expected = [event]
                break
            }
            expected.append(event)
        }
        for parts in [1, 3] {
            guard let inPlace = readInPlace(scratch, parts: parts) else {
                return "in place, it threw a non-CSVError"
            }
            guard inPlace == expected else {
                return "read in place in \(parts) part(s), it reads differently"
            }
        }
        return roundTrip(events)
    }

    /// What was read, written with ``CSVWriter`` and read again, reads the same.
    static func roundTrip(_ events: [Event]) -> String? {
        var rows: [[String]] = []
        for event in events {
            switch event {
            case .header(let fields): rows.append(fields)
            case .record(_, let fields, _): rows.append(fields)
            case .error: return nil
            }
        }
        var bytes: [UInt8] = []
        for row in rows {
            for (index, field) in row.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                CSVWriter.append(field, to: &bytes)
            }
            bytes.append(UInt8(ascii: "\n"))
        }
        let again = read({ try CSVReader(bytes: bytes, name: "fuzz.csv") }, limit: bytes.count + 2).events
        let reread = again.compactMap { event -> [String]? in
            switch event {
            case .header(let fields): return fields
            case .record(_, let fields, _): return fields
            case .error: return nil
            }
        }
        return reread == rows ? nil : "written with CSVWriter and read again, it differs"
    }

    @Test(.timeLimit(.minutes(2))) func theReaderReadsOrThrowsCSVErrorAndRoundTrips() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("csv-fuzz-\(UUID()).csv")
            .path
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        // Each input is read three times and written once, in a debug build, decoding fields of up to
        // 100 kB as text: 3 s of processor time allows for that, and still catches a quadratic path.
        let outcome = try FuzzRun.run(
            "csv-reader", corpus: Bundle.module.url(forResource: "Corpus", withExtension: nil),
            extension: "csv",
            tokens: Self.tokens, slow: 3
        ) { Self.check($0, scratch: scratch) }
        #expect(outcome.passed, "\(outcome)")
    }
}
