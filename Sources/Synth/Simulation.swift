import Foundation
import PlaceModel

/// A synthetic person as the simulation follows them.
struct SimPerson {
    let id: Int64
    let birth: CivilDate
    let male: Bool
    let ethnic: String
    let practice: String
    var death: CivilDate?
    var onsets: [String: CivilDate] = [:]
    var ltcOnsets: [CivilDate] = []
    var careHome: CivilDate?
    var smoking: Int = 0  // 0 never, 1 ex, 2 current (at the start of the study or at 16)
    var logBMI = 0.0
    var active = true
    /// The person's lasting tendency to use A&E and emergency care (mean 1).
    var tendency = 1.0
    /// The latest hospital stay: admitted, and discharged (nil if not yet).
    var lastStay: (admitted: CivilDate, discharged: CivilDate?)?
    /// The day a mover-in arrived (registered with a practice here).
    var arrival: CivilDate?
    /// The day a mover-out left (their registration ends).
    var leaves: CivilDate?
    /// A death after the study's end (simulated, not written), for what precedes it in the study.
    var laterDeath: CivilDate?
    /// Whether the death (in or after the study) is from the person's diagnosed cancer.
    var diesOfCancer = false

    /// The day the person's record here ends: death or leaving, whichever is first.
    var gone: CivilDate? {
        guard let leaves else { return death }
        return death.map { min($0, leaves) } ?? leaves
    }
}

/// Generates everything for the people of one LSOA, from its own random stream.
struct Simulation {
    let p: SynthParameters
    let plan: LSOAPlan
    let mix: DeprivationMix
    var rng: SynthRandom
    var out = GeneratedRows()
    var nextLocal: [SynthTable: Int64] = [:]
    let start: CivilDate
    let end: CivilDate
    /// The last day deaths are simulated to (the study's end plus the pack's follow-up).
    let horizon: CivilDate
    let dep: [String: Double]
    let seed: UInt64
    /// The LSOA's moves in and out, when the pack's migration is on.
    let balance: MigrationBalance?

    init(parameters: SynthParameters, plan: LSOAPlan, mix: DeprivationMix, seed: UInt64) {
        p = parameters
        self.plan = plan
        self.mix = mix
        self.seed = seed
        rng = SynthRandom(seed: seed, stream: UInt64(plan.index))
        start = CivilDate(year: parameters.studyYears.lowerBound, month: 1, day: 1)!
        end = CivilDate(year: parameters.studyYears.upperBound, month: 12, day: 31)!
        horizon = CivilDate(
            year: parameters.studyYears.upperBound + parameters.mortality.followAfterEndYears, month: 12,
            day: 31)!
        let gradients: [String: Double] = [
            "ae": p.aeGradient, "emergency": p.emergencyGradient, "elective": p.electiveGradient,
            "mha": p.mhaGradient, "smoking": p.smokingGradient, "birth": p.birthGradient,
            "infant": p.infantGradient, "active": p.activityGradient,
        ]
        dep = gradients.mapValues { mix.factor($0, at: plan.x) }
        balance =
            parameters.migration.enabled
            ? MigrationBalance(
                parameters, persons: plan.basePersons, x: plan.x, weights: parameters.bandWeights(x: plan.x),
                dep: dep)
            : nil
    }

    /// A new identifier for a row of `table`: the LSOA's block, then a running number.
    mutating func newID(_ table: SynthTable) -> Int64 {
        let next = (nextLocal[table] ?? 0) + 1
        nextLocal[table] = next
        let block: Int64 = table == .persons ? 100_000 : 1_000_000
        return Int64(plan.index + 1) * block + next
    }

    /// Generates the LSOA's people and everything that happens to them.
    mutating func run() -> GeneratedRows {
        for _ in 0..<plan.basePersons {
            let person = makeBasePerson()
            follow(person)
        }
        if let balance { arrivals(balance) }
        if plan.studentIntake > 0 { students() }
        return out
    }

    private mutating func makeBasePerson() -> SimPerson {
        let band = rng.pick(p.bandWeights(x: plan.x))
        let ageYears = SynthParameters.age(inBand: band, rng.uniform())
        let birth = start.adding(days: -Int((ageYears * 365.25).rounded()) - 1)
        return makePerson(
            birth: birth, male: !rng.chance(p.femaleShare(band: band)), ethnic: drawEthnicity(age: ageYears),
            practice: nil
        )
    }

    func ageYears(_ person: SimPerson, on date: CivilDate) -> Double {
        Double(person.birth.days(to: date)) / 365.25
    }

    /// An ethnic group for someone aged `age` on joining the LSOA: its ward's minority share,
    /// adjusted for age.
    mutating func drawEthnicity(age: Double) -> String {
        rng.pick(
            p.ethnicity.weights(minority: plan.minorityShare, x: plan.x, age: age, bandShares: p.bandShares))
    }

    mutating func makePerson(
        birth: CivilDate, male: Bool, ethnic: String, practice: String?, arrival: CivilDate? = nil,
        leaves: CivilDate? = nil, mayLeave: Bool = true
    ) -> SimPerson {
        let chosen = practice ?? plan.practices[rng.pick(plan.practiceWeights)]
        var person = SimPerson(
            id: newID(.persons), birth: birth, male: male, ethnic: ethnic, practice: chosen)
        person.arrival = arrival
        person.leaves = leaves
        let sd = p.pathways.tendencySD
        if sd > 0 { person.tendency = exp(sd * rng.normal() - sd * sd / 2) }
        if mayLeave, let balance, let day = drawLeaving(person, balance) {
            person.leaves = min(day, leaves ?? day)
        }
        // Registers first: those that shorten life change the hazard from their onset.
        drawConditions(&person)
        let drawn = drawDeath(person)
        let death = drawn?.date
        person.diesOfCancer = drawn?.ofCancer ?? false
        if let death, death > end {
            person.laterDeath = death
        } else {
            person.death = death
        }
        let last = min(person.gone ?? end, end)
        person.onsets = person.onsets.filter { $0.value <= last }
        person.ltcOnsets.removeAll { $0 > last }
        if let from = p.mortality.cancer?.registerFrom, let cancer = person.onsets["CANCER"], cancer < from {
            // Diagnosed before the register began: the course runs, the register does not know it.
            person.onsets["CANCER"] = nil
            if let index = person.ltcOnsets.firstIndex(of: cancer) { person.ltcOnsets.remove(at: index) }
        }
        drawLifestyle(&person)
        return person
    }
}
