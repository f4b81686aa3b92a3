import Foundation
import PlaceModel

extension Simulation {
    /// Smoking, BMI and activity records, brief advice and onward referral, for one year.
    mutating func observations(_ person: inout SimPerson, span: Double, window: (CivilDate, CivilDate)) {
        if person.smoking == 2, rng.chance(p.quitPerYear * span) { person.smoking = 1 }
        if rng.chance(p.recordRates["smoking", default: 0] * span) {
            let date = day(in: window)
            let status = ["never", "ex", "current"][person.smoking]
            record(person, date, "smoking", .text(status), .null)
            if person.smoking == 2 { advise(person, date, topic: "smoking") }
            if rng.chance(p.adviceRates["alcohol", default: 0]) {
                advise(person, date, topic: "alcohol", always: true)
            }
        }
        if rng.chance(p.recordRates["bmi", default: 0] * span) {
            let date = day(in: window)
            let bmi = (exp(person.logBMI + 0.02 * rng.normal()) * 10).rounded() / 10
            record(person, date, "bmi", .null, .real(bmi))
            if bmi >= 30 { advise(person, date, topic: "weight") }
        }
        if rng.chance(p.recordRates["activity", default: 0] * span) {
            let date = day(in: window)
            let minutes =
                person.active ? rng.int(150...420) : (rng.chance(0.5) ? rng.int(30...149) : rng.int(0...29))
            let code = minutes >= 150 ? "active" : (minutes >= 30 ? "fairly_active" : "inactive")
            record(person, date, "activity", .text(code), .real(Double(minutes)))
            if minutes < 30 { advise(person, date, topic: "activity") }
        }
    }

    private mutating func record(
        _ person: SimPerson, _ date: CivilDate, _ kind: String, _ code: FieldValue, _ num: FieldValue
    ) {
        out.add(
            .observations, [.int(newID(.observations)), .int(person.id), .date(date), .text(kind), code, num])
    }

    private mutating func advise(_ person: SimPerson, _ date: CivilDate, topic: String, always: Bool = false)
    {
        guard always || rng.chance(p.adviceRates[topic, default: 0]) else { return }
        record(person, date, "brief_advice", .text(topic), .null)
        if rng.chance(p.referralAfterAdvice) { record(person, date, "referral", .text(topic), .null) }
    }

    /// Requests for adult social care, their outcomes and packages, and permanent care home admissions.
    mutating func socialCare(
        _ person: inout SimPerson, age: Double, span: Double, window: (CivilDate, CivilDate)
    ) {
        let older = age >= 65
        let rate =
            (older ? p.requests65 * exp(0.06 * (age - 78)) : p.requests18)
            * (1 + 0.2 * Double(person.ltcOnsets.count))
        for _ in 0..<rng.poisson(rate * span) {
            let requested = day(in: window)
            let outcome = rng.pick(p.requestOutcomes)
            let assessed =
                outcome == "first_contact"
                ? requested
                : requested.adding(days: rng.chance(p.within28) ? rng.int(1...28) : rng.int(29...120))
            out.add(
                .assessments,
                [
                    .int(newID(.assessments)), .int(person.id), .date(requested),
                    .date(assessed <= end ? assessed : nil),
                    .text(outcome),
                ])
            if outcome == "long_term_support", assessed <= end {
                package(
                    person, from: assessed.adding(days: rng.int(1...30)),
                    setting: rng.pick(p.communitySettings))
            }
        }
        guard person.careHome == nil else { return }
        let dementia = person.onsets["DEMENTIA"].map { $0 <= window.1 } ?? false
        let hazard =
            (older ? p.careHomeBase * exp(p.careHomeSlope * (age - 65)) : 0.00012)
            * (dementia ? p.careHomeDementia : 1)
        guard rng.chance(hazard * span) else { return }
        let admitted = day(in: window)
        person.careHome = admitted
        let nursing = rng.chance(p.nursingShare)
        out.add(
            .careHome,
            [
                .int(newID(.careHome)), .int(person.id), .date(admitted), .flag(true),
                .text(nursing ? "nursing" : "residential"),
            ])
        package(person, from: admitted, setting: nursing ? "nursing" : "residential")
    }

    private mutating func package(_ person: SimPerson, from start: CivilDate, setting: String) {
        guard start <= end, start < person.leaves ?? end.adding(days: 1) else { return }
        var finish: CivilDate? = person.gone
        if setting != "residential", setting != "nursing", rng.chance(0.3) {
            finish = start.adding(days: rng.int(30...700))
        }
        if let date = finish, date > end || date < start { finish = nil }
        let direct = setting == "home_care" && rng.chance(p.directPayment)
        out.add(
            .packages,
            [
                .int(newID(.packages)), .int(person.id), .date(start), .date(finish), .text(setting),
                .flag(direct),
            ])
    }
}
