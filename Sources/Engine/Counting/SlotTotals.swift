/// Totals by slot (a person in a base period) with the youngest age seen for each: an
/// open-addressing table, so that a rate's numerator variance sums each person's records without
/// sorting them.
struct SlotTotals {
    private var keys: [UInt64]
    private var totals: [Double]
    private var ages: [UInt8]
    private(set) var count = 0
    /// The last slot added to and where it is: records come mostly grouped by person, so most
    /// additions go to the slot before them and need no probe.
    private var last: (key: UInt64, at: Int) = (0, 0)

    init() {
        keys = Array(repeating: 0, count: 1 << 12)
        totals = Array(repeating: 0, count: 1 << 12)
        ages = Array(repeating: 0, count: 1 << 12)
    }

    /// Adds `value` to `slot`'s total, at `age` if younger than its ages so far.
    @inline(__always)
    mutating func add(_ slot: Int, age: UInt8, _ value: Double) {
        let key = UInt64(slot) &+ 1
        if key == last.key {
            totals[last.at] += value
            if age < ages[last.at] { ages[last.at] = age }
            return
        }
        let mask = keys.count - 1
        var s = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 24) & mask
        while keys[s] != 0 && keys[s] != key { s = (s + 1) & mask }
        if keys[s] == 0 {
            keys[s] = key
            ages[s] = age
            count += 1
        } else if age < ages[s] {
            ages[s] = age
        }
        totals[s] += value
        last = (key, s)
        if count * 2 > keys.count {
            grow()
            last = (0, 0)
        }
    }

    /// Calls `body` with each slot, its total and its youngest age.
    func forEach(_ body: (Int, Double, Int) -> Void) {
        for s in keys.indices where keys[s] != 0 { body(Int(keys[s] - 1), totals[s], Int(ages[s])) }
    }

    private mutating func grow() {
        let (oldKeys, oldTotals, oldAges) = (keys, totals, ages)
        let size = keys.count * 2
        keys = Array(repeating: 0, count: size)
        totals = Array(repeating: 0, count: size)
        ages = Array(repeating: 0, count: size)
        let mask = size - 1
        for k in oldKeys.indices where oldKeys[k] != 0 {
            var s = Int(truncatingIfNeeded: (oldKeys[k] &* 0x9E37_79B9_7F4A_7C15) >> 24) & mask
            while keys[s] != 0 { s = (s + 1) & mask }
            (keys[s], totals[s], ages[s]) = (oldKeys[k], oldTotals[k], oldAges[k])
        }
    }
}
