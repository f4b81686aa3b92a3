import Foundation
import PlaceModel
import PlacePack

/// How registers and age shape death (`mortality:` in `synthesis.yaml`, beside the Gompertz
/// hazard): the registers that shorten life, the causes of death by age, how long before death
/// people join the palliative care register, and how far past the study deaths are simulated (so
/// that registers entered before the end for deaths after it are there, and nothing collapses in
/// the final year).
struct MortalityParameters: Sendable {
    /// A register's multiplier of the hazard from its onset, under 75 and from 75.
    struct Multiplier: Sendable {
        let under75: Double
        let from75: Double
    }

    /// Multipliers by register (the largest in force applies).
    var registers: [String: Multiplier] = [:]
    /// Causes of death by the age band starting at each age (ascending), for deaths from age 1.
    var causesByAge: [(from: Int, shares: SynthParameters.Weights)] = []
    /// Mean days from joining the palliative care register to death, beyond the first 14 days.
    var palliativeLeadMeanDays: Double?
    /// Years after the study's end that deaths are simulated (not written) for what precedes them.
    var followAfterEndYears = 0
    /// Share of deaths that are not sudden and have no end-of-life plan on the palliative register.
    var palliativeWithoutPlan = 0.0
    /// How a diagnosed cancer runs; nil: cancer deaths are drawn among the causes, as the others.
    var cancer: CancerCourse?
    /// The age from which cancer is diagnosed (the `CANCER` condition's minimum age).
    var cancerFromAge = 0.0

    /// Reads the optional keys of `mortality:`.
    static func read(_ node: PackNode) throws -> MortalityParameters {
        var m = MortalityParameters()
        if let registers = try node.optional("register_multipliers") {
            _ = try registers.required("source").string()
            for (register, entry) in try registers.entries() where register != "source" {
                guard PlaceSchema.registers.contains(register) else {
                    throw entry.fail(.unknownReference, "'\(register)' is not a register")
                }
                func multiplier(_ key: String) throws -> Double {
                    let field = try entry.required(key)
                    let value = try field.double()
                    guard value >= 1, value.isFinite else {
                        throw field.fail(.outOfRange, "a multiplier of 1 or more")
                    }
                    return value
                }
                m.registers[register] = Multiplier(
                    under75: try multiplier("under_75"), from75: try multiplier("from_75"))
            }
        }
        if let causes = try node.optional("cause_shares_by_age") {
            for (from, shares) in try causes.entries() {
                guard let age = Int(from), age >= 1 else {
                    throw shares.fail(.outOfRange, "an age band's first age, 1 or more")
                }
                m.causesByAge.append((age, try shares.weights()))
            }
            m.causesByAge.sort { $0.from < $1.from }
        }
        if let lead = try node.optional("palliative_lead_mean_days") {
            let value = try lead.double()
            guard value > 0, value.isFinite else { throw lead.fail(.outOfRange, "a number of days above 0") }
            m.palliativeLeadMeanDays = value
        }
        if let share = try node.optional("palliative_share_without_plan") {
            let value = try share.double()
            guard (0...1).contains(value) else { throw share.fail(.outOfRange, "a share from 0 to 1") }
            m.palliativeWithoutPlan = value
        }
        if let course = try node.optional("cancer_course") {
            guard !m.causesByAge.isEmpty else {
                throw course.fail(
                    .outOfRange, "cancer_course needs cause_shares_by_age (cancer's share of deaths by age)")
            }
            m.cancer = try CancerCourse.read(course)
        }
        if let follow = try node.optional("follow_after_end_years") {
            let value = try follow.int()
            guard (0...10).contains(value) else { throw follow.fail(.outOfRange, "from 0 to 10 years") }
            m.followAfterEndYears = value
        }
        return m
    }

    /// The hazard multiplier at `age` of someone whose registers began at the ages in `onsets`.
    func multiplier(at age: Double, onsets: [(register: String, age: Double)]) -> Double {
        var largest = 1.0
        for onset in onsets where onset.age <= age {
            guard let m = registers[onset.register] else { continue }
            largest = max(largest, age < 75 ? m.under75 : m.from75)
        }
        return largest
    }

    /// The causes of death at `age` (nil: the pack's single set of shares).
    func causes(at age: Double) -> SynthParameters.Weights? {
        causesByAge.last { Double($0.from) <= age }?.shares
    }

    /// Whether cancer deaths at `age` come from the cancers diagnosed, not from the causes' draw.
    func cancerFromDiagnoses(at age: Double) -> Bool { cancer != nil && age >= cancerFromAge }

    /// The share of deaths at `age` that are cancer's, when they come from the diagnoses (else 0).
    func cancerShare(at age: Double) -> Double {
        guard cancerFromDiagnoses(at: age), let shares = causes(at: age) else { return 0 }
        let total = shares.reduce(0) { $0 + $1.value }
        return (shares.first { $0.key == "cancer" }?.value ?? 0) / total
    }

    /// The ages at which ``cancerShare(at:)`` may change.
    var cancerShareBreaks: [Double] {
        cancer == nil ? [] : causesByAge.map { Double($0.from) } + [cancerFromAge]
    }
}
