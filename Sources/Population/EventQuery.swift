import PlaceModel
import Store

/// One read of dated records from the store, decoded into rows of an ``EventKind``.
struct EventQuery: Sendable {
    let sql: String
    let decode: @Sendable (any StoredRow, Int32, inout [EventRows]) -> Void

    init(
        sql: String,
        decode: @escaping @Sendable (any StoredRow, Int32, inout [EventRows]) -> Void
    ) {
        self.sql = sql
        self.decode = decode
    }

    /// Reads the query's rows for the persons in `positions`.
    func read(_ store: any PlaceStore, _ positions: PersonPositions, _ rows: inout [EventRows]) throws {
        try store.scan(sql, []) { row in
            guard let id = row.int(0), let p = positions.get(id) else { return }
            decode(row, p, &rows)
        }
    }

    private static func day(_ row: any StoredRow, _ column: Int) -> Int32? {
        row.ymd(column).flatMap(PopulationLoader.day)
    }

    private static func code(_ row: any StoredRow, _ column: Int, _ list: [String]) -> UInt8 {
        PopulationCodes.index(row.text(column), in: list) ?? 255
    }

    private static func simple(
        _ kind: EventKind, _ sql: String, codes: [String]? = nil
    ) -> EventQuery {
        EventQuery(sql: sql) { row, p, rows in
            guard let date = day(row, 1) else { return }
            let c = codes.map { code(row, 2, $0) } ?? 0
            rows[kind.rawValue].append(person: p, date: date, code: c)
        }
    }

    /// Every query, the largest tables first (the loading threads take them in this order).
    static let all: [EventQuery] = [
        smoking, attendances, medications, admissions, problems, conditions, packages, careHomes, births,
        assessments, detentions,
    ]

    static let smoking = simple(
        .smokingStatus, "SELECT person_id, obs_date, value_code FROM observations WHERE kind = 'smoking'",
        codes: PopulationCodes.smoking)

    static let attendances = EventQuery(sql: "SELECT person_id, arrival_date FROM ae_attendances") {
        row, p, rows in
        guard let date = day(row, 1) else { return }
        rows[EventKind.aeAttendance.rawValue].append(person: p, date: date)
    }

    static let medications = EventQuery(
        sql: "SELECT person_id, start_date, end_date, medicine, repeat_medicine, respiratory FROM medications"
    ) { row, p, rows in
        guard let date = day(row, 1) else { return }
        let isRepeat = row.int(4) == 1
        let flags =
            (isRepeat ? MedicationFlag.repeat : 0) | (row.int(5) == 1 ? MedicationFlag.respiratory : 0)
        rows[EventKind.medication.rawValue].append(
            person: p, date: date, end: day(row, 2) ?? (isRepeat ? .max : date),
            code: code(row, 3, PopulationCodes.medicines), flags: flags)
    }

    static let admissions = EventQuery(
        sql: "SELECT person_id, admit_date, discharge_date, method, diagnosis_group FROM admissions"
    ) { row, p, rows in
        guard let date = day(row, 1) else { return }
        let kind: EventKind = row.text(3) == "emergency" ? .emergencyAdmission : .electiveAdmission
        rows[kind.rawValue].append(
            person: p, date: date, end: day(row, 2) ?? .max, code: code(row, 4, PopulationCodes.causeGroups))
    }

    static let problems = simple(
        .problem, "SELECT person_id, recorded_date, code FROM problems", codes: PopulationCodes.problems)

    static let conditions = simple(
        .condition, "SELECT person_id, onset_date, register FROM conditions", codes: PopulationCodes.registers
    )

    static let packages = EventQuery(sql: "SELECT person_id, start_date, end_date, setting FROM sc_packages")
    {
        row, p, rows in
        guard let date = day(row, 1) else { return }
        rows[EventKind.carePackage.rawValue].append(
            person: p, date: date, end: day(row, 2) ?? .max, code: code(row, 3, PopulationCodes.careSettings))
    }

    static let careHomes = EventQuery(
        sql: "SELECT person_id, admit_date, permanent FROM care_home_admissions"
    ) {
        row, p, rows in
        guard let date = day(row, 1) else { return }
        rows[EventKind.careHomeAdmission.rawValue].append(
            person: p, date: date, flags: row.int(2) == 1 ? 1 : 0)
    }

    static let births = simple(
        .birthAsMother, "SELECT mother_person_id, birth_date FROM births WHERE mother_person_id IS NOT NULL")

    static let assessments = simple(
        .careAssessment, "SELECT person_id, request_date, outcome FROM sc_assessments",
        codes: ["first_contact", "universal_services", "long_term_support", "no_services"])

    static let detentions = EventQuery(sql: "SELECT person_id, start_date, end_date FROM mha_detentions") {
        row, p, rows in
        guard let date = day(row, 1) else { return }
        rows[EventKind.detention.rawValue].append(person: p, date: date, end: day(row, 2) ?? .max)
    }
}
