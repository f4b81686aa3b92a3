import Ingest
import PlaceModel
import Tabular

/// An independent reading of the data model's rules, to judge what the validator does with a row:
/// the value each column should store, or the first field at fault.
struct RowOracle {
    let table: TableSchema
    let references: ReferenceSets
    /// For each column, its position in the header (trimmed of spaces and tabs), or nil.
    let positions: [Int?]

    init(table: TableSchema, header: [String], references: ReferenceSets) {
        self.table = table
        self.references = references
        let trimmed = header.map { name in
            String(
                name.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
        }
        positions = table.columns.map { trimmed.firstIndex(of: $0.name) }
    }

    /// A column the header lacks that a row must have.
    var missingColumn: String? {
        zip(table.columns, positions).first { !$0.optional && $1 == nil }?.0.name
    }

    /// The values the row should store, or the field at fault (`(row)` for too few fields).
    func judge(_ record: CSVRecord) -> Result<[FieldValue], Fault> {
        let needed = (positions.compactMap { $0 }.max() ?? -1) + 1
        guard record.count >= needed else { return .failure(Fault(field: "(row)")) }
        var values: [FieldValue] = []
        for (column, position) in zip(table.columns, positions) {
            let raw = position.map { record.withBytes($0) { Array($0) } } ?? []
            guard !raw.isEmpty else {
                guard column.optional else { return .failure(Fault(field: column.name)) }
                values.append(.null)
                continue
            }
            guard let value = value(column, raw) else { return .failure(Fault(field: column.name)) }
            values.append(value)
        }
        for rule in table.codeLists {
            let coded = values[table.index(of: rule.column)!]
            guard case .text(let code) = coded else { continue }
            guard case .text(let kind) = values[table.index(of: rule.kind)!],
                rule.codes[kind, default: []].contains(code)
            else { return .failure(Fault(field: rule.column)) }
        }
        for order in table.dateOrders {
            let earlier = values[table.index(of: order.earlier)!]
            let later = values[table.index(of: order.later)!]
            if case .date(let first) = earlier, case .date(let second) = later, second < first {
                return .failure(Fault(field: order.later))
            }
        }
        return .success(values)
    }

    /// A field at fault.
    struct Fault: Error, Equatable { let field: String }

    /// The value `raw` should store in `column`, or nil when it breaks the column's rules.
    func value(_ column: Column, _ raw: [UInt8]) -> FieldValue? {
        let text = String(decoding: raw, as: UTF8.self)
        switch column.type {
        case .integer(let range):
            // Whole numbers of up to 19 characters (the reader's documented limit).
            guard raw.count <= 19, let number = Int64(text), range.contains(number) else { return nil }
            if column.references == .person, !references.persons.contains(number) { return nil }
            return .int(number)
        case .flag:
            guard raw.count <= 19, let number = Int64(text), number == 0 || number == 1 else { return nil }
            return .int(number)
        case .real(let range):
            guard raw.count <= CSVRecord.longestNumber, let number = Double(text), number.isFinite,
                range.contains(number)
            else { return nil }
            return .real(number)
        case .date(let years):
            guard let date = Self.date(raw), years.contains(date.year) else { return nil }
            return .date(date)
        case .code(let codes):
            return codes.contains(text) && Array(text.utf8) == raw ? .text(text) : nil
        case .text(let maxLength):
            // Valid UTF-8 with no NUL and no control character but tab, line feed and return.
            guard String(validating: raw, as: UTF8.self) != nil,
                !raw.contains(where: { ($0 < 0x20 && ![0x09, 0x0A, 0x0D].contains($0)) || $0 == 0x7F }),
                text.count <= maxLength
            else { return nil }
            switch column.references {
            case .lsoa?: guard references.lsoas.contains(text) else { return nil }
            case .practice?: guard references.practices.contains(text) else { return nil }
            case .area?: guard references.areas.contains(text) else { return nil }
            case .person?, nil: break
            }
            return .text(text)
        }
    }

    /// `YYYY-MM-DD`, a day that exists.
    static func date(_ raw: [UInt8]) -> CivilDate? {
        let digits = [0, 1, 2, 3, 5, 6, 8, 9]
        guard raw.count == 10, raw[4] == 0x2D, raw[7] == 0x2D,
            digits.allSatisfy({ (0x30...0x39).contains(raw[$0]) })
        else { return nil }
        let number = { (range: Range<Int>) in range.reduce(0) { $0 * 10 + Int(raw[$1] - 0x30) } }
        let (year, month, day) = (number(0..<4), number(5..<7), number(8..<10))
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard (1...12).contains(month), (1...lengths[month - 1]).contains(day) else { return nil }
        return CivilDate(year: year, month: month, day: day)
    }
}
