import PlaceModel
import Tabular

/// Turns a source record into a row of stored values, or says which field is wrong and why.
struct RowValidator: Sendable {
    let table: TableSchema
    let file: String
    /// For each schema column, its position in the source header.
    let sourceIndex: [Int]
    private let orders: [(earlier: Int, later: Int)]
    private let expected: Int

    init(table: TableSchema, header: [String], file: String) throws {
        self.table = table
        self.file = file
        let positions = Dictionary(
            header.enumerated().map { ($1.trimmingCharacters(), $0) }, uniquingKeysWith: { first, _ in first })
        let missing = table.columns.filter { positions[$0.name] == nil && !$0.optional }.map(\.name)
        guard missing.isEmpty else { throw LoadError.missingColumns(missing, file: file) }
        sourceIndex = table.columns.map { positions[$0.name] ?? -1 }
        expected = (sourceIndex.max() ?? -1) + 1
        orders = table.dateOrders.map { (table.index(of: $0.earlier)!, table.index(of: $0.later)!) }
    }

    /// The stored row for `record`, or the reason it is rejected.
    func validate(_ record: CSVRecord, references: ReferenceSets) -> Result<[FieldValue], QuarantinedRow> {
        if record.count < expected {
            let reason =
                record.endsWithoutNewline
                ? "truncated last line: \(record.count) of \(expected) fields"
                : "expected at least \(expected) fields, found \(record.count)"
            return .failure(reject(record, "(row)", "", reason))
        }
        var row: [FieldValue] = []
        row.reserveCapacity(table.columns.count)
        for position in 0..<table.columns.count {
            let column = table.columns[position]
            let source = sourceIndex[position]
            if source < 0 || record.isEmpty(source) {
                if column.optional {
                    row.append(.null)
                    continue
                }
                return .failure(reject(record, column.name, "", "a value is required"))
            }
            switch parse(column, record, source) {
            case .success(let value):
                if let problem = check(reference: column.references, value, references) {
                    return .failure(reject(record, column.name, record[source], problem))
                }
                row.append(value)
            case .failure(let invalid):
                return .failure(reject(record, column.name, record[source], invalid.reason))
            }
        }
        for (earlier, later) in orders {
            if case .date(let first) = row[earlier], case .date(let second) = row[later], second < first {
                let name = table.columns[later].name
                return .failure(
                    reject(record, name, second.description, "is before \(table.columns[earlier].name) \(first)"))
            }
        }
        return .success(row)
    }

    private func reject(_ record: CSVRecord, _ field: String, _ value: String, _ reason: String) -> QuarantinedRow {
        QuarantinedRow(file: file, line: record.line, field: field, value: value, reason: reason)
    }

    private func check(reference: Reference?, _ value: FieldValue, _ sets: ReferenceSets) -> String? {
        guard let reference else { return nil }
        switch value {
        case .int(let id):
            guard reference == .person else { return nil }
            return sets.persons.contains(id) ? nil : "no stored person has this identifier"
        case .text(let code):
            switch reference {
            case .lsoa: return sets.lsoas.contains(code) ? nil : "not an LSOA of the place"
            case .practice: return sets.practices.contains(code) ? nil : "not a GP practice of the place"
            case .area: return sets.areas.contains(code) ? nil : "not an area of the place"
            case .person: return nil
            }
        default:
            return nil
        }
    }
}

extension String {
    func trimmingCharacters() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
        while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
        return String(scalars)
    }
}
