import PlaceColumns
import PlaceModel
import PlacePack

/// One plan's running count during a shared pass over a table's records.
struct RecordTally {
    let plan: CountPlan
    let rule: SelectionCounter.PersonRule
    let periods: IndicatorPeriods
    /// The selection's date column (day numbers; the buffer keeps the memory the pointer reads).
    let dateColumn: ColumnBuffer<Int32>
    let dates: UnsafeBufferPointer<Int32>
    /// The filters, compiled against their columns.
    let filters: [ColumnFilter]
    /// The column a `sum`, `mean` or bed-day count reads.
    let valueColumn: ColumnNumbers?
    let personCount: Int
    /// The counts so far, by the persons' atoms.
    var counts: AtomCounts
    /// `persons` counts: per (base, person) slot, 1 + the youngest age (at most 254) among the
    /// person's records in the period so far (0: none), counted at the end.
    var youngest: [UInt8]
    /// `latest`: per (base, person) slot, 1 + the row of the latest record so far (0: none); whether
    /// it passes the other filters, and its value, are read from that row at the end.
    var latestRow: [Int32]
    /// Squares of a rate's numerator: whether to keep them, and each person's total in each base
    /// period (at the age of their youngest record in it), squared once every row has been taken.
    /// Kept sparse (as many entries as persons with records), not one slot for every person and period.
    let clusters: Bool
    var totals = SlotTotals()
    /// With `clusters`: whether each person's rows are all together in this pass (one run), so that
    /// their totals are complete when their run ends and need no table (nil: everything goes
    /// through `totals`). The pass that sets it keeps the memory alive while rows are taken.
    var together: UnsafeBufferPointer<Bool>? = nil
    /// The person whose run of rows is being taken, and their totals and 1 + youngest age (0: none)
    /// in each base period so far.
    private var run = -1
    private var runTotals: [Double] = []
    private var runAges: [UInt8] = []
    /// The plan's counting, worked out once (not read through the plan for every row).
    let latest: Bool
    let countsPersons: Bool
    let countsNights: Bool
    let countsValues: Bool
    /// What a record's value adds.
    enum Transform {
        case value, square, one
    }
    let transform: Transform
    /// With `latest`, the filters on the record kind (which choose the records that compete).
    let kindFilters: [ColumnFilter]
    /// With `latest`, the other filters (which apply to the record that wins).
    let otherFilters: [ColumnFilter]

    init(
        plan: CountPlan, rule: SelectionCounter.PersonRule, periods: IndicatorPeriods,
        dates: ColumnBuffer<Int32>, filters: [ColumnFilter], valueColumn: ColumnNumbers?, persons: Int,
        layout: GroupLayout
    ) {
        self.plan = plan
        self.rule = rule
        self.periods = periods
        dateColumn = dates
        self.dates = dates.buffer
        self.filters = filters
        self.valueColumn = valueColumn
        personCount = persons
        counts = AtomCounts(layout: layout, baseCount: periods.baseCount)
        let slots = persons * periods.baseCount
        youngest = plan.measure == .persons ? Array(repeating: 0, count: slots) : []
        latest = plan.latest
        latestRow = Array(repeating: 0, count: latest ? slots : 0)
        clusters = plan.squaredPerPerson
        countsPersons = plan.measure == .persons
        countsNights = plan.measure.isNights
        switch plan.measure {
        case .values: (countsValues, transform) = (true, .value)
        case .squares: (countsValues, transform) = (true, .square)
        case .present: (countsValues, transform) = (true, .one)
        default: (countsValues, transform) = (false, .value)
        }
        kindFilters = filters.filter { $0.filter.column == "kind" }
        otherFilters = filters.filter { $0.filter.column != "kind" }
    }

    /// The filters that decide whether a row is taken at all (with `latest`, those on the record
    /// kind), checked by the caller before ``take(_:person:_:_:)``.
    var gate: [ColumnFilter] { latest ? kindFilters : filters }

    /// Takes row `row` of the table, a record of person `i`, that passed the ``gate``.
    mutating func take(_ row: Int, person i: Int, _ persons: PersonIndex, _ layout: GroupLayout) {
        let day = dates[row]
        guard day != Int32.min else { return }
        guard let base = periods.base(ofDay: day) else { return }
        let ymd = DayNumbers.ymd(day)
        guard rule.passes(i, ymd: ymd, persons) else { return }
        if countsNights {
            addNights(i, from: day, to: valueColumn?.day(row), persons, layout)
            return
        }
        if latest {
            let slot = base * personCount + i
            let held = Int(latestRow[slot]) - 1
            // A later row with the same date wins, as the store's row order has it.
            guard held < 0 || dates[held] <= day else { return }
            latestRow[slot] = Int32(row + 1)
            return
        }
        add(i, base, ymd, valueColumn?.number(row), persons, layout)
    }

