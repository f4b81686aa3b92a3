import Testing

@testable import Tabular

@Suite struct CSVReaderTests {
    private func records(_ text: String, chunk: Int? = nil) throws -> (CSVReader, [CSVRecord]) {
        let reader = try CSVReader(bytes: Array(text.utf8), name: "t.csv")
        var out: [CSVRecord] = []
        while let record = try reader.next() { out.append(record) }
        return (reader, out)
    }

    @Test func readsHeaderAndFields() throws {
        let (reader, rows) = try records("a,b,c\n1,2,3\n4,,6\n")
        #expect(reader.header == ["a", "b", "c"])
        #expect(rows.map(\.fields) == [["1", "2", "3"], ["4", "", "6"]])
        #expect(rows.map(\.line) == [2, 3])
        #expect(rows[1].isEmpty(1))
        #expect(rows[0].int64(2) == 3)
    }

    @Test func skipsByteOrderMarkAndHandlesCRLF() throws {
        let (reader, rows) = try records("\u{FEFF}id,name\r\n1,x\r\n2,y\r\n")
        #expect(reader.header == ["id", "name"])
        #expect(rows.map(\.fields) == [["1", "x"], ["2", "y"]])
    }

    @Test func quotedFieldsWithCommasQuotesAndNewlines() throws {
        let (_, rows) = try records("a,b\n\"x, y\",\"he said \"\"hi\"\"\"\n\"two\nlines\",z\n3,4\n")
        #expect(rows[0].fields == ["x, y", "he said \"hi\""])
        #expect(rows[1].fields == ["two\nlines", "z"])
        #expect(rows.map(\.line) == [2, 3, 5])
    }

    @Test func emptyLinesAreSkippedButCounted() throws {
        let (_, rows) = try records("a\n\n1\n\r\n2\n")
        #expect(rows.map(\.fields) == [["1"], ["2"]])
        #expect(rows.map(\.line) == [3, 5])
    }

    @Test func lastLineWithoutNewlineIsFlagged() throws {
        let (_, rows) = try records("a,b\n1,2\n3")
        #expect(rows.last?.fields == ["3"])
        #expect(rows.last?.endsWithoutNewline == true)
        #expect(rows.first?.endsWithoutNewline == false)
    }

    @Test func trailingCommaAtEndOfFileGivesEmptyField() throws {
        let (_, rows) = try records("a,b\n1,")
        #expect(rows.first?.fields == ["1", ""])
    }

    @Test func unterminatedQuoteAtEndIsReportedNotCrashed() throws {
        let reader = try CSVReader(bytes: Array("a,b\n1,2\n3,\"open".utf8), name: "t.csv")
        #expect(try reader.next()?.fields == ["1", "2"])
        let error = #expect(throws: CSVError.self) { try reader.next() }
        #expect(error?.line == 3)
        #expect(error?.isTruncation == true)
        #expect(error?.description.contains("t.csv:3") == true)
        #expect(try reader.next() == nil)
    }

    @Test func textAfterClosingQuoteIsAnErrorAndReadingGoesOn() throws {
        let reader = try CSVReader(bytes: Array("a,b\n\"x\"y,1\n2,3\n".utf8), name: "t.csv")
        let error = #expect(throws: CSVError.self) { try reader.next() }
        #expect(error?.line == 2)
        #expect(try reader.next()?.fields == ["2", "3"])
    }

    @Test func emptyFileIsAnError() {
        #expect(throws: CSVError.self) { try CSVReader(bytes: [], name: "e.csv") }
    }

    @Test func numbersParse() throws {
        let (_, rows) = try records("n\n-12\n+7\n1.5\nabc\n\n99999999999999999999\n")
        #expect(rows.map { $0.int64(0) } == [-12, 7, nil, nil, nil])
        #expect(rows.map { $0.double(0) } == [-12, 7, 1.5, nil, 1e20])
    }
}

/// A stray quote that swallows the rest of the file is not a truncated last line (issue 12, item 1).
@Suite struct StrayQuoteTests {
    @Test func aQuoteThatSwallowsLinesIsNotATruncation() throws {
        let reader = try CSVReader(bytes: Array("a,b\n1,2\n3,\"x\n4,5\n6,7\n".utf8), name: "t.csv")
        #expect(try reader.next()?.fields == ["1", "2"])
        let error = #expect(throws: CSVError.self) { try reader.next() }
        #expect(error?.line == 3)
        #expect(error?.isTruncation == false)
        #expect(error?.swallowedLines == 3)
        #expect(error?.description.contains("swallowing lines 3 to 6") == true)
    }
}
