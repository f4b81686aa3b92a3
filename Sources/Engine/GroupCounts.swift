/// Counts (or sums) by base year, group and five-year age band, in one dense array.
struct GroupCounts {
    /// The number of age bands (ESP 2013: 0–4 … 85–89, 90+).
    static let bands = 19

    let groupCount: Int
    let baseCount: Int
    /// Index ((base × groupCount) + group) × bands + band.
    private(set) var values: [Double]

    init(groupCount: Int, baseCount: Int) {
        self.groupCount = groupCount
        self.baseCount = baseCount
        values = Array(repeating: 0, count: groupCount * baseCount * Self.bands)
    }

    /// The age band of an age in completed years.
    static func band(age: Int) -> Int { min(max(age, 0) / 5, bands - 1) }

    /// Adds one observation of person `i` to each of their groups.
    mutating func add(person i: Int, base: Int, band: Int, _ amount: Double, _ layout: GroupLayout) {
        let row = base * groupCount
        let start = i * layout.stride
        layout.personGroups.withUnsafeBufferPointer { groups in
            values.withUnsafeMutableBufferPointer { v in
                for s in start..<start + layout.stride {
                    let g = Int(groups[s])
                    if g >= 0 { v[(row + g) * Self.bands + band] += amount }
                }
                v[(row + layout.ageStart + band) * Self.bands + band] += amount
            }
        }
    }

    /// Adds an amount to one cell.
    mutating func add(base: Int, group: Int, band: Int, _ amount: Double) {
        values[(base * groupCount + group) * Self.bands + band] += amount
    }

    /// The values by band of `group`, summed over the base years `bases`.
    func bands(group: Int, bases: [Int]) -> [Double] {
        var out = Array(repeating: 0.0, count: Self.bands)
        for base in bases {
            let start = (base * groupCount + group) * Self.bands
            for band in 0..<Self.bands { out[band] += values[start + band] }
        }
        return out
    }
}
