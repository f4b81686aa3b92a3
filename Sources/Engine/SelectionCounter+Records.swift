import PlaceModel
import PlacePack
import Store

extension SelectionCounter {
    /// Counts the records of a table selected in the study years.
    func records(_ selection: Selection, onsets: [Int32: Int32]?) throws -> Cube {
        let compiled = try SelectionSQL(selection, years: periods.years)
        let rows = try store.query(compiled.sql, compiled.arguments)
        var cube = Cube()
        var seen = Set<UInt64>()
        // For `latest`: per (base, person), the latest row.
        var latest: [UInt64: (day: Int32, row: [FieldValue])] = [:]
        for row in rows {
            guard case .int(let id) = row[0], let position = persons.position[id], case .text(let text) = row[1],
                let day = CivilDate(iso: text)?.day, let base = periods.base(of: day)
            else { continue }
            let i = Int(position)
            guard personPasses(i, selection, on: day, onsets: onsets) else { continue }
            if selection.latest {
                let slot = UInt64(base) << 32 | UInt64(position)
                if (latest[slot]?.day ?? .min) <= day { latest[slot] = (day, row) }
                continue
            }
            add(row, i, base, day, selection, compiled, &cube, &seen)
        }
        for (slot, entry) in latest {
            let base = Int(slot >> 32)
            let i = Int(slot & 0xFFFF_FFFF)
            let passes = zip(selection.filters, compiled.swiftFilterColumns).allSatisfy { filter, column in
                FilterEvaluator.passes(filter, entry.row[column].textValue)
            }
            if passes { add(entry.row, i, base, entry.day, selection, compiled, &cube, &seen) }
        }
        return cube
    }

    private func add(
        _ row: [FieldValue], _ i: Int, _ base: Int, _ day: Int32, _ selection: Selection, _ compiled: SelectionSQL,
        _ cube: inout Cube, _ seen: inout Set<UInt64>
    ) {
        switch selection.count {
        case .records:
            cube.add(key(i, base: base, on: day), 1)
        case .persons:
            guard seen.insert(UInt64(base) << 32 | UInt64(i)).inserted else { return }
            cube.add(key(i, base: base, on: day), 1)
        case .sum, .mean:
            guard let column = compiled.valueColumn, let value = row[column].number
            else { return }
            cube.add(key(i, base: base, on: day), value)
        }
    }
}
