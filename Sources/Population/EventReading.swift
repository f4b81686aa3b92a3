import PlaceColumns
import PlaceModel

/// How the rows of one table of the shared columnar model become records of an ``EventKind``.
struct EventReading: Sendable {
    /// The table read.
    let table: String
    let read: @Sendable (TableColumns, inout [EventRows]) -> Void

    /// Every reading, the largest tables first (the loading threads take them in this order).
    static let all: [EventReading] = [
        smoking, attendances, medications, admissions, problems, conditions, packages, careHomes, births,
        assessments, detentions,
    ]

    /// The days of column `name` (`Int32.min` when empty).
    private static func days(_ table: TableColumns, _ name: String) -> [Int32] {
        table.days(name, empty: .min)
    }

    /// The codes of column `name` as positions in `list` (255 when empty or not in the list).
    private static func codes(_ table: TableColumns, _ name: String, _ list: [String]) -> [UInt8] {
        table.mapped(name, empty: 255) { PopulationCodes.index($0, in: list) }
    }

    /// Whether flag column `name` is 1 in each row.
    private static func flags(_ table: TableColumns, _ name: String) -> [Bool] { table.flags(name) }

    /// A reading of `table`'s person, `date` column and (when given) code column.
    private static func simple(
        _ kind: EventKind, _ table: String, _ date: String, code: (column: String, list: [String])? = nil,
        person: String = "person_id", only: (column: String, code: String)? = nil
    ) -> EventReading {
        EventReading(table: table) { t, rows in
            let dates = days(t, date)
            let coded = code.map { codes(t, $0.column, $0.list) }
            let keep = only.map { codes(t, $0.column, [$0.code]) }
            guard case .persons(let people) = t[person] else { return }
            for r in 0..<t.count where people[r] >= 0 && dates[r] != Int32.min {
                if let keep, keep[r] != 0 { continue }
                rows[kind.rawValue].append(person: people[r], date: dates[r], code: coded?[r] ?? 0)
            }
        }
    }

    static let smoking = simple(
        .smokingStatus, "observations", "obs_date", code: ("value_code", PopulationCodes.smoking),
        only: ("kind", "smoking"))

    static let attendances = simple(.aeAttendance, "ae_attendances", "arrival_date")

    static let medications = EventReading(table: "medications") { t, rows in
        let (start, end) = (days(t, "start_date"), days(t, "end_date"))
        let medicine = codes(t, "medicine", PopulationCodes.medicines)
        let (repeats, respiratory) = (flags(t, "repeat_medicine"), flags(t, "respiratory"))
        for r in 0..<t.count where t.person[r] >= 0 && start[r] != Int32.min {
            let flags =
                (repeats[r] ? MedicationFlag.repeat : 0) | (respiratory[r] ? MedicationFlag.respiratory : 0)
            rows[EventKind.medication.rawValue].append(
                person: t.person[r], date: start[r],
                end: end[r] != Int32.min ? end[r] : (repeats[r] ? .max : start[r]), code: medicine[r],
                flags: flags)
        }
    }

    static let admissions = EventReading(table: "admissions") { t, rows in
        let (admit, discharge) = (days(t, "admit_date"), days(t, "discharge_date"))
        let diagnosis = codes(t, "diagnosis_group", PopulationCodes.causeGroups)
        let emergency = codes(t, "method", ["emergency"]).map { $0 == 0 }
        for r in 0..<t.count where t.person[r] >= 0 && admit[r] != Int32.min {
            let kind: EventKind = emergency[r] ? .emergencyAdmission : .electiveAdmission
            rows[kind.rawValue].append(
                person: t.person[r], date: admit[r], end: discharge[r] != Int32.min ? discharge[r] : .max,
                code: diagnosis[r])
        }
    }

    static let problems = simple(
        .problem, "problems", "recorded_date", code: ("code", PopulationCodes.problems))

    static let conditions = simple(
        .condition, "conditions", "onset_date", code: ("register", PopulationCodes.registers))

    static let packages = EventReading(table: "sc_packages") { t, rows in
        let (start, end) = (days(t, "start_date"), days(t, "end_date"))
        let setting = codes(t, "setting", PopulationCodes.careSettings)
        for r in 0..<t.count where t.person[r] >= 0 && start[r] != Int32.min {
            rows[EventKind.carePackage.rawValue].append(
                person: t.person[r], date: start[r], end: end[r] != Int32.min ? end[r] : .max,
                code: setting[r])
        }
    }

    static let careHomes = EventReading(table: "care_home_admissions") { t, rows in
        let admit = days(t, "admit_date")
        let permanent = flags(t, "permanent")
        for r in 0..<t.count where t.person[r] >= 0 && admit[r] != Int32.min {
            rows[EventKind.careHomeAdmission.rawValue].append(
                person: t.person[r], date: admit[r], flags: permanent[r] ? 1 : 0)
        }
    }

    static let births = simple(.birthAsMother, "births", "birth_date", person: "mother_person_id")

    static let assessments = simple(
        .careAssessment, "sc_assessments", "request_date",
        code: ("outcome", ["first_contact", "universal_services", "long_term_support", "no_services"]))

    static let detentions = EventReading(table: "mha_detentions") { t, rows in
        let (start, end) = (days(t, "start_date"), days(t, "end_date"))
        for r in 0..<t.count where t.person[r] >= 0 && start[r] != Int32.min {
            rows[EventKind.detention.rawValue].append(
                person: t.person[r], date: start[r], end: end[r] != Int32.min ? end[r] : .max)
        }
    }
}
