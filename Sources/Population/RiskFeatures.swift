/// The features of the emergency admission risk model: what a GP practice holds about a person
/// on the index date (age, sex, deprivation of the home, registers, frailty, the previous year's
/// hospital use, social care). Ethnic group is not a feature; the report shows fairness by it.
public enum RiskFeatures {
    /// The version of this feature set, stored with every model.
    public static let version = "features-v1"
    /// The youngest age scored.
    public static let minimumAge = 18

    /// Feature names, by design column (column 0 is the intercept).
    public static let names: [String] =
        ["intercept"] + ageBands.map { "age_\($0.lowerBound)_\($0.upperBound)" }
        + ["female", "deprivation"] + PopulationCodes.registers.map { "register_\($0.lowercased())" }
        + [
            "conditions_2_plus", "conditions_4_plus", "frailty_mild", "frailty_moderate", "frailty_severe",
            "emergency_admissions_12m", "any_emergency_admission_12m", "any_emergency_admission_12_24m",
            "ae_attendances_12m", "any_elective_admission_12m", "care_package", "care_home", "current_smoker",
            "mha_detention_24m",
        ]

    /// Age bands with their own coefficient (18-29 is the reference).
    static let ageBands: [ClosedRange<Int>] = [30...44, 45...59, 60...69, 70...79, 80...89, 90...120]
    private static let afterRegisters = 1 + ageBands.count + 2 + PopulationCodes.registers.count

    /// Whether person `i` is scored on the snapshot's date: present and an adult.
    @inline(__always)
    public static func isEligible(_ i: Int, _ snapshot: PopulationSnapshot) -> Bool {
        snapshot.age[i] >= minimumAge
    }

    /// Person `i`'s non-zero features (column, value) on the snapshot's date.
    public static func entries(of i: Int, in data: PopulationData, snapshot: PopulationSnapshot) -> [(
        Int, Double
    )] {
        let day = snapshot.date.day
        let age = Int(snapshot.age[i])
        var x: [(Int, Double)] = [(0, 1)]
        if let band = ageBands.firstIndex(where: { $0.contains(age) }) { x.append((1 + band, 1)) }
        if data.female[i] { x.append((1 + ageBands.count, 1)) }
        let decile = data.decile(i)
        if decile > 0 { x.append((2 + ageBands.count, Double(10 - decile) / 9)) }
        let conditions = data.events(.condition)
        var seen: UInt32 = 0
        for r in conditions.range(i) {
            if conditions.date[r] > day { break }
            seen |= 1 << UInt32(conditions.code[r] & 31)
        }
        for c in 0..<PopulationCodes.registers.count where seen & (1 << UInt32(c)) != 0 {
            x.append((3 + ageBands.count + c, 1))
        }
        var k = afterRegisters
        let ltc = Int(snapshot.longTermConditions[i])
        if ltc >= 2 { x.append((k, 1)) }
        if ltc >= 4 { x.append((k + 1, 1)) }
        k += 2
        if let frailty = snapshot.frailtyOf(i), frailty != .fit { x.append((k + frailty.rawValue - 1, 1)) }
        k += 3
        let emergency = data.events(.emergencyAdmission)
        let recent = emergency.count(i, from: day - 364, to: day)
        if recent > 0 {
            x.append((k, Double(min(recent, 5))))
            x.append((k + 1, 1))
        }
        if emergency.count(i, from: day - 729, to: day - 365) > 0 { x.append((k + 2, 1)) }
        let ae = data.events(.aeAttendance).count(i, from: day - 364, to: day)
        if ae > 0 { x.append((k + 3, Double(min(ae, 10)))) }
        if data.events(.electiveAdmission).count(i, from: day - 364, to: day) > 0 { x.append((k + 4, 1)) }
        if FrailtyIndex.needsCare(i, in: data, on: day) { x.append((k + 5, 1)) }
        if FrailtyIndex.livesInCareHome(i, in: data, on: day) { x.append((k + 6, 1)) }
        if smoking(of: i, in: data, on: day) == 2 { x.append((k + 7, 1)) }
        if data.events(.detention).count(i, from: day - 729, to: day) > 0 { x.append((k + 8, 1)) }
        return x
    }

    /// The latest recorded smoking status on or before `day` (0 never, 1 ex, 2 current), if any.
    public static func smoking(of i: Int, in data: PopulationData, on day: Int32) -> UInt8? {
        let records = data.events(.smokingStatus)
        var status: UInt8?
        for r in records.range(i) {
            if records.date[r] > day { break }
            status = records.code[r]
        }
        return status
    }

    /// Whether person `i` has an emergency admission in the `days` after `day`.
    public static func outcome(of i: Int, in data: PopulationData, after day: Int32, days: Int32 = 365)
        -> Bool
    {
        data.events(.emergencyAdmission).count(i, from: day + 1, to: day + days) > 0
    }
}
