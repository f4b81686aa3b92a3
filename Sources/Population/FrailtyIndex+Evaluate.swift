extension FrailtyIndex {
    /// The deficits person `i` has on `day` (bit `k` = deficit `k` of ``deficits``).
    public static func deficits(of i: Int, in data: PopulationData, on day: Int32) -> UInt64 {
        var bits: UInt64 = 0
        let conditions = data.events(.condition)
        for r in conditions.range(i) {
            if conditions.date[r] > day { break }
            let c = Int(conditions.code[r])
            if c < registerDeficit.count, registerDeficit[c] >= 0 { bits |= 1 << UInt64(registerDeficit[c]) }
        }
        let problems = data.events(.problem)
        for r in problems.range(i) {
            if problems.date[r] > day { break }
            let c = Int(problems.code[r])
            if c < problemDeficit.count, problemDeficit[c] >= 0 { bits |= 1 << UInt64(problemDeficit[c]) }
        }
        if medicineGroups(of: i, in: data, on: day).nonzeroBitCount >= polypharmacyGroups {
            bits |= 1 << UInt64(polypharmacyDeficit)
        }
        if needsCare(i, in: data, on: day) { bits |= 1 << UInt64(careDeficit) }
        return bits
    }

    /// The medicine groups (bit per group) prescribed to person `i` in the 12 months to `day`: a
    /// course or repeat running at some time in that year.
    public static func medicineGroups(of i: Int, in data: PopulationData, on day: Int32) -> UInt32 {
        let medications = data.events(.medication)
        let yearAgo = day - 365
        var groups: UInt32 = 0
        for r in medications.range(i) {
            if medications.date[r] > day { break }
            if medications.end[r] >= yearAgo, medications.code[r] < 32 {
                groups |= 1 << UInt32(medications.code[r])
            }
        }
        return groups
    }

    /// Whether person `i` receives care on `day`: a social care package running, or a permanent
    /// care home admission on or before it.
    public static func needsCare(_ i: Int, in data: PopulationData, on day: Int32) -> Bool {
        let packages = data.events(.carePackage)
        for r in packages.range(i) {
            if packages.date[r] > day { break }
            if packages.end[r] >= day { return true }
        }
        return livesInCareHome(i, in: data, on: day)
    }

    /// Whether person `i` has a permanent care home admission on or before `day`.
    public static func livesInCareHome(_ i: Int, in data: PopulationData, on day: Int32) -> Bool {
        let homes = data.events(.careHomeAdmission)
        for r in homes.range(i) {
            if homes.date[r] > day { break }
            if homes.flags[r] & 1 != 0 { return true }
        }
        return false
    }
}
