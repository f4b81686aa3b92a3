import Foundation
import PlaceModel

extension Simulation {
    /// Draws the date of death (nil if alive at the end of the study) from a Gompertz hazard, or
    /// from a fatal cancer when that comes first; `ofCancer` says which.
    mutating func drawDeath(_ person: SimPerson) -> (date: CivilDate, ofCancer: Bool)? {
        let from = max(person.birth, start, person.arrival ?? start)
        var age = ageYears(person, on: from)
        let bornHere = person.birth >= start && person.arrival == nil
        if bornHere {
            let infant = p.infantPer1000 / 1000 * dep["infant"]!
            if rng.chance(infant) {
                let days = rng.chance(0.6) ? rng.int(0...27) : rng.int(28...364)
                let date = person.birth.adding(days: days)
                return date <= horizon && date < (person.leaves ?? horizon.adding(days: 1))
                    ? (date, false) : nil
            }
            age = 1
        }
        let base = p.gompertzA * (person.male ? p.maleRatio : 1) * exp(p.mortalityGradient * plan.x)
        let onsets = person.onsets.compactMap { register, date in
            p.mortality.registers[register] == nil ? nil : (register, ageYears(person, on: date))
        }
        var years = yearsToDeath(from: age, base: base, onsets: onsets, e: rng.exponential())
        var ofCancer = false
        if let cancer = cancerDeath(person, age: age), cancer < years { (years, ofCancer) = (cancer, true) }
        guard years.isFinite else { return nil }
        let startDay = bornHere ? person.birth.adding(days: 365) : from
        // The years are of the calendar's clock: deaths come sooner in winter and in 2020.
        guard let date = p.calendar.day(.deaths, after: years * 365.25, from: startDay) else { return nil }
        return date <= horizon && date < (person.leaves ?? horizon.adding(days: 1)) ? (date, ofCancer) : nil
    }

    /// Years from `age` to death from the person's cancer, if it is fatal (given that they are
    /// alive at `age`); nil without a diagnosis, or a fatal one.
    private mutating func cancerDeath(_ person: SimPerson, age: Double) -> Double? {
        guard let course = p.mortality.cancer, let onset = person.onsets["CANCER"] else { return nil }
        let diagnosis = ageYears(person, on: onset)
        guard rng.chance(course.fatalChance(diagnosis: diagnosis, survived: age - diagnosis)) else {
            return nil
        }
        return max(0, diagnosis - age) + course.meanYears * rng.exponential()
    }

    /// Years from `age` until the cumulative hazard reaches `e`: the Gompertz hazard `base`·e^(b·age)
    /// (less cancer's share of deaths where cancer deaths come from diagnoses)
    /// times the register multiplier in force (which changes at each onset and at 75), over the
    /// mean multiplier at that age (``SynthParameters/registerMortality(age:x:)``, taken constant
    /// over each five years of age), so that the registers share out the place's deaths by age
    /// rather than add to them: someone on a register dies at its multiplier's rate of someone on none.
    func yearsToDeath(from age: Double, base: Double, onsets: [(register: String, age: Double)], e: Double)
        -> Double
    {
        let b = p.gompertzB
        let fives = p.mortality.registers.isEmpty ? [] : (1...24).map { Double($0 * 5) }
        let breaks =
            (onsets.map(\.age) + [75] + fives + p.mortality.cancerShareBreaks).filter { $0 > age }.sorted()
            + [Double.infinity]
        var (a, remaining) = (age, e)
        for next in breaks {
            let mean =
                p.mortality.registers.isEmpty
                ? 1 : p.registerMortality(age: next.isFinite ? (a + next) / 2 : a + 2.5, x: plan.x)
            let others = 1 - p.mortality.cancerShare(at: a)
            let rate = p.mortality.multiplier(at: a, onsets: onsets) / mean * base / b * others
            let hazard = next.isFinite ? rate * (exp(b * next) - exp(b * a)) : .infinity
            if hazard >= remaining { return log(exp(b * a) + remaining / rate) / b - age }
            remaining -= hazard
            a = next
        }
        return .infinity
    }

    /// Draws register onsets: prevalence is logistic in age and calendar time (its recording
    /// trend); along a life both move together, and the onset solves p(age, birth + age) = u.
    mutating func drawConditions(_ person: inout SimPerson) {
        let lastDay = person.gone ?? horizon
        let lastAge = ageYears(person, on: lastDay)
        let born = Double(SynthParameters.conditionTrendReference.days(to: person.birth)) / 365.25
        for condition in p.conditions {
            let u = rng.uniform()
            let slope = condition.ageSlope + condition.trend
            let intercept =
                logit(condition.p40) - 40 * condition.ageSlope + condition.gradient * plan.x
                + condition.trend * born
            var onsetAge = (logit(u) - intercept) / slope
            if onsetAge < condition.minAge {
                guard u < logistic(intercept + slope * condition.minAge) else { continue }
                onsetAge = condition.minAge + rng.uniform() * 2
            }
            guard onsetAge <= lastAge else { continue }
            let date = person.birth.adding(days: Int(onsetAge * 365.25))
            person.onsets[condition.register] = date
            if p.longTermConditions.contains(condition.register) { person.ltcOnsets.append(date) }
        }
        person.ltcOnsets.sort()
    }

    /// Draws smoking status, BMI and activity, with their deprivation gradients.
    mutating func drawLifestyle(_ person: inout SimPerson) {
        // Status at the start of the study, or at 16 for those younger then; by age band and sex.
        let age = max(16, ageYears(person, on: start))
        let byAge = p.smokingByAge.last { Double($0.0) <= age }?.1 ?? 1
        let sex = (person.male ? 2 * p.smokingMaleRatio : 2) / (1 + p.smokingMaleRatio)
        let current = p.smokerShare * dep["smoking"]! * byAge * sex
        let draw = rng.uniform()
        person.smoking = draw < current ? 2 : (draw < current + p.exSmokerShare ? 1 : 0)
        person.logBMI = log(p.bmiMean + p.bmiShift * plan.x) + p.bmiLogSD * rng.normal()
        person.active = rng.chance(min(0.95, p.activeShare * dep["active"]!))
    }

    /// Long-term conditions a person has on `date`.
    func conditionCount(_ person: SimPerson, on date: CivilDate) -> Int {
        var count = 0
        for onset in person.ltcOnsets where onset <= date { count += 1 }
        return count
    }

    /// Writes the person's row and their register entries.
    mutating func writePerson(_ person: SimPerson) {
        let registered =
            person.arrival
            ?? (person.birth >= start
                ? person.birth : max(person.birth, start.adding(days: -rng.int(0...5400))))
        out.add(
            .persons,
            [
                .int(person.id), .date(person.birth), .text(person.male ? "M" : "F"), .text(person.ethnic),
                .text(plan.code), .text(person.practice), .date(registered), .date(person.gone),
            ])
        out.persons += 1
        for register in PlaceSchema.registers {
            guard let onset = person.onsets[register] else { continue }
            out.add(.conditions, [.int(newID(.conditions)), .int(person.id), .text(register), .date(onset)])
        }
    }
}

func logit(_ p: Double) -> Double { log(p / (1 - p)) }
func logistic(_ x: Double) -> Double { 1 / (1 + exp(-x)) }
