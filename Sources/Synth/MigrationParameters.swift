import Foundation
import PlacePack

/// Moves in and out of the place (`migration:` in `synthesis.yaml`): people leave at yearly rates by
/// age, others arrive so that each LSOA keeps its age structure, and students arrive at 18 or 19 in
/// the student wards each September and leave at the end of their third or fourth academic year.
struct MigrationParameters: Sendable {
    var enabled = false
    /// Chance a year of leaving the place, by five-year age band (the last is 90 and over).
    var leavingRates: [Double] = []
    /// Arrivals beyond those that hold each age's residents, a year, as a share of them.
    var growth = 0.0
    /// Share of each student ward's population who are students (by ward name).
    var studentWards: [String: Double] = [:]
    var arrivalAge18Share = 0.75
    var threeYearShare = 0.6
    var femaleShare = 0.55

    /// Days from the arrival date (20 September) to the leaving date (30 June) before an anniversary.
    static let leavingBeforeAnniversary = 82
    /// Days from the arrival date (20 September) to 1 January.
    static let arrivalToNewYear = 103

    /// Reads `migration:`; absent means no migration.
    static func read(_ node: PackNode?) throws -> MigrationParameters {
        var m = MigrationParameters()
        guard let node else { return m }
        m.enabled = try node.required("enabled").bool()
        let leaving = try node.required("leaving")
        _ = try leaving.required("source").string()
        m.leavingRates = try leaving.required("rate_by_band").doubles()
        guard m.leavingRates.count == 19, m.leavingRates.allSatisfy({ (0..<1).contains($0) }) else {
            throw leaving.fail(
                .outOfRange, "rate_by_band: 19 yearly chances in 0..<1, one per five-year band")
        }
        let growth = try node.required("growth")
        _ = try growth.required("source").string()
        m.growth = try growth.required("per_year").double()
        let students = try node.required("students")
        _ = try students.required("source").string()
        m.studentWards = Dictionary(uniqueKeysWithValues: try students.required("wards").weights())
        m.arrivalAge18Share = try students.required("arrival_age_18_share").double()
        m.threeYearShare = try students.required("three_year_course_share").double()
        m.femaleShare = try students.required("female_share").double()
        return m
    }

    /// Students present on 1 January per student arriving a year, and the share of them aged 15-19
    /// (the rest are 20-24), in the steady state of the arrival and leaving rules.
    var stockPerIntake: (present: Double, under20: Double) {
        var present = 0.0
        var under20 = 0.0
        let steps = 20
        for yearsAgo in 1...6 {
            let since = Double(yearsAgo - 1) + Double(Self.arrivalToNewYear) / 365.25
            for (duration, pDuration) in [(3.0, threeYearShare), (4.0, 1 - threeYearShare)] {
                guard since < duration - Double(Self.leavingBeforeAnniversary) / 365.25 else { continue }
                for (age, pAge) in [(18.0, arrivalAge18Share), (19.0, 1 - arrivalAge18Share)] {
                    for step in 0..<steps {
                        let ageNow = age + (Double(step) + 0.5) / Double(steps) + since
                        let w = pDuration * pAge / Double(steps)
                        present += w
                        if ageNow < 20 { under20 += w }
                    }
                }
            }
        }
        return (present, present > 0 ? under20 / present : 0)
    }
}
