import Foundation
import PlaceModel

extension Simulation {
    /// Writes the death: cause, place, preferred place and end-of-life plan, with the registers they
    /// imply. A death after the study's end is not written, but what comes before it in the study
    /// is: the registers entered, and the activity of the last year of life.
    mutating func writeDeath(_ person: inout SimPerson, on date: CivilDate) {
        let age = ageYears(person, on: date)
        let inStudy = date <= end
        var cause: String
        if age < 1 {
            cause = rng.chance(0.7) ? "perinatal" : "other"
        } else if person.diesOfCancer {
            cause = "cancer"
        } else {
            let causes = p.mortality.causes(at: age) ?? p.causeShares
            // Cancer deaths come from the cancers diagnosed: the others' hazard leaves them out.
            let fromDiagnoses = p.mortality.cancerFromDiagnoses(at: age)
            cause = rng.pick(fromDiagnoses ? causes.filter { $0.key != "cancer" } : causes)
        }
        // The deaths above a normal year's (the calendar's multiplier for the year) are COVID-19's.
        let excess = p.calendar.yearFactor(.deaths, date.year)
        if age >= 1, excess > 1, rng.chance(1 - 1 / excess) { cause = "covid19" }
        if cause == "cancer", !person.diesOfCancer, person.onsets["CANCER"] == nil {
            backfill(&person, "CANCER", date.adding(days: -rng.int(60...1100)))
        }
        if cause == "dementia", person.onsets["DEMENTIA"] == nil {
            backfill(&person, "DEMENTIA", date.adding(days: -rng.int(180...2500)))
        }
        let avoidableCauses: Set<String> = ["cancer", "circulatory", "respiratory", "digestive", "injury"]
        let avoidable = age < 75 && avoidableCauses.contains(cause) && rng.chance(p.avoidableUnder75)
        let sudden = cause == "injury" || age < 1
        let plan = !sudden && rng.chance(p.eolPlanShare / 0.95)
        var preferred: String?
        var place: String
        if plan {
            let choice = rng.pick(p.preferredShares)
            preferred = choice
            place = rng.chance(p.preferredAchieved) ? choice : (choice == "hospital" ? "home" : "hospital")
            backfill(&person, "PALLIATIVE", date.adding(days: -palliativeLead()))
        } else {
            if !sudden, rng.chance(p.mortality.palliativeWithoutPlan) {
                backfill(&person, "PALLIATIVE", date.adding(days: -palliativeLead()))
            }
            if person.careHome != nil, rng.chance(0.7) {
                place = "care_home"
            } else {
                place = rng.chance(p.hospitalWithoutPlan) ? "hospital" : rng.pick(p.otherWithoutPlan)
            }
        }
        if sudden, place == "hospice" { place = "hospital" }
        lastYearOfLife(&person, death: date, sudden: sudden, inHospital: inStudy && place == "hospital")
        guard inStudy else { return }
        out.add(
            .deaths,
            [
                .int(person.id), .date(date), .text(cause), .flag(avoidable), .text(place), .text(preferred),
                .flag(plan),
            ])
    }

    /// Days from joining the palliative care register to death: 14 plus an exponential wait of the
    /// pack's mean (14 to 365 days, evenly, without one).
    private mutating func palliativeLead() -> Int {
        p.mortality.palliativeLeadMeanDays.map { 14 + Int(rng.exponential() * $0) } ?? rng.int(14...365)
    }

    /// Enters `register` on `date` when that is in the study and after birth (or arrival).
    private func backfill(_ person: inout SimPerson, _ register: String, _ date: CivilDate) {
        guard date <= end else { return }
        person.onsets[register] = max(date, person.birth, person.arrival ?? person.birth)
    }
}
