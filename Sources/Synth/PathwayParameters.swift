import Foundation
import PlacePack

/// How hospital events link up (`pathways:` in `synthesis.yaml`): A&E before an emergency
/// admission, readmissions and re-attendances, more activity in the last year of life, deaths in
/// hospital inside a stay, and each person's lasting tendency to use urgent care.
struct PathwayParameters: Sendable {
    /// Share of emergency admissions that come through A&E (an admitted attendance the same day).
    var emergencyViaAE = 0.0
    /// Standard deviation of the log of a person's tendency to use A&E and emergency care (mean 1).
    var tendencySD = 0.0
    /// Chance an emergency discharge is followed by another emergency admission within 30 days.
    var readmission = 0.0
    /// Chance an attendance not admitted is followed by another within 7 days.
    var reattendance = 0.0
    /// Expected extra emergency admissions in the last year of life (deaths that are not sudden).
    var lastYear = 0.0
    /// Mean length (days) of the stay a death in hospital ends, when no stay was under way.
    var finalStayDays = 9.0

    /// Reads `pathways:`; absent means nothing is linked.
    static func read(_ node: PackNode?) throws -> PathwayParameters {
        var w = PathwayParameters()
        guard let node else { return w }
        _ = try node.required("source").string()
        func share(_ key: String) throws -> Double {
            let field = try node.required(key)
            let value = try field.double()
            guard (0..<1).contains(value) else { throw field.fail(.outOfRange, "a share from 0 up to 1") }
            return value
        }
        w.emergencyViaAE = try share("emergency_via_ae")
        w.readmission = try share("readmission_30_days")
        w.reattendance = try share("reattendance_7_days")
        func atLeastZero(_ key: String) throws -> Double {
            let field = try node.required(key)
            let value = try field.double()
            guard value >= 0, value.isFinite else { throw field.fail(.outOfRange, "a number of 0 or more") }
            return value
        }
        w.tendencySD = try atLeastZero("use_tendency_log_sd")
        w.lastYear = try atLeastZero("last_year_extra_emergency")
        w.finalStayDays = try atLeastZero("final_stay_mean_days")
        return w
    }
}
