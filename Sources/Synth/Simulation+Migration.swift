import Foundation
import PlaceModel
import PlacePack

extension SynthParameters {
    /// Gives the LSOAs of the student wards their yearly student intake, takes the students present
    /// on 1 January of the first year out of those LSOAs' base populations, and takes them out of the
    /// 15-19 and 20-24 band shares, so the city's starting age structure stays the published one.
    mutating func placeStudents(in plans: inout [LSOAPlan], geography: Geography) {
        guard migration.enabled, !migration.studentWards.isEmpty else { return }
        let shareByWard = Dictionary(
            uniqueKeysWithValues: geography.wards.compactMap { ward in
                migration.studentWards[ward.name].map { (ward.code, $0) }
            })
        let (perIntake, under20) = migration.stockPerIntake
        let everyone = Double(plans.reduce(0) { $0 + $1.basePersons })
        var stock = 0.0
        for (index, lsoa) in geography.lsoas.enumerated() {
            guard let share = shareByWard[lsoa.wardCode] else { continue }
            let students = share * Double(plans[index].basePersons)
            plans[index].studentIntake = students / perIntake
            plans[index].basePersons -= Int(students.rounded())
            stock += students
        }
        let total = bandShares.reduce(0, +)
        let share = stock / everyone
        bandShares[3] = max(0, bandShares[3] - share * under20 * total)
        bandShares[4] = max(0, bandShares[4] - share * (1 - under20) * total)
    }
}

extension Simulation {
    /// The LSOA's students: each September's arrivals (from six years before the study, so that the
    /// students present on its first day are there too), aged 18 or 19, who leave on or before
    /// 30 June at the end of their third or fourth year.
    mutating func students() {
        let m = p.migration
        for year in (start.year - 6)...end.year {
            for _ in 0..<rng.poisson(plan.studentIntake) {
                let arrival = CivilDate(year: year, month: 9, day: 20)!.adding(days: rng.int(0...14))
                let age = (rng.chance(m.arrivalAge18Share) ? 18 : 19) + rng.uniform()
                let birth = arrival.adding(days: -Int((age * 365.25).rounded()))
                let years = rng.chance(m.threeYearShare) ? 3 : 4
                let leaves = CivilDate(year: year + years, month: 6, day: 30)!.adding(days: -rng.int(0...30))
                let male = !rng.chance(m.femaleShare)
                guard leaves > start else { continue }
                let person = makePerson(
                    birth: birth, male: male, ethnic: drawEthnicity(age: age), practice: nil,
                    arrival: arrival,
                    leaves: leaves <= end ? leaves : nil, mayLeave: false)
                follow(person)
            }
        }
    }

    /// Each study year's arrivals, by the single year of age they reach on the next 1 January
    /// (the day the balance counts), grown with the place since the start: a birth date in that
    /// year of age, a day of arrival in the year (after the birth), the sex of the age band, an
    /// ethnic group at the ward's share for their age and one of its practices.
    mutating func arrivals(_ balance: MigrationBalance) {
        for year in p.studyYears {
            let first = CivilDate(year: year, month: 1, day: 1)!
            let next = CivilDate(year: year + 1, month: 1, day: 1)!
            // The place has grown since the start, and so have the moves that hold its structure.
            let grown = pow(1 + p.migration.growth, Double(year - p.studyYears.lowerBound))
            for (years, expected) in balance.arrivals.enumerated() {
                for _ in 0..<rng.poisson(expected * grown) {
                    let age = Double(years) + rng.uniform()
                    let birth = next.adding(days: -max(1, Int((age * 365.25).rounded())))
                    let earliest = max(first, birth.adding(days: 1))
                    let arrival = earliest.adding(days: rng.int(0...max(0, earliest.days(to: next) - 1)))
                    let person = makePerson(
                        birth: birth, male: !rng.chance(p.femaleShare(band: min(years / 5, 18))),
                        ethnic: drawEthnicity(age: Double(years)), practice: nil, arrival: arrival)
                    follow(person)
                }
            }
        }
    }

    /// The day the person leaves the place, if before the end of the study: a yearly chance by
    /// their age band, from their first day here.
    mutating func drawLeaving(_ person: SimPerson, _ balance: MigrationBalance) -> CivilDate? {
        var day = max(person.birth, start, person.arrival ?? start)
        while day <= end {
            if rng.chance(balance.leaving(atAge: ageYears(person, on: day))) {
                let leaves = day.adding(days: rng.int(1...365))
                return leaves <= end ? leaves : nil
            }
            day = day.adding(days: 365)
        }
        return nil
    }
}
