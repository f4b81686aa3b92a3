import PlaceModel
import PlacePack
import Store

extension SelectionCounter {
    /// Counts the records of a table selected in the study years.
    func records(_ selection: Selection, _ rule: PersonRule, _ transform: CountRequest.Transform = .value) throws
        -> GroupCounts
    {
        let compiled = try SelectionSQL(selection, years: periods.years)
        var counts = empty()
        // `persons`: whether (base, person) has been counted already.
        var seen = selection.count == .persons ? Array(repeating: false, count: persons.birth.count * periods.baseCount) : []
        // `latest`: per (base, person) slot, the latest record's date, whether it passes the filters, and its value.
        let slots = selection.latest ? persons.birth.count * periods.baseCount : 0
        var latestYMD = Array(repeating: Int32.min, count: slots)
        var latestPasses = Array(repeating: false, count: slots)
        var latestValue = Array(repeating: Double.nan, count: compiled.valueColumn == nil ? 0 : slots)
        try store.scan(compiled.sql, compiled.arguments) { row in
            guard let id = row.int(0), let position = persons.position(id), let ymd = row.ymd(1),
                let base = periods.base(ofYMD: ymd)
            else { return }
            let i = Int(position)
            guard rule.passes(i, ymd: ymd, persons) else { return }
            let value = compiled.valueColumn.flatMap { row.real($0) }.map { transform.apply($0) }
            if selection.latest {
                let slot = base * persons.birth.count + i
                guard latestYMD[slot] <= ymd else { return }
                latestYMD[slot] = ymd
                latestPasses[slot] = zip(selection.filters, compiled.swiftFilterColumns).allSatisfy {
                    FilterEvaluator.passes($0, row.text($1))
                }
                if !latestValue.isEmpty { latestValue[slot] = value ?? .nan }
                return
            }
            add(i, base, ymd, value, selection.count, &counts, &seen)
        }
        for slot in 0..<slots where latestPasses[slot] {
            let value = latestValue.isEmpty || latestValue[slot].isNaN ? nil : latestValue[slot]
            add(
                slot % persons.birth.count, slot / persons.birth.count, latestYMD[slot], value, selection.count,
                &counts, &seen)
        }
        return counts
    }

    private func add(
        _ i: Int, _ base: Int, _ ymd: Int32, _ value: Double?, _ count: Selection.Count,
        _ counts: inout GroupCounts, _ seen: inout [Bool]
    ) {
        let age = persons.age(i, onYMD: ymd)
        switch count {
        case .records:
            counts.add(person: i, base: base, age: age, 1, layout)
        case .persons:
            let slot = base * persons.birth.count + i
            guard !seen[slot] else { return }
            seen[slot] = true
            counts.add(person: i, base: base, age: age, 1, layout)
        case .sum, .mean:
            guard let value else { return }
            counts.add(person: i, base: base, age: age, value, layout)
        }
    }
}
