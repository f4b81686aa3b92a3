import Foundation
import PlaceModel

extension Simulation {
    /// Writes the death: cause, place, preferred place and end-of-life plan, with the registers they imply.
    mutating func writeDeath(_ person: inout SimPerson, on date: CivilDate) {
        let age = ageYears(person, on: date)
        var cause = age < 1 ? (rng.chance(0.7) ? "perinatal" : "other") : rng.pick(p.causeShares)
        // The deaths above a normal year's (the calendar's multiplier for the year) are COVID-19's.
        let excess = p.calendar.yearFactor(.deaths, date.year)
        if age >= 1, excess > 1, rng.chance(1 - 1 / excess) { cause = "covid19" }
        if cause == "cancer", person.onsets["CANCER"] == nil {
            person.onsets["CANCER"] = date.adding(days: -rng.int(60...1100))
        }
        if cause == "dementia", person.onsets["DEMENTIA"] == nil {
            person.onsets["DEMENTIA"] = date.adding(days: -rng.int(180...2500))
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
            person.onsets["PALLIATIVE"] = date.adding(days: -rng.int(14...365))
        } else if person.careHome != nil, rng.chance(0.7) {
            place = "care_home"
        } else {
            place = rng.chance(p.hospitalWithoutPlan) ? "hospital" : rng.pick(p.otherWithoutPlan)
        }
        if sudden, place == "hospice" { place = "hospital" }
        lastYearOfLife(&person, death: date, sudden: sudden, inHospital: place == "hospital")
        out.add(
            .deaths,
            [
                .int(person.id), .date(date), .text(cause), .flag(avoidable), .text(place), .text(preferred),
                .flag(plan),
            ])
    }
}
