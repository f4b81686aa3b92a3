import PlaceModel
import PlacePack
import Store

/// Counts a selection's records (or the resident population) into a cube, by base year.
struct SelectionCounter {
    let store: any PlaceStore
    let persons: PersonIndex
    let periods: IndicatorPeriods

    func count(_ selection: Selection) throws -> Cube {
        let onsets = try selection.register.map(registerOnsets) ?? nil
        return selection.isPopulation
            ? population(selection, onsets: onsets) : try records(selection, onsets: onsets)
    }

    /// Earliest onset day per person index for a register.
    func registerOnsets(_ register: String) throws -> [Int32: Int32] {
        var onsets: [Int32: Int32] = [:]
        for row in try store.query(
            "SELECT person_id, onset_date FROM conditions WHERE register = ?", [.text(register)])
        {
            guard case .int(let id) = row[0], let i = persons.position[id], case .text(let text) = row[1],
                let day = CivilDate(iso: text)?.day
            else { continue }
            onsets[i] = min(onsets[i] ?? .max, day)
        }
        return onsets
    }

    func personPasses(_ i: Int, _ selection: Selection, on day: Int32, ymd: Int32, onsets: [Int32: Int32]?)
        -> Bool
    {
        if selection.minAge != nil || selection.maxAge != nil {
            let age = persons.age(i, onYMD: ymd)
            if let min = selection.minAge, age < min { return false }
            if let max = selection.maxAge, age > max { return false }
        }
        for filter in selection.person
        where !FilterEvaluator.passes(filter, persons.attribute(i, filter.column)) {
            return false
        }
        if let onsets, (onsets[Int32(i)] ?? .max) > day { return false }
        return true
    }

    func key(_ i: Int, base: Int, ymd: Int32) -> UInt64 {
        Cube.key(
            base: base, lsoa: persons.lsoa[i], practice: persons.practice[i], female: persons.female[i],
            ethnic: persons.ethnic[i], age: persons.age(i, onYMD: ymd))
    }

    /// Persons alive at the middle of each base year who pass the selection's conditions.
    func population(_ selection: Selection, onsets: [Int32: Int32]?) -> Cube {
        var cube = Cube()
        for base in 0..<periods.baseCount {
            let middle = periods.middle(ofBase: base)
            let ymd = PersonIndex.ymd(CivilDate(day: middle))
            for i in 0..<persons.birth.count where persons.birth[i] <= middle && persons.death[i] > middle {
                guard personPasses(i, selection, on: middle, ymd: ymd, onsets: onsets) else { continue }
                cube.add(key(i, base: base, ymd: ymd), 1)
            }
        }
        return cube
    }
}
