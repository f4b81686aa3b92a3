/// Counts (or sums) by base year, group and age band, in one dense array.
///
/// Each cell holds the 19 five-year bands of ESP 2013 (0–4 … 85–89, 90+) and a 20th slot with the
/// under-ones alone (also counted in 0–4), which life tables need.
struct GroupCounts {
    /// The number of five-year age bands.
    static let bands = 19
    /// Slots per cell: the bands and the under-ones.
    static let slots = bands + 1

    let groupCount: Int
    let baseCount: Int
    /// Index ((base × groupCount) + group) × slots + slot.
    private(set) var values: [Double]

    init(groupCount: Int, baseCount: Int) {
        self.groupCount = groupCount
        self.baseCount = baseCount
        values = Array(repeating: 0, count: groupCount * baseCount * Self.slots)
    }

    /// The age band of an age in completed years.
    static func band(age: Int) -> Int { min(max(age, 0) / 5, bands - 1) }

    /// Adds an amount to one cell, for persons aged `age`.
    mutating func add(base: Int, group: Int, age: Int, _ amount: Double) {
        let cell = (base * groupCount + group) * Self.slots
        values[cell + Self.band(age: age)] += amount
        if age <= 0 { values[cell + Self.bands] += amount }
    }

    /// Adds an amount to one cell's age band `band`, and to its under-ones too when `infant`.
    mutating func add(base: Int, group: Int, band: Int, infant: Bool, _ amount: Double) {
        let cell = (base * groupCount + group) * Self.slots
        values[cell + band] += amount
        if infant { values[cell + Self.bands] += amount }
    }

    /// Adds an amount to one slot of one cell.
    mutating func add(base: Int, group: Int, slot: Int, _ amount: Double) {
        values[(base * groupCount + group) * Self.slots + slot] += amount
    }

    /// Adds another count of the same shape, cell by cell.
    mutating func add(_ other: GroupCounts) {
        for index in values.indices { values[index] += other.values[index] }
    }

    /// The slots of `group` (19 bands, then the under-ones), summed over the base years `bases`.
    func bands(group: Int, bases: [Int]) -> [Double] {
        var out = Array(repeating: 0.0, count: Self.slots)
        for base in bases {
            let start = (base * groupCount + group) * Self.slots
            for slot in 0..<Self.slots { out[slot] += values[start + slot] }
        }
        return out
    }
}
