import Foundation
import PlaceModel

extension Simulation {
    /// A&E attendances, emergency and elective admissions, delays and reablement for one year.
    ///
    /// Attendances drawn here are those not admitted; an admitted attendance comes with the
    /// emergency admission it leads to. Readmissions and re-attendances are drawn after the events
    /// they follow, so the yearly rates are lowered by their share to keep the totals.
    mutating func hospitalActivity(
        _ person: inout SimPerson, band: Int, age: Double, conditions: Int, span: Double,
        window: (CivilDate, CivilDate)
    ) {
        let n = Double(conditions)
        let calendar = p.calendar
        let w = p.pathways
        let lastDay = window.1
        let ae =
            p.aeByBand[band] * dep["ae"]! * (1 + p.perLTC["ae", default: 0] * n) * person.tendency
            * (1 - p.aeAdmitted) * (1 - w.reattendance)
        for _ in 0..<rng.poisson(ae * span * calendar.mean(.ae, over: window)) {
            var arrived = calendar.day(.ae, in: window, rng.uniform())
            attend(person, on: arrived, admitted: false)
            while rng.chance(w.reattendance) {
                arrived = arrived.adding(days: rng.int(1...7))
                guard arrived <= lastDay else { break }
                attend(person, on: arrived, admitted: false)
            }
        }
        let emergency =
            p.emergencyByBand[band] * dep["emergency"]! * (1 + p.perLTC["emergency", default: 0] * n)
            * person.tendency * (1 - w.readmission)
        for _ in 0..<rng.poisson(emergency * span * calendar.mean(.emergency, over: window)) {
            admit(
                &person, emergency: true, on: calendar.day(.emergency, in: window, rng.uniform()), age: age,
                conditions: n)
        }
        let elective = p.electiveByBand[band] * dep["elective"]! * (1 + p.perLTC["elective", default: 0] * n)
        for _ in 0..<rng.poisson(elective * span * calendar.mean(.elective, over: window)) {
            admit(
                &person, emergency: false, on: calendar.day(.elective, in: window, rng.uniform()), age: age,
                conditions: n)
        }
    }

    /// Writes an A&E attendance.
    mutating func attend(_ person: SimPerson, on day: CivilDate, admitted: Bool) {
        let minutes = rng.chance(p.aeFourHour) ? rng.int(20...240) : rng.int(241...900)
        out.add(
            .ae, [.int(newID(.ae)), .int(person.id), .date(day), .int(Int64(minutes)), .flag(admitted)])
    }

    /// Writes an admission on `admitted` (through A&E, for most emergencies), and perhaps the
    /// emergency readmission within 30 days that follows it. `until`: a discharge forced on that day
    /// (a death in hospital).
    mutating func admit(
        _ person: inout SimPerson, emergency: Bool, on admitted: CivilDate, age: Double, conditions n: Double,
        until: CivilDate? = nil, readmissions: Int = 0
    ) {
        var stay: Int
        var delayed = 0
        if emergency {
            stay = Int(rng.exponential() * (1.5 + max(0, age - 40) / 8))
            if age >= 65, rng.chance(p.delayedShare) {
                delayed = 1 + Int(rng.exponential() * (p.delayedMeanDays - 1))
                stay += delayed
            }
        } else {
            stay = rng.chance(0.72) ? 0 : 1 + Int(rng.exponential() * 3)
        }
        stay += weekendDelay(admitted.adding(days: stay))
        var discharged: CivilDate? = until ?? admitted.adding(days: stay)
        if let death = person.gone, let out = discharged, out > death { discharged = death }
        if let out = discharged, out > end { discharged = nil }
        if emergency, rng.chance(p.pathways.emergencyViaAE) { attend(person, on: admitted, admitted: true) }
        let group = diagnosisGroup(age: age, emergency: emergency)
        let acs = emergency && rng.chance(min(0.6, p.acsBase + p.acsPerCondition * n))
        out.add(
            .admissions,
            [
                .int(newID(.admissions)), .int(person.id), .text(emergency ? "emergency" : "elective"),
                .date(admitted),
                .date(discharged), .int(Int64(delayed)), .text(group), .flag(acs),
            ])
        if person.lastStay.map({ $0.admitted <= admitted }) ?? true {
            person.lastStay = (admitted, discharged)
        }
        // Only a discharge home, alive, leads on to reablement or a readmission.
        guard emergency, let home = discharged, home < (person.gone ?? end.adding(days: 1)) else { return }
        if age >= 65, rng.chance(p.reablementShare) { reablement(person, from: home) }
        if readmissions < 5, rng.chance(p.pathways.readmission) {
            let again = home.adding(days: rng.int(1...30))
            guard again <= end, again < (person.gone ?? end.adding(days: 1)) else { return }
            admit(
                &person, emergency: true, on: again, age: age, conditions: n, readmissions: readmissions + 1)
        }
    }

