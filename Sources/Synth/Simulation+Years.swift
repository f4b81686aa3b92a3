import Foundation
import PlaceModel

extension Simulation {
    /// Follows one person through the study years, then writes them.
    mutating func follow(_ initial: SimPerson) {
        var person = initial
        let lastDay = person.gone.map { $0.adding(days: -1) } ?? end
        for year in p.studyYears {
            let yearStart = max(
                CivilDate(year: year, month: 1, day: 1)!, person.birth, person.arrival ?? person.birth)
            let yearEnd = min(CivilDate(year: year, month: 12, day: 31)!, lastDay)
            guard yearStart <= yearEnd else { continue }
            let span = Double(yearStart.days(to: yearEnd) + 1) / 365.25
            let middle = yearStart.adding(days: yearStart.days(to: yearEnd) / 2)
            let age = ageYears(person, on: middle)
            let band = min(Int(age) / 5, 18)
            let conditions = conditionCount(person, on: middle)
            let window = (yearStart, yearEnd)
            hospitalActivity(
                &person, band: band, age: age, conditions: conditions, span: span, window: window)
            if age >= 16 {
                mentalHealthAct(person, span: span, window: window)
                observations(&person, span: span, window: window)
            }
            if age >= 18 { socialCare(&person, age: age, span: span, window: window) }
            if !person.male, age >= 15, age < 45 { maybeBirth(person, age: age, span: span, window: window) }
        }
        if let death = person.death ?? person.laterDeath { writeDeath(&person, on: death) }
        writePerson(person)
        writePrimaryCare(person)
        maybeCarer(person)
    }

    mutating func day(in window: (CivilDate, CivilDate)) -> CivilDate {
        window.0.adding(days: rng.int(0...window.0.days(to: window.1)))
    }

    private mutating func mentalHealthAct(_ person: SimPerson, span: Double, window: (CivilDate, CivilDate)) {
        let smi = person.onsets["SMI"].map { $0 <= window.1 } ?? false
        let rate = p.mhaBase * (smi ? p.mhaSMIRatio : 1) * (p.mhaEthnic[person.ethnic] ?? 1) * dep["mha"]!
        for _ in 0..<rng.poisson(rate * span) {
            let start = day(in: window)
            let section = ["2", "3", "136", "135", "37", "other"][
                rng.pick([0.48, 0.34, 0.1, 0.02, 0.02, 0.04])]
            let length =
                section == "3" ? rng.int(28...180) : (section == "2" ? rng.int(3...28) : rng.int(1...3))
            let ending = start.adding(days: length)
            out.add(
                .mha,
                [
                    .int(newID(.mha)), .int(person.id), .date(start), .date(ending <= end ? ending : nil),
                    .text(section),
                ])
        }
    }

    private mutating func maybeCarer(_ person: SimPerson) {
        let ageAtEnd = ageYears(person, on: person.gone ?? end)
        let band = min(Int(ageAtEnd) / 5, 18)
        guard rng.chance(p.carerShareByBand[band]) else { return }
        let earliest = max(
            person.birth.adding(days: Int(16 * 365.25)), start.adding(days: -5 * 365), person.arrival ?? start
        )
        let latest = person.gone ?? end
        guard earliest < latest else { return }
        let identified = day(in: (earliest, latest))
        let assessed = rng.chance(p.carerAssessed) ? identified.adding(days: rng.int(7...90)) : nil
        out.add(
            .carers,
            [
                .int(newID(.carers)), .int(person.id), .date(identified),
                .date(assessed.flatMap { $0 <= latest ? $0 : nil }), .text(rng.pick(p.carerSupport)),
            ])
    }
}
