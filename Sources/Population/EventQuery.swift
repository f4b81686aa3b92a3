import PlaceModel
import Store

/// One read of dated records from the store, decoded into rows of an ``EventKind``.
struct EventQuery: Sendable {
    let sql: String
    /// Large tables, read on the first connection; the rest on the second.
    let heavy: Bool
    let decode: @Sendable (any StoredRow, Int32, inout [EventRows]) -> Void

    init(
        sql: String, heavy: Bool = false,
        decode: @escaping @Sendable (any StoredRow, Int32, inout [EventRows]) -> Void
    ) {
        self.sql = sql
        self.heavy = heavy
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
        _ kind: EventKind, _ sql: String, heavy: Bool = false, codes: [String]? = nil
    ) -> EventQuery {
        EventQuery(sql: sql, heavy: heavy) { row, p, rows in
            guard let date = day(row, 1) else { return }
            let c = codes.map { code(row, 2, $0) } ?? 0
            rows[kind.rawValue].append(person: p, date: date, code: c)
        }
    }

    /// Every query, in a fixed order.
    static let all: [EventQuery] = [
        EventQuery(sql: "SELECT person_id, arrival_date FROM ae_attendances", heavy: true) { row, p, rows in
            guard let date = day(row, 1) else { return }
            rows[EventKind.aeAttendance.rawValue].append(person: p, date: date)
        },
        simple(
            .smokingStatus, "SELECT person_id, obs_date, value_code FROM observations WHERE kind = 'smoking'",
            heavy: true, codes: PopulationCodes.smoking),
        EventQuery(
            sql:
                "SELECT person_id, admit_date, discharge_date, method, diagnosis_group FROM admissions"
        ) { row, p, rows in
            guard let date = day(row, 1) else { return }
            let kind: EventKind = row.text(3) == "emergency" ? .emergencyAdmission : .electiveAdmission
            rows[kind.rawValue].append(
                person: p, date: date, end: day(row, 2) ?? .max,
                code: code(row, 4, PopulationCodes.causeGroups))
        },
        simple(
            .condition, "SELECT person_id, onset_date, register FROM conditions",
            codes: PopulationCodes.registers),
        simple(
            .problem, "SELECT person_id, recorded_date, code FROM problems", codes: PopulationCodes.problems),
        EventQuery(
            sql:
                "SELECT person_id, start_date, end_date, medicine, repeat_medicine, respiratory FROM medications",
            heavy: true
        ) { row, p, rows in
            guard let date = day(row, 1) else { return }
            let isRepeat = row.int(4) == 1
            let flags =
                (isRepeat ? MedicationFlag.repeat : 0) | (row.int(5) == 1 ? MedicationFlag.respiratory : 0)
            rows[EventKind.medication.rawValue].append(
                person: p, date: date, end: day(row, 2) ?? (isRepeat ? .max : date),
                code: code(row, 3, PopulationCodes.medicines), flags: flags)
        },
        EventQuery(sql: "SELECT person_id, start_date, end_date, setting FROM sc_packages") { row, p, rows in
            guard let date = day(row, 1) else { return }
            rows[EventKind.carePackage.rawValue].append(
                person: p, date: date, end: day(row, 2) ?? .max,
                code: code(row, 3, PopulationCodes.careSettings))
        },
        EventQuery(sql: "SELECT person_id, admit_date, permanent FROM care_home_admissions") { row, p, rows in
            guard let date = day(row, 1) else { return }
            rows[EventKind.careHomeAdmission.rawValue].append(
                person: p, date: date, flags: row.int(2) == 1 ? 1 : 0)
        },
        simple(
            .birthAsMother,
            "SELECT mother_person_id, birth_date FROM births WHERE mother_person_id IS NOT NULL"),
        simple(
            .careAssessment, "SELECT person_id, request_date, outcome FROM sc_assessments",
            codes: ["first_contact", "universal_services", "long_term_support", "no_services"]),
        EventQuery(sql: "SELECT person_id, start_date, end_date FROM mha_detentions") { row, p, rows in
            guard let date = day(row, 1) else { return }
            rows[EventKind.detention.rawValue].append(person: p, date: date, end: day(row, 2) ?? .max)
        },
    ]
}
