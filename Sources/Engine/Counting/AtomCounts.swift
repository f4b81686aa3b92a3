/// Counts kept by each person's atoms (their LSOA, their practice, their sex and ethnic group)
/// instead of by every group they belong to: a record adds to three cells, not eleven, and the
/// groups are rolled up from the atoms once every record is counted (``rolledUp(_:)``).
struct AtomCounts {
    let baseCount: Int
    private let lsoaCount: Int
    private let practiceCount: Int
    private let sexEthnicCount: Int
    /// ((base × LSOAs) + LSOA) × slots + slot; likewise for practices and sex × ethnic group.
    private var lsoa: [Double]
    private var practice: [Double]
    private var sexEthnic: [Double]

    init(layout: GroupLayout, baseCount: Int) {
        self.baseCount = baseCount
        lsoaCount = layout.lsoaGroups.count
        practiceCount = layout.practiceGroups.count
        sexEthnicCount = layout.sexEthnicGroups.count
        lsoa = Array(repeating: 0, count: baseCount * lsoaCount * GroupCounts.slots)
        practice = Array(repeating: 0, count: baseCount * practiceCount * GroupCounts.slots)
        sexEthnic = Array(repeating: 0, count: baseCount * sexEthnicCount * GroupCounts.slots)
    }

    /// Adds one observation of person `i`, aged `age`, to their three atoms.
    @inline(__always)
    mutating func add(person i: Int, base: Int, age: Int, _ amount: Double, _ layout: GroupLayout) {
        let band = GroupCounts.band(age: age)
        let infant = age <= 0
        let slots = GroupCounts.slots
        layout.personAtoms.withUnsafeBufferPointer { atoms in
            let (l, k, s) = (Int(atoms[3 * i]), Int(atoms[3 * i + 1]), Int(atoms[3 * i + 2]))
            lsoa.withUnsafeMutableBufferPointer { v in
                let cell = (base * lsoaCount + l) * slots
                v[cell + band] += amount
                if infant { v[cell + GroupCounts.bands] += amount }
            }
            if k >= 0 {
                practice.withUnsafeMutableBufferPointer { v in
                    let cell = (base * practiceCount + k) * slots
                    v[cell + band] += amount
                    if infant { v[cell + GroupCounts.bands] += amount }
                }
            }
            sexEthnic.withUnsafeMutableBufferPointer { v in
                let cell = (base * sexEthnicCount + s) * slots
                v[cell + band] += amount
                if infant { v[cell + GroupCounts.bands] += amount }
            }
        }
    }

    /// The counts of every group: each atom's cells added to its groups, and the LSOAs' also to
    /// the age band groups (band b's slot b, and the under-ones' slot of band 0).
    func rolledUp(_ layout: GroupLayout) -> GroupCounts {
        var counts = GroupCounts(groupCount: layout.groups.count, baseCount: baseCount)
        let slots = GroupCounts.slots
        func roll(_ values: [Double], _ groups: [[Int]], ages: Bool) {
            for base in 0..<baseCount {
                for atom in groups.indices {
                    let cell = (base * groups.count + atom) * slots
                    for slot in 0..<slots where values[cell + slot] != 0 {
                        let amount = values[cell + slot]
                        for group in groups[atom] { counts.add(base: base, group: group, slot: slot, amount) }
                        guard ages else { continue }
                        let band = slot == GroupCounts.bands ? 0 : slot
                        counts.add(base: base, group: layout.ageStart + band, slot: slot, amount)
                    }
                }
            }
        }
        roll(lsoa, layout.lsoaGroups, ages: true)
        roll(practice, layout.practiceGroups, ages: false)
        roll(sexEthnic, layout.sexEthnicGroups, ages: false)
        return counts
    }
}
