import Foundation
import PlacePack

/// Parameters of the synthetic primary care record (`primary_care` in `synthesis.yaml`): coded
/// problems (the frailty deficits no register holds), repeat medicines and respiratory courses.
/// A pack without the section generates none of them.
struct PrimaryCareParameters: Sendable {
    /// A coded problem whose prevalence (ever recorded) is logistic in age.
    struct Problem: Sendable {
        let code: String
        let p65: Double
        let p90: Double
        let gradient: Double
        let minAge: Double
    }

    /// A medicine started, with probability `share`, when a register or problem begins.
    struct Repeat: Sendable {
        let trigger: String
        let medicine: String
        let share: Double
        let stopsAfterMonths: ClosedRange<Int>?
    }

    var enabled = false
    var frailtySD = 0.0
    var perCondition = 0.0
    /// Years earlier the most deprived accrue frailty deficits than the least (scaled by deprivation).
    var frailtyYearsEarlier = 0.0
    var problems: [Problem] = []
    var repeats: [Repeat] = []
    var olderRepeats: [(medicine: String, share: Double)] = []
    var antibiotic: [String: Double] = [:]
    var prednisolone: [String: Double] = [:]
    var reliever: [String: Double] = [:]
    var undiagnosedShare = 0.0
    var undiagnosedRepeatInhaler = 0.0
    var smokerCourseRatio = 1.0
    var preDiagnosisYears = 0.0...0.0

    /// Reads the `primary_care` section, if present.
    static func read(_ node: PackNode?) throws -> PrimaryCareParameters {
        var p = PrimaryCareParameters()
        guard let node else { return p }
        p.enabled = true
        p.frailtySD = try node.required("frailty_sd").double()
        p.perCondition = try node.required("frailty_per_condition").double()
        if let earlier = try node.optional("frailty_years_earlier_most_deprived") {
            let value = try earlier.double()
            guard (0...30).contains(value) else { throw earlier.fail(.outOfRange, "from 0 to 30 years") }
            p.frailtyYearsEarlier = value
        }
        p.problems = try node.required("problems").entries().map { code, entry in
            Problem(
                code: code, p65: try entry.required("p65").double(), p90: try entry.required("p90").double(),
                gradient: try entry.optional("gradient")?.double() ?? 0,
                minAge: try entry.optional("min_age")?.double() ?? 40)
        }
        p.repeats = try node.required("repeat_medicines").entries().flatMap { trigger, medicines in
            try medicines.entries().map { medicine, entry in
                let stops = try entry.optional("stops_after_months")?.list().map { try $0.int() }
                return Repeat(
                    trigger: trigger, medicine: medicine, share: try entry.required("share").double(),
                    stopsAfterMonths: stops.map { $0[0]...$0[1] })
            }
        }
        p.olderRepeats = try node.required("repeat_medicines_65plus").weights().map { ($0.key, $0.value) }
        let respiratory = try node.required("respiratory")
        p.antibiotic = Dictionary(
            uniqueKeysWithValues: try respiratory.required("antibiotic_per_year").weights())
        p.prednisolone = Dictionary(
            uniqueKeysWithValues: try respiratory.required("prednisolone_per_year").weights())
        p.reliever = Dictionary(
            uniqueKeysWithValues: try respiratory.required("reliever_inhaler_per_year").weights())
        p.undiagnosedShare = try respiratory.required("undiagnosed_copd_share_of_smokers").double()
        p.undiagnosedRepeatInhaler = try respiratory.required("undiagnosed_repeat_inhaler").double()
        p.smokerCourseRatio = try respiratory.required("current_smoker_course_ratio").double()
        let years = try respiratory.required("symptoms_before_diagnosis_years").doubles()
        p.preDiagnosisYears = years[0]...years[1]
        return p
    }
}
