import PlaceModel
import PlacePack
import Store

extension SelectionCounter {
    /// Counts the records of one table for several requests in a single pass over the table: each
    /// request's filters, ages, register and period are applied to each row as it streams by.
    /// `keys`: only the records whose integer key lies in this range (a share of a pass split
    /// between threads).
    func records(_ requests: [CountRequest], keys: ClosedRange<Int64>? = nil) throws -> [GroupCounts] {
        guard let table = requests.first?.selection.table, let schema = PlaceSchema.table(named: table) else {
            return []
        }
        var columns = [SelectionSQL.personColumn(schema)]
        func column(_ name: String) -> Int {
            if let found = columns.firstIndex(of: name) { return found }
            columns.append(name)
            return columns.count - 1
        }
        var tallies: [RecordTally] = []
        for request in requests {
            let checked = try SelectionSQL(request.selection)
            let selection = request.selection
            tallies.append(
                RecordTally(
                    request: request, rule: try rule(selection),
                    periods: IndicatorPeriods(request.period, years: periods.years),
                    dateColumn: column(selection.date ?? ""),
                    filters: selection.filters.map { (column($0.column), $0) },
                    valueColumn: checked.valueColumn.map(column),
                    persons: persons.birth.count, groups: layout.groups.count))
        }
        let dates = Set(tallies.map(\.dateColumn))
        var conditions: [String] = []
        var arguments: [FieldValue] = []
        if dates.count == 1, let only = dates.first {
            conditions.append("\(columns[only]) BETWEEN ? AND ?")
            arguments = [
                .text("\(periods.years.lowerBound)-01-01"), .text("\(periods.years.upperBound + 1)-12-31"),
            ]
        }
        if let keys, let key = schema.key.first {
            conditions.append("\(key) BETWEEN ? AND ?")
            arguments += [.int(keys.lowerBound), .int(keys.upperBound)]
        }
        // A column every request restricts to a list of codes: only rows with one of them are read
        // (for `latest` requests only the record kind, which chooses the records that compete).
        let latest = requests.contains { $0.selection.latest }
        for name in Set(requests.flatMap { $0.selection.filters.map(\.column) }).sorted()
        where !latest || name == "kind" {
            let lists = requests.map { r in
                r.selection.filters.first {
                    if case .oneOf = $0.condition { return $0.column == name } else { return false }
                }
            }
            guard lists.allSatisfy({ $0 != nil }),
                let column = schema.columns.first(where: { $0.name == name })
            else {
                continue
            }
            let codes = Set(
                lists.flatMap { f -> [String] in
                    if case .oneOf(let v) = f!.condition { return v } else { return [] }
                })
            let (clause, values) = try SelectionSQL.clause(
                Selection.Filter(column: name, condition: .oneOf(codes.sorted())), column,
                origin: requests[0].selection.origin)
            conditions.append(clause)
            arguments += values
        }
        let sql =
            "SELECT \(columns.joined(separator: ", ")) FROM \(table)"
            + (conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND "))
        let textColumns = Set(tallies.flatMap { $0.filters.map(\.0) }).sorted()
        var texts = [String?](repeating: nil, count: columns.count)
        try store.scan(sql, arguments) { row in
            guard let id = row.int(0), let position = persons.position(id) else { return }
            let i = Int(position)
            for c in textColumns { texts[c] = row.text(c) }
            for t in tallies.indices { tallies[t].take(row, texts, person: i, persons, layout) }
        }
        return tallies.indices.map { tallies[$0].finish(persons, layout) }
    }
}
