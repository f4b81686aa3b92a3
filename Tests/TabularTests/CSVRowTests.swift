import Foundation
import Tabular
import Testing
import TestSupport

/// Records written field by field in place, and records read into reused arrays.
@Suite struct CSVRowTests {
    func written(_ build: (inout CSVRow) -> Void) throws -> String {
        let path = try SyntheticStore.scratch("csvrow").appendingPathComponent("out.csv").path
        let writer = try CSVWriter(path: path)
        try writer.write { build(&$0) }
        try writer.write(["plain", "a,b"])
        try writer.close()
        return try String(contentsOfFile: path, encoding: .utf8)
    }

    @Test func numbersAreWrittenAsTheirShortestText() throws {
        let values: [Double?] = [0, -0.0, 7, -42, 1e14 + 1, 0.1, 1.0 / 3, -2.5e-7, 1e15, 123_456.789, nil]
        let text = try written { row in
            row.append("k")
            for value in values { row.append(value) }
            row.append(12_345)
            row.append("say \"hi\"")
        }
        let expected =
            ["k"]
            + values.map { v in
                v.map { $0 == $0.rounded() && abs($0) < 1e15 ? String(Int64($0)) : "\($0)" } ?? ""
            }
            + ["12345", "\"say \"\"hi\"\"\""]
        #expect(text == expected.joined(separator: ",") + "\nplain,\"a,b\"\n")
        for field in expected.dropFirst().prefix(values.count) where !field.isEmpty {
            #expect(Double(field) != nil, "\(field) reads back")
        }
    }

    struct Stop: Error {}

    @Test func aRecordThatFailsHalfWayIsNotWritten() throws {
        let path = try SyntheticStore.scratch("csvrow").appendingPathComponent("half.csv").path
        let writer = try CSVWriter(path: path)
        try writer.write(["first"])
        #expect(throws: Stop.self) {
            try writer.write { row in
                row.append("half")
                row.append(1.5)
                throw Stop()
            }
        }
        try writer.write(["last"])
        try writer.close()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "first\nlast\n")
    }

    @Test func recordsKeptWhileReadingOnStayIntact() throws {
        let text = "a,b\n" + (1...500).map { "\($0),\"x\($0),y\"" }.joined(separator: "\n") + "\n"
        let reader = try CSVReader(bytes: Array(text.utf8), name: "t.csv")
        var kept: [CSVRecord] = []
        while let record = try reader.next() { kept.append(record) }
        #expect(kept.count == 500)
        for (i, record) in kept.enumerated() {
            #expect(record[0] == String(i + 1) && record[1] == "x\(i + 1),y" && record.line == i + 2)
        }
    }
}
