import Foundation
import Testing

@testable import Tabular

/// Reading a file in parts on several cores reads what one pass reads (issue 14).
@Suite struct CSVPartsTests {
    /// What one part read: its records' lines and fields, and how many parts were merged into it.
    struct Read: Sendable {
        var lines: [Int] = []
        var fields: [[String]] = []
        var merged = 0
    }

    private func withFile<T>(_ text: String, _ body: (String) throws -> T) throws -> T {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("parts-\(UUID()).csv").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try body(path)
    }

    private func read(_ path: String, parts: Int) throws -> Read {
        let reader = try CSVReader(path: path, chunkSize: 256)
        return try reader.forEachRecord(parts: parts, minimumPartBytes: 1, make: { Read() }) { read, record in
            if record.int64(0) == -1 { throw CSVError.unreadable("row \(record.line)") }
            read.lines.append(record.line)
            read.fields.append(record.fields)
        } merge: { read, later, offset in
            read.lines += later.lines.map { $0 + offset }
            read.fields += later.fields
            read.merged += 1 + later.merged
        }
    }

    private func oneByOne(_ path: String) throws -> Read {
        let reader = try CSVReader(path: path)
        var read = Read()
        while let record = try reader.next() {
            read.lines.append(record.line)
            read.fields.append(record.fields)
        }
        return read
    }

    static let rows = (0..<3_000).map { "\($0),g\($0 / 7),\($0 % 13)" + ($0 % 500 == 9 ? "\n" : "") }

    @Test func partsReadWhatOnePassReads() throws {
        let text = "id,group,n\r\n" + Self.rows.joined(separator: "\n") + "\n"
        try withFile(text) { path in
            let expected = try oneByOne(path)
            for parts in [2, 3, 5] {
                let read = try self.read(path, parts: parts)
                #expect(read.merged == parts - 1, "the file was read in \(parts) parts")
                #expect(read.lines == expected.lines)
                #expect(read.fields == expected.fields)
            }
        }
    }

    @Test func aQuotedFieldIsReadInOnePass() throws {
        let text = "id,group,n\n" + Self.rows.joined(separator: "\n") + "\n\"9,9\",\"two\nlines\",1\n7,x,1\n"
        try withFile(text) { path in
            let read = try self.read(path, parts: 2)
            #expect(read.merged == 0)
            let expected = try oneByOne(path)
            #expect(read.lines == expected.lines)
            #expect(read.fields == expected.fields)
        }
    }

    @Test func aFailureNamesItsLineInTheWholeFile() throws {
        let text = "id,group,n\n" + Self.rows.joined(separator: "\n") + "\n-1,bad,0\n-1,bad,0\n"
        try withFile(text) { path in
            let line = try oneByOne(path).lines.last! - 1
            let error = #expect(throws: CSVError.self) { try self.read(path, parts: 2) }
            #expect(error?.description.contains("row \(line)") == true)
        }
    }

    @Test func smallFilesAreReadInOnePass() throws {
        try withFile("a,b\n1,2\n3,4\n") { path in
            let reader = try CSVReader(path: path)
            let read = try reader.forEachRecord(parts: 2, make: { Read() }) { read, record in
                read.lines.append(record.line)
            } merge: { read, _, _ in
                read.merged += 1
            }
            #expect(read.merged == 0)
            #expect(read.lines == [2, 3])
        }
    }
}
