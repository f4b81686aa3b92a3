import PlaceColumns
import PlaceModel
import PlacePack

/// One request's running count during a shared pass over a table's records.
struct RecordTally {
    let request: CountRequest
    let rule: SelectionCounter.PersonRule
    let periods: IndicatorPeriods
    /// The selection's date column (day numbers).
    let dates: ColumnBuffer<Int32>
    /// The filters, compiled against their columns.
    let filters: [ColumnFilter]
    /// The column a `sum`, `mean` or bed-day count reads.
    let valueColumn: ColumnValues?
    let personCount: Int
    var counts: GroupCounts
    /// `persons` counts: whether (base, person) is counted already.
    var seen: [Bool]
    /// `latest`: per (base, person) slot, the latest record's date, whether it passes, its value.
    var latestYMD: [Int32]
    var latestPasses: [Bool]
    var latestValue: [Double]
    /// Squares of a rate's numerator: whether to keep them, and each contribution keyed by
    /// (base, person) and age, summed by (base, person) and squared once every row has been taken.
    /// Kept sparse (as many entries as contributions), not one slot for every person and period.
    let clusters: Bool
    var contributions: [(key: UInt64, value: Float)] = []

    init(
        request: CountRequest, rule: SelectionCounter.PersonRule, periods: IndicatorPeriods,
        dates: ColumnBuffer<Int32>, filters: [ColumnFilter], valueColumn: ColumnValues?, persons: Int,
        groups: Int
    ) {
        self.request = request
        self.rule = rule
        self.periods = periods
        self.dates = dates
        self.filters = filters
        self.valueColumn = valueColumn
        personCount = persons
        counts = GroupCounts(groupCount: groups, baseCount: periods.baseCount)
        let slots = persons * periods.baseCount
        seen = request.selection.count == .persons ? Array(repeating: false, count: slots) : []
        let latest = request.selection.latest
        latestYMD = Array(repeating: .min, count: latest ? slots : 0)
        latestPasses = Array(repeating: false, count: latest ? slots : 0)
        latestValue = Array(repeating: .nan, count: latest && valueColumn != nil ? slots : 0)
        clusters = request.clustersByPerson
    }

    /// Takes row `row` of the table, a record of person `i`.
    mutating func take(_ row: Int, person i: Int, _ persons: PersonIndex, _ layout: GroupLayout) {
        let day = dates[row]
        guard day != Int32.min else { return }
        let ymd = DayNumbers.ymd(day)
        guard let base = periods.base(ofYMD: ymd), rule.passes(i, ymd: ymd, persons) else { return }
        let latest = request.selection.latest
        // With `latest`, the record kind chooses which records compete; other conditions apply to the winner.
        for filter in filters where !latest || filter.filter.column == "kind" {
            guard filter.passes(row) else { return }
        }
        if case .bedDays = request.selection.count {
            addNights(i, from: ymd, to: valueColumn?.day(row).map(DayNumbers.ymd), persons, layout)
            return
        }
        let value = valueColumn?.number(row)
        if latest {
            let slot = base * personCount + i
            guard latestYMD[slot] <= ymd else { return }
            latestYMD[slot] = ymd
            latestPasses[slot] = filters.allSatisfy { filter in
                filter.filter.column == "kind" || filter.passes(row)
            }
            if !latestValue.isEmpty { latestValue[slot] = value ?? .nan }
            return
        }
        add(i, base, ymd, value, persons, layout)
    }

    /// The counts, once every row has been taken.
    mutating func finish(_ persons: PersonIndex, _ layout: GroupLayout) -> GroupCounts {
        for slot in latestPasses.indices where latestPasses[slot] {
            let value = latestValue.isEmpty || latestValue[slot].isNaN ? nil : latestValue[slot]
            add(slot % personCount, slot / personCount, latestYMD[slot], value, persons, layout)
        }
        // Sorted, a (base, person) slot's contributions are together, youngest age first: its total
        // squared goes to the age band of the person's first record in the period.
        contributions.sort { $0.key < $1.key }
        var k = 0
        while k < contributions.count {
            let first = contributions[k].key
            var total = 0.0
            while k < contributions.count, contributions[k].key >> 8 == first >> 8 {
                total += Double(contributions[k].value)
                k += 1
            }
            let slot = Int(first >> 8)
            counts.add(
                person: slot % personCount, base: slot / personCount, age: Int(first & 0xFF), total * total,
                layout)
        }
        contributions = []
        return counts
    }

    private mutating func add(
        _ i: Int, _ base: Int, _ ymd: Int32, _ value: Double?, _ persons: PersonIndex, _ layout: GroupLayout
    ) {
        let age = persons.age(i, onYMD: ymd)
        switch request.selection.count {
        case .records:
            contribute(i, base, age, 1, layout)
        case .persons:
            let slot = base * personCount + i
            guard !seen[slot] else { return }
            seen[slot] = true
            counts.add(person: i, base: base, age: age, 1, layout)
        case .sum, .mean:
            guard let value else { return }
            contribute(i, base, age, value, layout)
        case .bedDays:
            return  // counted night by night (addNights)
        }
    }

    /// Adds what a record (or a run of nights) brings: its value as the request transforms it, or
    /// for the squares of a rate's numerator, to the person's total in the period.
    private mutating func contribute(
        _ i: Int, _ base: Int, _ age: Int, _ value: Double, _ layout: GroupLayout
    ) {
        guard clusters else {
            counts.add(person: i, base: base, age: age, request.transform.apply(value), layout)
            return
        }
        let slot = UInt64(base * personCount + i)
        contributions.append((slot << 8 | UInt64(min(max(age, 0), 255)), Float(value)))
    }

    /// A stay's bed days: each night in hospital (the midnights from the admission date to the day
    /// before discharge, so a same-day stay has none, as occupied-bed counts at midnight have it),
    /// each in the period its date falls in, at the person's age that day. A stay not yet ended
    /// counts its nights to the end of the study years.
    private mutating func addNights(
        _ i: Int, from start: Int32, to end: Int32?, _ persons: PersonIndex, _ layout: GroupLayout
    ) {
        guard let first = CivilDate(ymd: start) else { return }
        let last =
            end.flatMap { CivilDate(ymd: $0) }?.day
            ?? CivilDate(year: periods.years.upperBound + 1, month: 12, day: 31)?.day ?? first.day
        // Nights in one period and one age band are one run, which adds its length (or its square).
        var run: (base: Int, age: Int, nights: Double)?
        func flush() {
            if let run { contribute(i, run.base, run.age, run.nights, layout) }
        }
        var night = first.day
        while night < last {
            let ymd = CivilDate(day: night).ymd
            if let base = periods.base(ofYMD: ymd) {
                let age = persons.age(i, onYMD: ymd)
                if let current = run, current.base == base,
                    GroupCounts.band(age: current.age) == GroupCounts.band(age: age),
                    (current.age <= 0) == (age <= 0)
                {
                    run?.nights += 1
                } else {
                    flush()
                    run = (base, age, 1)
                }
            }
            night += 1
        }
        flush()
    }
}
