import PlaceModel
import Store
import Tabular

/// Checks a source record field by field and appends its values to a batch, or says which field is
/// wrong and why.
struct RowValidator: Sendable {
    let table: TableSchema
    let file: String
    /// For each schema column, its position in the source header (-1 when absent).
    let sourceIndex: [Int]
    private let orders: [(earlier: Int, later: Int)]
    /// Code lists chosen by another column: (coded column, kind column, rule).
    private let codeLists: [(coded: Int, kind: Int, rule: CodeListByKind)]
    private let expected: Int
    /// Dates parsed in the current row, by column position (scratch, reused).
    private var days: [Int32?]

    init(table: TableSchema, header: [String], file: String) throws {
        self.table = table
        self.file = file
        let positions = Dictionary(
            header.enumerated().map { ($1.trimmingCharacters(), $0) }, uniquingKeysWith: { first, _ in first }
        )
        let missing = table.columns.filter { positions[$0.name] == nil && !$0.optional }.map(\.name)
        guard missing.isEmpty else { throw LoadError.missingColumns(missing, file: file) }
        sourceIndex = table.columns.map { positions[$0.name] ?? -1 }
        expected = (sourceIndex.max() ?? -1) + 1
        orders = table.dateOrders.map { (table.index(of: $0.earlier)!, table.index(of: $0.later)!) }
        codeLists = table.codeLists.map { (table.index(of: $0.column)!, table.index(of: $0.kind)!, $0) }
        days = Array(repeating: nil, count: table.columns.count)
    }

    /// Appends `record`'s row to `batch`, or leaves the batch as it was and returns the rejection.
    mutating func validate(_ record: CSVRecord, references: ReferenceSets, into batch: inout RowBatch)
        -> QuarantinedRow?
    {
        if record.count < expected {
            let reason =
                record.endsWithoutNewline
                ? "truncated last line: \(record.count) of \(expected) fields"
                : "expected at least \(expected) fields, found \(record.count)"
            return reject(record, "(row)", "", reason)
        }
        for position in 0..<table.columns.count {
            let column = table.columns[position]
            let source = sourceIndex[position]
            days[position] = nil
            if source < 0 || record.isEmpty(source) {
                guard column.optional else {
                    batch.discardRow()
                    return reject(record, column.name, "", "a value is required")
                }
                batch.appendNull()
                continue
            }
            if let problem = append(column, position, record, source, references, &batch) {
                batch.discardRow()
                return reject(record, column.name, record[source], problem)
            }
        }
        for (coded, kind, rule) in codeLists {
            let source = sourceIndex[coded]
            guard source >= 0, !record.isEmpty(source) else { continue }
            let allowed = rule.codes[record[sourceIndex[kind]]] ?? []
            if !allowed.contains(record[source]) {
                batch.discardRow()
                let lists = rule.codes.sorted { $0.key < $1.key }
                    .map { "\($0.key): \($0.value.joined(separator: ", "))" }.joined(separator: "; ")
                return reject(
                    record, rule.column, record[source],
                    "not a code allowed for the row's \(rule.kind) (\(lists); other kinds: none)")
            }
        }
        for (earlier, later) in orders {
            if let first = days[earlier], let second = days[later], second < first {
                batch.discardRow()
                let name = table.columns[later].name
                return reject(
                    record, name, CivilDate(day: second).description,
                    "is before \(table.columns[earlier].name) (reasons name fields, never their values)")
            }
        }
        batch.endRow()
        return nil
    }

    mutating func setDay(_ position: Int, _ day: Int32) { days[position] = day }

    private func reject(_ record: CSVRecord, _ field: String, _ value: String, _ reason: String)
        -> QuarantinedRow
    {
        QuarantinedRow(file: file, line: record.line, field: field, value: value, reason: reason)
    }

    func check(reference: Reference, code: String, _ sets: ReferenceSets) -> String? {
        switch reference {
        case .lsoa: return sets.lsoas.contains(code) ? nil : "not an LSOA of the place"
        case .practice: return sets.practices.contains(code) ? nil : "not a GP practice of the place"
        case .area: return sets.areas.contains(code) ? nil : "not an area of the place"
        case .person: return nil
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