    /// With `latest`, whether row `row` passes the filters other than the record kind's.
    private func passesOthers(_ row: Int) -> Bool {
        for k in otherFilters.indices where !otherFilters[k].passes(row) { return false }
        return true
    }

    /// The counts, once every row has been taken.
    mutating func finish(_ persons: PersonIndex, _ layout: GroupLayout) -> GroupCounts {
        // Slot by slot, base period by base period (no division per slot), through buffers.
        let held = latestRow
        held.withUnsafeBufferPointer { held in
            for base in 0..<(held.isEmpty ? 0 : periods.baseCount) {
                let first = base * personCount
                for i in 0..<personCount where held[first + i] > 0 {
                    let row = Int(held[first + i]) - 1
                    guard passesOthers(row) else { continue }
                    add(i, base, DayNumbers.ymd(dates[row]), valueColumn?.number(row), persons, layout)
                }
            }
        }
        // Distinct persons, at their youngest age (after the latest records, which may add them).
        let ages = youngest
        ages.withUnsafeBufferPointer { ages in
            for base in 0..<(ages.isEmpty ? 0 : periods.baseCount) {
                let first = base * personCount
                for i in 0..<personCount where ages[first + i] > 0 {
                    counts.add(person: i, base: base, age: Int(ages[first + i]) - 1, 1, layout)
                }
            }
        }
        // Each (base, person) slot's total squared goes to the age band of the person's youngest
        // age among their records in the period.
        endRun(layout)
        totals.forEach { slot, total, age in
            counts.add(person: slot % personCount, base: slot / personCount, age: age, total * total, layout)
        }
        totals = SlotTotals()
        return counts.rolledUp(layout)
    }

    private mutating func add(
        _ i: Int, _ base: Int, _ ymd: Int32, _ value: Double?, _ persons: PersonIndex, _ layout: GroupLayout
    ) {
        let age = persons.age(i, onYMD: ymd)
        if countsPersons {
            let slot = base * personCount + i
            youngest[slot] = Self.younger(youngest[slot], age)
        } else if countsValues {
            guard let value else { return }
            contribute(i, base, age, value, layout)
        } else if !countsNights {
            contribute(i, base, age, 1, layout)
        }
    }

    /// Adds what a record (or a run of nights) brings: its value as the plan transforms it, or
    /// for the squares of a rate's numerator, to the person's total in the period.
    private mutating func contribute(
        _ i: Int, _ base: Int, _ age: Int, _ value: Double, _ layout: GroupLayout
    ) {
        guard clusters else {
            let amount: Double
            switch transform {
            case .value: amount = value
            case .square: amount = value * value
            case .one: amount = 1
            }
            counts.add(person: i, base: base, age: age, amount, layout)
            return
        }
        guard let together, together[i] else {
            totals.add(base * personCount + i, age: UInt8(min(max(age, 0), 255)), value)
            return
        }
        if i != run {
            endRun(layout)
            run = i
        }
        if runTotals.isEmpty {
            runTotals = Array(repeating: 0, count: periods.baseCount)
            runAges = Array(repeating: 0, count: periods.baseCount)
        }
        runTotals[base] += value
        runAges[base] = Self.younger(runAges[base], age)
    }

    /// A youngest-age mark (1 + the youngest age so far, at most 254; 0: none) after a row at `age`.
    @inline(__always)
    private static func younger(_ held: UInt8, _ age: Int) -> UInt8 {
        let mark = UInt8(min(max(age, 0), 254) + 1)
        return held == 0 || mark < held ? mark : held
    }

    /// Squares the totals of the person whose run of rows has ended, as ``finish(_:_:)`` squares
    /// the table's.
    private mutating func endRun(_ layout: GroupLayout) {
        guard run >= 0 else { return }
        for base in runAges.indices where runAges[base] > 0 {
            let total = runTotals[base]
            counts.add(person: run, base: base, age: Int(runAges[base]) - 1, total * total, layout)
            (runTotals[base], runAges[base]) = (0, 0)
        }
        run = -1
    }

    /// A stay's bed days: each night in hospital (the midnights from the admission date to the day
    /// before discharge, so a same-day stay has none, as occupied-bed counts at midnight have it),
    /// each in the period its date falls in, at the person's age that day. A stay not yet ended
    /// counts its nights to the end of the study years.
    private mutating func addNights(
        _ i: Int, from first: Int32, to end: Int32?, _ persons: PersonIndex, _ layout: GroupLayout
    ) {
        let last = end ?? periods.endDay
        // Nights in one period and one age band are one run, which adds its length (or its square).
        var run: (base: Int, age: Int, nights: Double)?
        func flush() {
            if let run { contribute(i, run.base, run.age, run.nights, layout) }
        }
        var night = first
        while night < last {
            if let base = periods.base(ofDay: night) {
                let ymd = DayNumbers.ymd(night)
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
