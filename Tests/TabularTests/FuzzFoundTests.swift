import Tabular
import Testing

/// The reader and writer bugs the fuzz tests found, each pinned by a test of its own.
@Suite struct FuzzFoundTests {
    static func record(_ field: String) throws -> CSVRecord {
        let reader = try CSVReader(bytes: Array("n\n\(field)\n".utf8), name: "t.csv")
        return try #require(try reader.next())
    }

    @Test func wholeNumbersPastTheRangeAreNotNumbersRatherThanWrapped() throws {
        #expect(try Self.record("9223372036854775807").int64(0) == .max)
        #expect(try Self.record("-922337203685477580").int64(0) == -922_337_203_685_477_580)
        #expect(try Self.record("9223372036854775808").int64(0) == nil)
        #expect(try Self.record("9999999999999999999").int64(0) == nil)
        #expect(try Self.record("9999999999999999999").double(0) == 9_999_999_999_999_999_999.0)
    }

    @Test func aLongFieldIsNotParsedAsANumber() throws {
        let digits = String(repeating: "1", count: CSVRecord.longestNumber + 1)
        #expect(try Self.record(digits).double(0) == nil)
        #expect(try Self.record("0." + String(repeating: "5", count: 62)).double(0) != nil)
    }

    @Test func manyBlankLinesAreSkippedWithoutRecursion() throws {
        let text = "a,b\n" + String(repeating: "\n", count: 200_000) + "1,2\n"
        let reader = try CSVReader(bytes: Array(text.utf8), name: "t.csv")
        let record = try #require(try reader.next())
        #expect(record.fields == ["1", "2"])
        #expect(record.line == 200_002)
        #expect(try reader.next() == nil)
    }

    @Test func aFieldStartingWithAByteOrderMarkIsQuotedSoItReadsBack() throws {
        var bytes: [UInt8] = []
        CSVWriter.append("\u{FEFF}id", to: &bytes)
        #expect(bytes.first == UInt8(ascii: "\""))
        bytes.append(contentsOf: Array(",x\n1,2\n".utf8))
        #expect(try CSVReader(bytes: bytes, name: "t.csv").header == ["\u{FEFF}id", "x"])
    }
}
