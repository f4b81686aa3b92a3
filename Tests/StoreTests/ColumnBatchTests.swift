import Foundation
import PlaceModel
import Store
import Testing

/// The bulk reader (`scanColumns`) gives each column exactly what the row reader (`scan`) gives,
/// across batch boundaries, for NULLs, wrong types, empty text and dates that are not dates; and the
/// generic path (stores without a bulk reader of their own) gives the same as SQLite's own.
@Suite struct ColumnBatchTests {
    /// 5,000 rows (more than two batches) of every kind of column, with NULLs and wrong types.
    static let sql = """
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000)
        SELECT i,
          CASE i % 4 WHEN 0 THEN NULL WHEN 1 THEN '12' WHEN 2 THEN 3.0 ELSE 3.5 END,
          CASE WHEN i % 7 = 0 THEN NULL WHEN i % 7 = 1 THEN 'x' ELSE i * 0.5 END,
          CASE i % 6 WHEN 0 THEN NULL WHEN 1 THEN '2021-13-01' WHEN 2 THEN 20210101
            WHEN 3 THEN '2021-1-01' ELSE printf('%04d-%02d-%02d', 1990 + i % 30, 1 + i % 12, 1 + i % 28) END,
          CASE WHEN i % 5 = 0 THEN NULL WHEN i % 11 = 0 THEN '' WHEN i % 3 = 0 THEN 7
            ELSE 'code ' || (i % 13) END
        FROM n
        """
    static let kinds: [ColumnBatch.Kind] = [.integer, .integer, .real, .date, .text]

    /// One row as the batch reader should give it.
    struct Row: Equatable {
        var integers: [Int64] = []
        var reals: [Double] = []
        var date: Int32 = 0
        var text: [UInt8]?

        static func == (a: Row, b: Row) -> Bool {
            a.integers == b.integers && a.date == b.date && a.text == b.text
                && zip(a.reals, b.reals).allSatisfy { $0 == $1 || ($0.isNaN && $1.isNaN) }
        }
    }

    static func batchRows(_ store: any PlaceStore) throws -> [Row] {
        var rows: [Row] = []
        var batches = 0
        try store.scanColumns(sql, [], kinds: kinds) { batch in
            batches += 1
            let (lengths, bytes) = batch.texts(4)
            var offset = 0
            for r in 0..<batch.count {
                var row = Row(
                    integers: [batch.integers(0)[r], batch.integers(1)[r]], reals: [batch.reals(2)[r]],
                    date: batch.dates(3)[r])
                if lengths[r] >= 0 {
                    row.text = Array(bytes[offset..<(offset + Int(lengths[r]))])
                    offset += Int(lengths[r])
                }
                rows.append(row)
            }
            #expect(offset == bytes.count)
        }
        #expect(batches == 3)
        return rows
    }

    @Test func bulkReadEqualsTheRowReader() throws {
        let store = try SQLiteStore(path: ":memory:")
        var expected: [Row] = []
        try store.scan(Self.sql, []) { row in
            expected.append(
                Row(
                    integers: [row.int(0) ?? .min, row.int(1) ?? .min], reals: [row.real(2) ?? .nan],
                    date: row.ymd(3) ?? 0, text: row.withText(4) { $0.map(Array.init) }))
        }
        #expect(expected.count == 5_000)
        // Spot checks of the conversions themselves.
        #expect(expected[0].integers == [1, .min])  // '12' is text, not a whole number
        #expect(expected[1].integers[1] == 3)  // 3.0 is whole
        #expect(expected[2].integers[1] == .min)  // 3.5 is not
        #expect(expected[0].reals[0].isNaN)  // 'x'
        #expect(expected[3].date == 19_940_505)  // i = 4
        #expect(expected[0].date == 0 && expected[1].date == 0 && expected[2].date == 0)
        #expect(expected[4].text == nil)  // i = 5
        #expect(expected[10].text == [])  // i = 11
        #expect(expected[2].text == Array("7".utf8))  // i = 3: a number read as text
        #expect(try Self.batchRows(store) == expected)
        #expect(try Self.batchRows(RowOnlyStore(base: store)) == expected)
    }
}

/// A store that reads only row by row: the generic bulk-read path.
struct RowOnlyStore: PlaceStore {
    let base: SQLiteStore
    var location: String { base.location }
    func transaction<T>(_ body: (any BulkWriter) throws -> T) throws -> T { try base.transaction(body) }
    func query(_ sql: String, _ arguments: [FieldValue]) throws -> [[FieldValue]] {
        try base.query(sql, arguments)
    }
    func scan(_ sql: String, _ arguments: [FieldValue], _ body: (any StoredRow) throws -> Void) throws {
        try base.scan(sql, arguments, body)
    }
    func reader() throws -> any PlaceStore { try base.reader() }
    func personIDs() throws -> Set<Int64> { try base.personIDs() }
    func areaCodes(kind: String?) throws -> Set<String> { try base.areaCodes(kind: kind) }
    func dataset() throws -> [String: String] { try base.dataset() }
    func summary() throws -> StoreSummary { try base.summary() }
}
