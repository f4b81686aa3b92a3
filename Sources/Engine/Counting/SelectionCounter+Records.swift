import PlaceColumns
import PlaceModel
import PlacePack

extension SelectionCounter {
    /// Runs several plans on one table in a single pass over the table's columns: each plan's
    /// filters, ages, register and period are applied to each row in turn. `rows`: only these rows
    /// (a share of a pass split between threads).
    func records(_ plans: [CountPlan], rows: Range<Int>? = nil) throws -> [GroupCounts] {
        guard let name = plans.first?.table else { return [] }
        let table = persons.columns.table(name)
        var tallies: [RecordTally] = []
        for plan in plans {
            guard case .records(_, let date) = plan.source,
                case .days(let dates) = table[date] ?? .days(ColumnBuffer())
            else {
                throw EngineError.badDefinition(name, "a plan reads no date column of \(name)")
            }
            let filters = plan.filters.compactMap { f in
                table[f.column].map { ColumnFilter(f, $0, ids: persons.columns.personIDs) }
            }
            tallies.append(
                RecordTally(
                    plan: plan, rule: try rule(plan),
                    periods: IndicatorPeriods(plan.period, years: periods.years),
                    dates: dates.count == table.count
                        ? dates : ColumnBuffer(Array(repeating: .min, count: table.count)),
                    filters: filters,
                    valueColumn: plan.valueColumn.flatMap { table[$0] }.map {
                        ColumnNumbers($0, ids: persons.columns.personIDs)
                    },
                    persons: persons.birth.count, layout: layout))
        }
        // Every tally's gate filters in one flat list (tally t's are `bounds[t]..<bounds[t + 1]`),
        // read as unretained references: the list keeps them alive, and the loop neither retains
        // nor releases anything per row.
        let gates = tallies.flatMap(\.gate)
        var bounds = [0]
        for tally in tallies { bounds.append(bounds[bounds.count - 1] + tally.gate.count) }
        let unretained = gates.map { Unmanaged.passUnretained($0) }
        let everyRow = rows ?? 0..<table.count
        // Through a buffer pointer, so that each tally is read and changed in place, never copied;
        // the table is kept alive while its person column is read through a raw pointer.
        // For per-person squares over the whole table: which persons' rows are all in one run
        // (records mostly come grouped by person), whose totals then need no table.
        var together: [Bool] = []
        if tallies.contains(where: \.clusters), everyRow == 0..<table.count {
            var runs = [UInt8](repeating: 0, count: persons.birth.count)
            var last: Int32 = -1
            for p in table.person.buffer {
                if p >= 0, p != last, runs[Int(p)] < 2 { runs[Int(p)] += 1 }
                last = p
            }
            together = runs.map { $0 <= 1 }
        }
        withExtendedLifetime((table, gates, together)) {
            let person = table.person.buffer
            together.withUnsafeBufferPointer { together in
                for t in tallies.indices where tallies[t].clusters && !together.isEmpty {
                    tallies[t].together = together
                }
                unretained.withUnsafeBufferPointer { filters in
                    bounds.withUnsafeBufferPointer { bounds in
                        tallies.withUnsafeMutableBufferPointer { tally in
                            for row in everyRow {
                                let i = Int(person[row])
                                guard i >= 0 else { continue }
                                next: for t in tally.indices {
                                    for k in bounds[t]..<bounds[t + 1] {
                                        guard filters[k]._withUnsafeGuaranteedRef({ $0.passes(row) }) else {
                                            continue next
                                        }
                                    }
                                    tally[t].take(row, person: i, persons, layout)
                                }
                            }
                        }
                    }
                }
                // The pointer is valid only in here.
                for t in tallies.indices { tallies[t].together = nil }
            }
        }
        return tallies.indices.map { tallies[$0].finish(persons, layout) }
    }
}
