import Foundation
import PlaceModel
import Tabular
import Testing
import TestSupport

@testable import Ingest
@testable import Store

/// Seeded random source files for the row validator: the corpus in Corpus/ (one file per table, named
/// after it), then mutations of it. Each row's fate is checked against ``RowOracle`` (issue 12).
@Suite struct RowValidatorFuzzTests {
    static let references = ReferenceSets(
        persons: [1, 2, 3], lsoas: ["L1"], practices: ["P1"], areas: ["W1", "L1", "P1"])
    static let tokens = [
        ",", "\"", "\n", "\r\n", " ", "2019-02-29", "2020-02-29", "1899-12-31", "2031-01-01", "1990-01-01",
        "0000-00-00", "-1", "0", "1", "2", "3", "3650", "3651", "1e12", "1e13", "-1e12", "1000.5",
        "emergency",
        "elective", "F", "M", "white", "COPD", "L1", "P1", "W1", "L9", String(repeating: "z", count: 17),
        String(repeating: "é", count: 65), "e\u{301}",
    ]

    /// The table a file is for: the one whose columns its header names most.
    static func table(for header: [String]) -> TableSchema {
        let names = Set(header.map { $0.trimmingCharacters(in: .whitespaces) })
        return PlaceSchema.tables.max { a, b in
            a.columns.filter { names.contains($0.name) }.count
                < b.columns.filter { names.contains($0.name) }.count
        } ?? PlaceSchema.admissions
    }

    /// The problem with how the validator treats `input`, if any.
    static func check(_ input: [UInt8]) -> String? {
        guard let reader = try? CSVReader(bytes: input, name: "fuzz.csv") else { return nil }
        let table = table(for: reader.header)
        let oracle = RowOracle(table: table, header: reader.header, references: references)
        var validator: RowValidator
        do {
            validator = try RowValidator(table: table, header: reader.header, file: "fuzz.csv")
        } catch {
            return oracle.missingColumn == nil ? "the header was refused: \(error)" : nil
        }
        if let missing = oracle.missingColumn { return "a header without \(missing) was accepted" }
        var batch = RowBatch(table: table)
        for _ in 0...input.count {
            let record: CSVRecord
            do {
                guard let next = try reader.next() else { return nil }
                record = next
            } catch { continue }
            let expected = oracle.judge(record)
            let before = batch.count
            if let rejection = validator.validate(record, references: references, into: &batch) {
                guard rejection.file == "fuzz.csv", rejection.line == record.line, batch.count == before,
                    batch.cellsInRow == 0
                else { return "line \(record.line): the rejection \(rejection.message) is not placed" }
                guard case .failure(let fault) = expected, fault.field == rejection.field else {
                    return
                        "line \(record.line): rejected (\(rejection.message)) but the oracle says \(expected)"
                }
            } else {
                guard case .success(let values) = expected else {
                    return "line \(record.line): accepted, but \(expected) breaks the schema"
                }
                guard batch.count == before + 1, stored(batch, row: before) == values else {
                    return "line \(record.line): stored \(stored(batch, row: before)), not \(values)"
                }
            }
        }
        return "the reader did not come to an end"
    }

    /// The values of row `row` of `batch`, as the store will bind them.
    static func stored(_ batch: RowBatch, row: Int) -> [FieldValue] {
        let width = batch.table.columns.count
        return (row * width..<min(batch.kinds.count, (row + 1) * width)).map { cell in
            let column = batch.table.columns[cell - row * width]
            let number = batch.numbers[cell]
            switch batch.kinds[cell] {
            case .null: return .null
            case .int: return .int(number)
            case .real: return .real(Double(bitPattern: UInt64(bitPattern: number)))
            case .text:
                let bytes = batch.bytes[Int(number >> 24)..<Int(number >> 24) + Int(number & 0xFF_FFFF)]
                if case .date = column.type, let date = CivilDate(iso: bytes) { return .date(date) }
                return .text(String(decoding: bytes, as: UTF8.self))
            }
        }
    }

    @Test(.timeLimit(.minutes(2))) func noBadRowIsAcceptedAndEveryRejectionIsPlaced() throws {
        let corpus = Bundle.module.url(forResource: "Corpus", withExtension: nil)
        let outcome = try FuzzRun.run(
            "row-validator", corpus: corpus, extension: "csv", tokens: Self.tokens, check: Self.check)
        #expect(outcome.passed, "\(outcome)")
    }
}
