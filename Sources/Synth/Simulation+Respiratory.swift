import Foundation
import PlaceModel

/// Respiratory prescribing: relievers, and antibiotic and prednisolone courses for respiratory
/// symptoms, more often with asthma or COPD, and in smokers whose COPD is not (yet) diagnosed —
/// the "missing cases" the Leeds respiratory search looks for.
extension Simulation {
    /// Draws the person's respiratory courses, year by year, from their own stream `r`.
    mutating func respiratoryCourses(
        _ person: SimPerson, lastDay: CivilDate, lastAge: Double, _ r: inout SynthRandom
    ) {
        let pc = p.primaryCare
        let copd = person.onsets["COPD"]
        let asthma = person.onsets["ASTHMA"]
        var symptomatic: CivilDate?
        if let copd {
            let years = pc.preDiagnosisYears
            let before = years.lowerBound + r.uniform() * (years.upperBound - years.lowerBound)
            symptomatic = copd.adding(days: -Int(before * 365.25))
        } else if person.smoking >= 1, lastAge >= 40, r.chance(pc.undiagnosedShare) {
            let age = 40 + r.uniform() * (min(lastAge, 85) - 40)
            symptomatic = person.birth.adding(days: Int(age * 365.25))
        }
        if let from = symptomatic, from <= lastDay, copd.map({ from < $0 }) ?? true,
            r.chance(pc.undiagnosedRepeatInhaler)
        {
            let start = Self.recorded(from.adding(days: r.int(30...365)), by: lastDay, &r)
            writeMedicine(
                person, "inhaler", from: start, to: copd ?? person.gone, repeat: true, respiratory: true)
        }
        let smokerRatio = person.smoking == 2 ? pc.smokerCourseRatio : 1
        for year in p.studyYears {
            let first = max(CivilDate(year: year, month: 1, day: 1)!, person.birth.adding(days: 365))
            let last = min(CivilDate(year: year, month: 12, day: 31)!, lastDay)
            guard first <= last else { continue }
            let span = Double(first.days(to: last) + 1) / 365.25
            var states = ["base"]
            if let asthma, asthma <= last { states.append("asthma") }
            if let copd, copd <= last { states.append("copd") }
            if let symptomatic, symptomatic <= last, copd.map({ last < $0 }) ?? true {
                states.append("undiagnosed")
            }
            let courses: [(String, [String: Double], ClosedRange<Int>)] = [
                ("antibiotic", pc.antibiotic, 5...7), ("prednisolone", pc.prednisolone, 5...7),
                ("inhaler", pc.reliever, 28...28),
            ]
            for (medicine, rates, days) in courses {
                let rate = states.reduce(0) { $0 + rates[$1, default: 0] } * smokerRatio
                for _ in 0..<r.poisson(rate * span) {
                    let start = first.adding(days: r.int(0...first.days(to: last)))
                    writeMedicine(
                        person, medicine, from: start, to: start.adding(days: r.int(days)), repeat: false,
                        respiratory: true)
                }
            }
        }
    }
}
