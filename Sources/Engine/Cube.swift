/// Counts (or sums) by base year, home LSOA, practice, sex, ethnic group and five-year age band.
struct Cube {
    /// Packed key -> total.
    var values: [UInt64: Double] = [:]

    /// The key for one person-level observation: band bits 0-4, ethnic 5-7, female 8, practice 9-24,
    /// LSOA 25-40, base year from 41.
    static func key(base: Int, lsoa: Int16, practice: Int16, female: Bool, ethnic: UInt8, age: Int) -> UInt64
    {
        let band = UInt64(min(max(age, 0) / 5, 18))
        return UInt64(base) << 41 | UInt64(UInt16(bitPattern: lsoa)) << 25
            | UInt64(UInt16(bitPattern: practice &+ 1)) << 9 | (female ? 1 << 8 : 0) | UInt64(ethnic & 7) << 5
            | band
    }

    /// The parts of a key.
    static func parts(_ key: UInt64) -> (
        base: Int, lsoa: Int, practice: Int, female: Bool, ethnic: Int, band: Int
    ) {
        (
            Int(key >> 41), Int(key >> 25 & 0xFFFF), Int(key >> 9 & 0xFFFF) - 1, key >> 8 & 1 == 1,
            Int(key >> 5 & 7), Int(key & 31)
        )
    }

    mutating func add(_ key: UInt64, _ amount: Double) { values[key, default: 0] += amount }
}
