import PlaceModel
import PlacePack
import Store

/// Counts a selection's records (or the resident population) into groups, by base year.
struct SelectionCounter {
    let store: any PlaceStore
    let persons: PersonIndex
    let layout: GroupLayout
    let periods: IndicatorPeriods
    /// Residents by single year of age for these periods, when counted already.
    var residents: ResidentsByAge? = nil

    /// What a selection asks of the person, worked out once per selection.
    struct PersonRule {
        let minAge: Int?
        let maxAge: Int?
        /// Whether each person passes the person filters (nil: no filters).
        let eligible: [Bool]?
        /// Each person's earliest onset on the selection's register, yyyymmdd (nil: no register).
        let onset: [Int32]?

        func passes(_ i: Int, ymd: Int32, _ persons: PersonIndex) -> Bool {
            if let eligible, !eligible[i] { return false }
            if let onset, onset[i] > ymd { return false }
            if minAge != nil || maxAge != nil {
                let age = persons.age(i, onYMD: ymd)
                if let minAge, age < minAge { return false }
                if let maxAge, age > maxAge { return false }
            }
            return true
        }
    }

    func count(_ request: CountRequest) throws -> GroupCounts {
        let selection = request.selection
        guard selection.isPopulation else { return try records([request])[0] }
        let rule = try rule(selection)
        if rule.eligible == nil, rule.onset == nil, let residents {
            var counts = empty()
            residents.add(minAge: rule.minAge, maxAge: rule.maxAge, to: &counts)
            return counts
        }
        return population(rule)
    }

    /// What `selection` asks of each person.
    func rule(_ selection: Selection) throws -> PersonRule {
        PersonRule(
            minAge: selection.minAge, maxAge: selection.maxAge, eligible: eligible(selection.person),
            onset: try selection.register.map(registerOnsets))
    }

    func empty() -> GroupCounts { GroupCounts(groupCount: layout.groups.count, baseCount: periods.baseCount) }

    /// Whether each person passes the person filters (sex, ethnic group), or nil when there are none.
    func eligible(_ filters: [Selection.Filter]) -> [Bool]? {
        guard !filters.isEmpty else { return nil }
        return (0..<persons.birth.count).map { i in
            filters.allSatisfy { FilterEvaluator.passes($0, persons.attribute(i, $0.column)) }
        }
    }

    /// Earliest onset (yyyymmdd) per person on a register; Int32.max for persons not on it.
    func registerOnsets(_ register: String) throws -> [Int32] {
        var onsets = Array(repeating: Int32.max, count: persons.birth.count)
        try store.scan("SELECT person_id, onset_date FROM conditions WHERE register = ?", [.text(register)]) {
            row in
            guard let id = row.int(0), let i = persons.position(id), let ymd = row.ymd(1) else { return }
            onsets[Int(i)] = min(onsets[Int(i)], ymd)
        }
        return onsets
    }

    /// Persons alive at the middle of each base year who pass the selection's conditions.
    func population(_ rule: PersonRule) -> GroupCounts {
        var counts = empty()
        for base in 0..<periods.baseCount {
            let middle = periods.middle(ofBase: base)
            let ymd = PersonIndex.ymd(CivilDate(day: middle))
            for i in 0..<persons.birth.count where persons.present(i, on: middle) {
                guard rule.passes(i, ymd: ymd, persons) else { continue }
                counts.add(
                    person: i, base: base, age: persons.age(i, onYMD: ymd), 1, layout)
            }
        }
        return counts
    }
}
