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
        var latest: [UInt64: (day: Int32, ymd: Int32, row: [FieldValue])] = [:]
        for row in rows {
            guard case .int(let id) = row[0], let position = persons.position[id],
                case .text(let text) = row[1],
                let date = CivilDate(iso: text), let base = periods.base(of: date.day)
            else { continue }
            let i = Int(position)
            let ymd = PersonIndex.ymd(date)
            guard personPasses(i, selection, on: date.day, ymd: ymd, onsets: onsets) else { continue }
            if selection.latest {
                let slot = UInt64(base) << 32 | UInt64(position)
                if (latest[slot]?.day ?? .min) <= date.day { latest[slot] = (date.day, ymd, row) }
                continue
            }
            add(row, i, base, ymd, selection, compiled, &cube, &seen)
        }
        for (slot, entry) in latest {
            let base = Int(slot >> 32)
            let i = Int(slot & 0xFFFF_FFFF)
            let passes = zip(selection.filters, compiled.swiftFilterColumns).allSatisfy { filter, column in
                FilterEvaluator.passes(filter, entry.row[column].textValue)
            }
            if passes { add(entry.row, i, base, entry.ymd, selection, compiled, &cube, &seen) }
        }
        return cube
    }

    private func add(
        _ row: [FieldValue], _ i: Int, _ base: Int, _ ymd: Int32, _ selection: Selection,
        _ compiled: SelectionSQL,
        _ cube: inout Cube, _ seen: inout Set<UInt64>
    ) {
        switch selection.count {
        case .records:
            cube.add(key(i, base: base, ymd: ymd), 1)
        case .persons:
            guard seen.insert(UInt64(base) << 32 | UInt64(i)).inserted else { return }
            cube.add(key(i, base: base, ymd: ymd), 1)
        case .sum, .mean:
            guard let column = compiled.valueColumn, let value = row[column].number
            else { return }
            cube.add(key(i, base: base, ymd: ymd), value)
        }
    }
}
