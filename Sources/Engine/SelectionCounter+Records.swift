import PlaceModel
import PlacePack
import Store

extension SelectionCounter {
    /// Counts the records of one table for several requests in a single pass over the table: each
    /// request's filters, ages, register and period are applied to each row as it streams by.
    func records(_ requests: [CountRequest]) throws -> [GroupCounts] {
        guard let table = requests.first?.selection.table, let schema = PlaceSchema.table(named: table) else {
            return []
        }
        var columns = [schema.index(of: "person_id") != nil ? "person_id" : "COALESCE(mother_person_id, child_person_id)"]
        func column(_ name: String) -> Int {
            if let found = columns.firstIndex(of: name) { return found }
            columns.append(name)
            return columns.count - 1
        }
        var tallies: [RecordTally] = []
        for request in requests {
            let compiled = try SelectionSQL(request.selection, years: periods.years)  // checks the definition
            let selection = request.selection
            tallies.append(
                RecordTally(
                    request: request, rule: try rule(selection),
                    periods: IndicatorPeriods(request.period, years: periods.years),
                    dateColumn: column(selection.date ?? ""),
                    filters: selection.filters.map { (column($0.column), $0) },
                    valueColumn: compiled.valueColumn.map { _ in column(Self.valueColumnName(selection.count)) },
                    persons: persons.birth.count, groups: layout.groups.count))
        }
        let dates = Set(tallies.map(\.dateColumn))
        var sql = "SELECT \(columns.joined(separator: ", ")) FROM \(table)"
        var arguments: [FieldValue] = []
        if dates.count == 1, let only = dates.first {
            sql += " WHERE \(columns[only]) BETWEEN ? AND ?"
            arguments = [.text("\(periods.years.lowerBound)-01-01"), .text("\(periods.years.upperBound + 1)-12-31")]
        }
        try store.scan(sql, arguments) { row in
            guard let id = row.int(0), let position = persons.position(id) else { return }
            let i = Int(position)
            for t in tallies.indices { tallies[t].take(row, person: i, persons, layout) }
        }
        return tallies.indices.map { tallies[$0].finish(persons, layout) }
    }

    /// The column a `sum` or `mean` count reads.
    static func valueColumnName(_ count: Selection.Count) -> String {
        switch count {
        case .sum(let c), .mean(let c): return c
        default: return ""
        }
    }
}