    /// The last year of life: extra emergency admissions for deaths that are not sudden, and a
    /// stay that ends with the death for a death in hospital, when none was under way.
    mutating func lastYearOfLife(_ person: inout SimPerson, death: CivilDate, sudden: Bool, inHospital: Bool)
    {
        let first = max(death.adding(days: -365), start, person.birth, person.arrival ?? start)
        let age = ageYears(person, on: death)
        let n = Double(conditionCount(person, on: death))
        if !sudden, first < death {
            for _ in 0..<rng.poisson(p.pathways.lastYear) {
                // A death after the study's end: only the admissions inside the study are written.
                let admitted = day(in: (first, death.adding(days: -1)))
                guard admitted <= end else { continue }
                admit(&person, emergency: true, on: admitted, age: age, conditions: n)
            }
        }
        guard inHospital else { return }
        if let stay = person.lastStay, stay.admitted <= death, stay.discharged.map({ $0 >= death }) ?? true {
            return
        }
        let length = min(Int(rng.exponential() * p.pathways.finalStayDays), max(0, first.days(to: death)))
        admit(
            &person, emergency: true, on: death.adding(days: -length), age: age, conditions: n, until: death)
    }

    /// Days a discharge on `day` waits: a Saturday or Sunday discharge waits until the Monday
    /// with the pack's chance.
    private mutating func weekendDelay(_ day: CivilDate) -> Int {
        let weekday = day.weekday
        guard weekday >= 5, rng.chance(p.weekendDischargesDelayed) else { return 0 }
        return 7 - weekday
    }

    private mutating func diagnosisGroup(age: Double, emergency: Bool) -> String {
        let groups = [
            "circulatory", "respiratory", "digestive", "injury", "cancer", "mental", "musculoskeletal",
            "genitourinary", "other",
        ]
        // Children: mostly respiratory (bronchiolitis, asthma, croup), injuries and "other"; almost
        // no circulatory disease (HES admissions by age: assumption shaped on them).
        if age < 15 {
            let weights =
                emergency
                ? [0.004, 0.30, 0.10, 0.15, 0.01, 0.02, 0.02, 0.04, 0.356]
                : [0.01, 0.08, 0.20, 0.03, 0.03, 0.005, 0.10, 0.10, 0.445]
            return groups[rng.pick(weights)]
        }
        let old = min(1, max(0, (age - 30) / 50))
        let weights =
            emergency
            ? [0.06 + 0.12 * old, 0.12 + 0.06 * old, 0.12, 0.16 - 0.04 * old, 0.03, 0.05, 0.05, 0.08, 0.33]
            : [0.08, 0.03, 0.22, 0.03, 0.14 + 0.06 * old, 0.01, 0.14, 0.10, 0.25]
        return groups[rng.pick(weights)]
    }

    private mutating func reablement(_ person: SimPerson, from home: CivilDate) {
        let finish = home.adding(days: rng.int(14...42))
        let followUp = finish.adding(days: 91)
        var atHome: FieldValue = .null
        if followUp <= end {
            let died = person.death.map { $0 <= followUp } ?? false
            atHome = .flag(!died && rng.chance(p.reablementAtHome))
        }
        out.add(
            .reablement,
            [
                .int(newID(.reablement)), .int(person.id), .date(home), .date(finish <= end ? finish : nil),
                .flag(true), atHome,
            ])
    }
}
