import Foundation
import Testing

@testable import Tabular

@Suite struct CSVFileTests {
    @Test func recordsSpanningChunkBoundariesRoundTrip() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tabular-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("round.csv").path
        let writer = try CSVWriter(path: path)
        try writer.write(["id", "text"])
        var expected: [[String]] = []
        for i in 0..<2_000 {
            let text = i % 7 == 0 ? "multi\r\nline, \"quoted\" \(i)" : "plain \(i)"
            expected.append(["\(i)", text])
            try writer.write(["\(i)", text])
        }
        try writer.close()
        // A tiny chunk forces records to straddle refills.
        let reader = try CSVReader(path: path, chunkSize: 64)
        var seen: [[String]] = []
        while let record = try reader.next() { seen.append(record.fields) }
        #expect(reader.header == ["id", "text"])
        #expect(seen == expected)
    }

    @Test func missingFileNamesIt() {
        let error = #expect(throws: CSVError.self) { try CSVReader(path: "/nonexistent/x.csv") }
        #expect(error?.description.contains("/nonexistent/x.csv") == true)
    }
}
