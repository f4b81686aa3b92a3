import PlaceModel
import PlacePack
import Store

extension SelectionCounter {
    /// Counts the records of a table selected in the study years.
    func records(_ selection: Selection, _ rule: PersonRule) throws -> GroupCounts {
        let compiled = try SelectionSQL(selection, years: periods.years)
        var counts = empty()
        // `persons`: whether (base, person) has been counted already.
        var seen = selection.count == .persons ? Array(repeating: false, count: persons.birth.count * periods.baseCount) : []
        // `latest`: per (base, person), the latest record's date, filter values and value.
        var latest: [Int: (ymd: Int32, filters: [String?], value: Double?)] = [:]
        try store.scan(compiled.sql, compiled.arguments) { row in
            guard let id = row.int(0), let position = persons.position(id), let ymd = row.ymd(1),
                let base = periods.base(ofYMD: ymd)
            else { return }
            let i = Int(position)
            guard rule.passes(i, ymd: ymd, persons) else { return }
            let value = compiled.valueColumn.flatMap { row.real($0) }
            if selection.latest {
                let slot = base * persons.birth.count + i
                if (latest[slot]?.ymd ?? .min) <= ymd {
                    latest[slot] = (ymd, compiled.swiftFilterColumns.map { row.text($0) }, value)
                }
                return
            }
            add(i, base, ymd, value, selection.count, &counts, &seen)
        }
        for (slot, entry) in latest {
            let passes = zip(selection.filters, entry.filters).allSatisfy { FilterEvaluator.passes($0, $1) }
            if passes {
                add(
                    slot % persons.birth.count, slot / persons.birth.count, entry.ymd, entry.value,
                    selection.count, &counts, &seen)
            }
        }
        return counts
    }

    private func add(
        _ i: Int, _ base: Int, _ ymd: Int32, _ value: Double?, _ count: Selection.Count,
        _ counts: inout GroupCounts, _ seen: inout [Bool]
    ) {
        let band = GroupCounts.band(age: persons.age(i, onYMD: ymd))
        switch count {
        case .records:
            counts.add(person: i, base: base, band: band, 1, layout)
        case .persons:
            let slot = base * persons.birth.count + i
            guard !seen[slot] else { return }
            seen[slot] = true
            counts.add(person: i, base: base, band: band, 1, layout)
        case .sum, .mean:
            guard let value else { return }
            counts.add(person: i, base: base, band: band, value, layout)
        }
    }
}
