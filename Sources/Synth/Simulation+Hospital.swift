import Foundation
import PlaceModel

extension Simulation {
    /// A&E attendances, emergency and elective admissions, delays and reablement for one year.
    mutating func hospitalActivity(
        _ person: inout SimPerson, band: Int, age: Double, conditions: Int, span: Double,
        window: (CivilDate, CivilDate)
    ) {
        let n = Double(conditions)
        let ae = p.aeByBand[band] * dep["ae"]! * (1 + p.perLTC["ae", default: 0] * n)
        let calendar = p.calendar
        for _ in 0..<rng.poisson(ae * span * calendar.mean(.ae, over: window)) {
            let minutes = rng.chance(p.aeFourHour) ? rng.int(20...240) : rng.int(241...900)
            let arrived = calendar.day(.ae, in: window, rng.uniform())
            out.add(
                .ae,
                [
                    .int(newID(.ae)), .int(person.id), .date(arrived), .int(Int64(minutes)),
                    .flag(rng.chance(p.aeAdmitted)),
                ])
        }
        let emergency =
            p.emergencyByBand[band] * dep["emergency"]! * (1 + p.perLTC["emergency", default: 0] * n)
        for _ in 0..<rng.poisson(emergency * span * calendar.mean(.emergency, over: window)) {
            admit(&person, emergency: true, age: age, conditions: n, window: window)
        }
        let elective = p.electiveByBand[band] * dep["elective"]! * (1 + p.perLTC["elective", default: 0] * n)
        for _ in 0..<rng.poisson(elective * span * calendar.mean(.elective, over: window)) {
            admit(&person, emergency: false, age: age, conditions: n, window: window)
        }
    }

    private mutating func admit(
        _ person: inout SimPerson, emergency: Bool, age: Double, conditions n: Double,
        window: (CivilDate, CivilDate)
    ) {
        let admitted = p.calendar.day(emergency ? .emergency : .elective, in: window, rng.uniform())
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
        var discharged: CivilDate? = admitted.adding(days: stay)
        if let death = person.gone, let out = discharged, out > death { discharged = death }
        if let out = discharged, out > end { discharged = nil }
        let group = diagnosisGroup(age: age, emergency: emergency)
        let acs = emergency && rng.chance(min(0.6, p.acsBase + p.acsPerCondition * n))
        out.add(
            .admissions,
            [
                .int(newID(.admissions)), .int(person.id), .text(emergency ? "emergency" : "elective"),
                .date(admitted),
                .date(discharged), .int(Int64(delayed)), .text(group), .flag(acs),
            ])
        if emergency, age >= 65, let home = discharged, rng.chance(p.reablementShare) {
            reablement(person, from: home)
        }
    }

    /// Days a discharge on `day` waits: a Saturday or Sunday discharge waits until the Monday
    /// with the pack's chance.
    private mutating func weekendDelay(_ day: CivilDate) -> Int {
        // 1970-01-01 was a Thursday: Saturday is 5 and Sunday 6 with Monday 0.
        let weekday = Int((Int64(day.day) % 7 + 7 + 3) % 7)
        guard weekday >= 5, rng.chance(p.weekendDischargesDelayed) else { return 0 }
        return 7 - weekday
    }

    private mutating func diagnosisGroup(age: Double, emergency: Bool) -> String {
        let groups = [
            "circulatory", "respiratory", "digestive", "injury", "cancer", "mental", "musculoskeletal",
            "genitourinary", "other",
        ]
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
