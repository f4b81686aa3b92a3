import PlaceColumns
import PlaceModel
import Population

extension ActivityBaseline {
    /// Attendances in the year from which a person's are flagged as a frequent attender's.
    static let frequentAttendances = 5
    /// Days after a discharge within which an emergency admission is a readmission.
    static let readmissionDays: Int32 = 30
    /// Days before death within which activity is flagged as at the end of life.
    static let endOfLifeDays: Int32 = 365

    init(
        columns: PlaceColumns, population: PopulationData, year: Int, oldest: Int,
        people: ProjectionPeople? = nil
    ) throws {
        let people = people ?? ProjectionPeople(columns)
        // Segments and frailty on 1 July; the population's persons are the model's, in the same order.
        precondition(population.count == people.count, "the population and the columns hold the same persons")
        let middle = PopulationSnapshot(data: population, date: CivilDate(year: year, month: 7, day: 1)!)
        let first = CivilDate(year: year, month: 1, day: 1)!.day
        let last = CivilDate(year: year, month: 12, day: 31)!.day
        var cells: [ActivityKey: ActivityTotals] = [:]
        func add(
            _ setting: ActivitySetting, _ person: Int, _ day: Int32, _ flags: ActivityFlags, bedDays: Int = 0,
            delayed: Int = 0
        ) {
            var flags = flags
            let segment = middle.isPresent(person) ? Int8(middle.segment[person]) : -1
            if middle.isPresent(person), middle.age[person] >= 65,
                (middle.frailtyOf(person) ?? .fit) >= .moderate
            {
                flags.insert(.frail)
            }
            if people.death[person] >= day, people.death[person] - day <= Self.endOfLifeDays {
                flags.insert(.endOfLife)
            }
            let key = ActivityKey(
                setting: setting, age: Int16(min(max(0, people.age(person, on: day)), oldest)),
                sex: people.sex(person),
                lcp: Int16(people.lcp[person]), decile: people.decile[person], segment: segment, flags: flags)
            cells[key, default: ActivityTotals()].add(
                ActivityTotals(count: 1, bedDays: bedDays, delayedDays: delayed))
        }
        // Admissions: every one of the person's, in date order, for the discharge before each.
        let admissions = columns.table("admissions")
        let admitted = admissions.days("admit_date", empty: .max)
        let discharged = admissions.days("discharge_date", empty: .min)
        let emergency = admissions.mapped("method", empty: false) { $0 == "emergency" ? true : nil }
        let acs = admissions.flags("acs")
        let delayed = admissions["delayed_days"]
        let order = (0..<admissions.count).filter { admissions.person[$0] >= 0 && admitted[$0] != .max }
            .sorted { (admissions.person[$0], admitted[$0], $0) < (admissions.person[$1], admitted[$1], $1) }
        var previous: (person: Int32, discharge: Int32) = (-1, .min)
        for row in order {
            let person = admissions.person[row]
            let day = admitted[row]
            defer {
                if previous.person != person { previous = (person, .min) }
                previous.discharge = max(previous.discharge, discharged[row])
            }
            guard day >= first, day <= last else { continue }
            var flags: ActivityFlags = acs[row] ? [.ambulatoryCareSensitive] : []
            if emergency[row], previous.person == person, previous.discharge != .min,
                day >= previous.discharge, day - previous.discharge <= Self.readmissionDays
            {
                flags.insert(.readmission)
            }
            add(
                emergency[row] ? .emergencyAdmission : .electiveAdmission, Int(person), day, flags,
                bedDays: discharged[row] == .min ? 0 : Int(max(0, discharged[row] - day)),
                delayed: Int(max(0, delayed?.int(row) ?? 0)))
        }
        // A&E: a person's attendances in the year, counted first for the frequent attenders.
        let attendances = columns.table("ae_attendances")
        let arrived = attendances.days("arrival_date", empty: .max)
        var visits: [Int32: Int] = [:]
        for row in 0..<attendances.count where arrived[row] >= first && arrived[row] <= last {
            if attendances.person[row] >= 0 { visits[attendances.person[row], default: 0] += 1 }
        }
        for row in 0..<attendances.count where arrived[row] >= first && arrived[row] <= last {
            let person = attendances.person[row]
            guard person >= 0 else { continue }
            let frequent = (visits[person] ?? 0) >= Self.frequentAttendances
            add(.aeAttendance, Int(person), arrived[row], frequent ? [.frequentAttender] : [])
        }
        for (table, date, setting) in [
            ("care_home_admissions", "admit_date", ActivitySetting.careHomeAdmission),
            ("reablement_episodes", "start_date", .reablementEpisode),
        ] {
            let records = columns.table(table)
            let days = records.days(date, empty: .max)
            for row in 0..<records.count
            where days[row] >= first && days[row] <= last && records.person[row] >= 0 {
                add(setting, Int(records.person[row]), days[row], [])
            }
        }
        guard !cells.isEmpty else { throw ScenarioError.noActivity(year) }
        self.init(year: year, lcps: people.lcps, oldest: oldest, cells: cells)
    }
}
