import PlaceColumns
import PlaceModel
import PlacePack

/// Counts a selection's records (or the resident population) into groups, by base year.
struct SelectionCounter {
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

    /// Runs `plan`.
    func count(_ plan: CountPlan) throws -> GroupCounts {
        guard plan.source == .residents else { return try records([plan])[0] }
        let rule = try rule(plan)
        var counts = empty()
        // The residents counted once for every population plan, when the pass has them and the plan
        // has no person conditions; else counted for this plan.
        let residents =
            (rule.eligible == nil && rule.onset == nil ? self.residents : nil)
            ?? ResidentsByAge(
                persons: persons, layout: layout, periods: periods, eligible: rule.eligible, onset: rule.onset
            )
        residents.add(minAge: rule.minAge, maxAge: rule.maxAge, to: &counts)
        return counts
    }

    /// What `plan` asks of each person.
    func rule(_ plan: CountPlan) throws -> PersonRule {
        PersonRule(
            minAge: plan.minAge, maxAge: plan.maxAge, eligible: eligible(plan.person),
            onset: try plan.register.map(registerOnsets))
    }

    func empty() -> GroupCounts { GroupCounts(groupCount: layout.groups.count, baseCount: periods.baseCount) }

    /// Whether each person passes the person filters (sex, ethnic group), or nil when there are none.
    func eligible(_ filters: [Selection.Filter]) -> [Bool]? {
        guard !filters.isEmpty else { return nil }
        // A person attribute takes few values: each filter is evaluated once for each of them.
        let attributes = filters.map { PersonIndex.Attribute($0.column) }
        let passing = zip(filters, attributes).map { filter, attribute in
            attribute.values.map { FilterEvaluator.passes(filter, $0) }
        }
        return (0..<persons.birth.count).map { i in
            attributes.indices.allSatisfy { passing[$0][persons.attributeCode(i, attributes[$0])] }
        }
    }

    /// Earliest onset (yyyymmdd) per person on a register; Int32.max for persons not on it.
    func registerOnsets(_ register: String) throws -> [Int32] {
        var onsets = Array(repeating: Int32.max, count: persons.birth.count)
        let conditions = persons.columns.table("conditions")
        guard case .codes(let registers, let dictionary) = conditions["register"],
            let wanted = dictionary.firstIndex(of: register), case .days(let dates) = conditions["onset_date"]
        else { return onsets }
        let code = UInt32(wanted + 1)
        for row in 0..<conditions.count where registers[row] == code && dates[row] != Int32.min {
            let i = Int(conditions.person[row])
            guard i >= 0 else { continue }
            onsets[i] = min(onsets[i], DayNumbers.ymd(dates[row]))
        }
        return onsets
    }
}
