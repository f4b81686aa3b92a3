import Foundation
import PlaceModel

/// The synthetic primary care record: coded problems (frailty deficits), repeat medicines and
/// respiratory courses. It draws from the person's own random stream (seed and person id), never
/// from the LSOA's, so every other table is the same with or without it.
extension Simulation {
    /// Writes the person's problems, repeat medicines and respiratory courses.
    mutating func writePrimaryCare(_ person: SimPerson) {
        let pc = p.primaryCare
        guard pc.enabled else { return }
        var r = SynthRandom(seed: seed, stream: 1 << 40 | UInt64(person.id))
        let lastDay = person.gone.map { $0.adding(days: -1) } ?? end
        guard person.birth <= lastDay else { return }
        let lastAge = ageYears(person, on: lastDay)
        let frailty = r.normal() * pc.frailtySD + pc.perCondition * Double(person.ltcOnsets.count)
        var problems: [String: CivilDate] = [:]
        for problem in pc.problems {
            let u = r.uniform()
            let l65 = logit(problem.p65)
            let slope = (logit(problem.p90) - l65) / 25
            // Deprivation brings each deficit on years earlier: its curve's slope times the years,
            // about the middle of the place (so the place's distribution of frailty stays).
            let earlier = slope * pc.frailtyYearsEarlier * (plan.x - 0.5)
            let shift = problem.gradient * plan.x + frailty + earlier
            var onsetAge = 65 + (logit(u) - l65 - shift) / slope
            if onsetAge < problem.minAge {
                guard u < logistic(l65 + shift + slope * (problem.minAge - 65)) else { continue }
                onsetAge = problem.minAge + r.uniform() * 2
            }
            guard onsetAge <= lastAge else { continue }
            let date = Self.recorded(person.birth.adding(days: Int(onsetAge * 365.25)), by: lastDay, &r)
            problems[problem.code] = date
            out.add(.problems, [.int(newID(.problems)), .int(person.id), .date(date), .text(problem.code)])
        }
        repeatMedicines(person, problems: problems, lastDay: lastDay, lastAge: lastAge, &r)
        respiratoryCourses(person, lastDay: lastDay, lastAge: lastAge, &r)
    }

    /// A date a record can carry: not before 1990 (when GP records begin here), not after `lastDay`.
    static func recorded(_ date: CivilDate, by lastDay: CivilDate, _ r: inout SynthRandom) -> CivilDate {
        let first = CivilDate(year: 1990, month: 1, day: 1)!
        let moved = date < first ? first.adding(days: r.int(0...1800)) : date
        return min(moved, lastDay)
    }

    private mutating func repeatMedicines(
        _ person: SimPerson, problems: [String: CivilDate], lastDay: CivilDate, lastAge: Double,
        _ r: inout SynthRandom
    ) {
        let pc = p.primaryCare
        for medicine in pc.repeats {
            guard let onset = person.onsets[medicine.trigger] ?? problems[medicine.trigger],
                r.chance(medicine.share)
            else { continue }
            let start = Self.recorded(onset.adding(days: r.int(0...60)), by: lastDay, &r)
            var stop = person.gone
            if let months = medicine.stopsAfterMonths {
                let planned = start.adding(days: r.int(months) * 30)
                if stop.map({ planned < $0 }) ?? true { stop = planned }
            }
            writeMedicine(
                person, medicine.medicine, from: start, to: stop, repeat: true,
                respiratory: medicine.medicine == "inhaler")
        }
        guard lastAge >= 65 else { return }
        for (medicine, share) in pc.olderRepeats where r.chance(share) {
            let age = 65 + r.uniform() * (lastAge - 65)
            let start = Self.recorded(person.birth.adding(days: Int(age * 365.25)), by: lastDay, &r)
            writeMedicine(person, medicine, from: start, to: person.gone, repeat: true, respiratory: false)
        }
    }

    /// Writes one medicine: a repeat from `start` to `stop` (nil: continuing), or an acute course.
    mutating func writeMedicine(
        _ person: SimPerson, _ medicine: String, from start: CivilDate, to stop: CivilDate?, repeat: Bool,
        respiratory: Bool
    ) {
        let finish = stop.flatMap { $0 > end || $0 < start ? nil : $0 }
        out.add(
            .medications,
            [
                .int(newID(.medications)), .int(person.id), .date(start), .date(finish), .text(medicine),
                .flag(`repeat`), .flag(respiratory),
            ])
    }
}
