import Foundation
import PlaceModel

/// One table's contribution to a person's timeline: the query (one bound person identifier) and
/// how a row reads.
struct TimelineSource: Sendable {
    let sql: String
    let entries: @Sendable ([FieldValue]) -> [PersonTimeline.Entry]

    /// The column of the query's first value, the event's date (pages are read newest first by it).
    var dateColumn: String { String(sql.dropFirst("SELECT ".count).prefix { $0 != "," && $0 != " " }) }

    /// Organisations, in the order entries of the same day are shown.
    static let sources = [
        "Registration", "GP practice", "Hospital", "Mental health services", "Community services",
        "Adult social care",
    ]

    private static func entry(_ date: FieldValue, _ source: String, _ kind: String, _ detail: String)
        -> [PersonTimeline.Entry]
    {
        guard let day = date.textValue else { return [] }
        return [PersonTimeline.Entry(date: day, source: source, kind: kind, detail: detail)]
    }

    private static func words(_ value: FieldValue) -> String {
        (value.textValue ?? "").replacingOccurrences(of: "_", with: " ")
    }

    private static func until(_ value: FieldValue, _ open: String) -> String {
        value.textValue.map { "until \($0)" } ?? open
    }

    /// Every source, in a fixed order.
    static let all: [TimelineSource] = [
        TimelineSource(
            sql: "SELECT birth_date, registered_from, practice_code FROM persons WHERE person_id = ?"
        ) { r in
            entry(r[0], "Registration", "birth", "born")
                + entry(
                    r[1], "GP practice", "registration", "registered with practice \(r[2].textValue ?? "?")")
        },
        TimelineSource(sql: "SELECT onset_date, register FROM conditions WHERE person_id = ?") { r in
            entry(
                r[0], "GP practice", "condition",
                "added to the \(r[1].textValue?.lowercased() ?? "?") register")
        },
        TimelineSource(sql: "SELECT recorded_date, code FROM problems WHERE person_id = ?") { r in
            entry(r[0], "GP practice", "problem", words(r[1]))
        },
        TimelineSource(
            sql:
                "SELECT start_date, end_date, medicine, repeat_medicine, respiratory FROM medications WHERE person_id = ?"
        ) { r in
            let why = r[4] == .int(1) ? " for respiratory symptoms" : ""
            let what = r[3] == .int(1) ? "repeat medicine, \(until(r[1], "continuing"))" : "course\(why)"
            return entry(r[0], "GP practice", "medicine", "\(words(r[2])): \(what)")
        },
        TimelineSource(
            sql: "SELECT obs_date, kind, value_code, value_num FROM observations WHERE person_id = ?"
        ) { r in
            let value = [r[2].textValue, r[3].number.map { String($0) }].compactMap { $0 }.joined(
                separator: " ")
            return entry(r[0], "GP practice", words(r[1]), value)
        },
        TimelineSource(
            sql: "SELECT arrival_date, duration_minutes, admitted FROM ae_attendances WHERE person_id = ?"
        ) { r in
            entry(
                r[0], "Hospital", "A&E attendance",
                "\(r[1].textValue ?? "?") minutes\(r[2] == .int(1) ? ", admitted" : "")")
        },
        TimelineSource(
            sql:
                "SELECT admit_date, discharge_date, method, diagnosis_group, delayed_days FROM admissions WHERE person_id = ?"
        ) { r in
            let delayed = r[4].number.map { $0 > 0 ? ", \(Int($0)) days delayed" : "" } ?? ""
            return entry(
                r[0], "Hospital", "\(words(r[2])) admission",
                "\(words(r[3])), \(r[1].textValue.map { "discharged \($0)" } ?? "not discharged")\(delayed)")
        },
        TimelineSource(sql: "SELECT start_date, end_date, section FROM mha_detentions WHERE person_id = ?") {
            r in
            entry(
                r[0], "Mental health services", "Mental Health Act detention",
                "section \(r[2].textValue ?? "?"), \(until(r[1], "not ended"))")
        },
        TimelineSource(sql: "SELECT request_date, outcome FROM sc_assessments WHERE person_id = ?") { r in
            entry(r[0], "Adult social care", "request for support", "outcome: \(words(r[1]))")
        },
        TimelineSource(sql: "SELECT start_date, end_date, setting FROM sc_packages WHERE person_id = ?") {
            r in
            entry(r[0], "Adult social care", "care package", "\(words(r[2])), \(until(r[1], "continuing"))")
        },
        TimelineSource(
            sql: "SELECT start_date, end_date, at_home_91 FROM reablement_episodes WHERE person_id = ?"
        ) { r in
            let outcome =
                r[2].textValue.map { $0 == "1" ? ", at home after 91 days" : ", not at home after 91 days" }
                ?? ""
            return entry(r[0], "Community services", "reablement", "\(until(r[1], "continuing"))\(outcome)")
        },
        TimelineSource(
            sql: "SELECT admit_date, permanent, home_type FROM care_home_admissions WHERE person_id = ?"
        ) { r in
            entry(
                r[0], "Adult social care", "care home admission",
                "\(words(r[2]))\(r[1] == .int(1) ? ", permanent" : "")")
        },
        TimelineSource(sql: "SELECT identified_date, support FROM carers WHERE person_id = ?") { r in
            entry(r[0], "Adult social care", "identified as a carer", "support: \(words(r[1]))")
        },
        TimelineSource(sql: "SELECT birth_date FROM births WHERE mother_person_id = ?") { r in
            entry(r[0], "Registration", "gave birth", "live birth")
        },
        TimelineSource(sql: "SELECT death_date, cause_group, place, eol_plan FROM deaths WHERE person_id = ?")
        { r in
            entry(
                r[0], "Registration", "death",
                "cause: \(words(r[1])), place: \(words(r[2]))\(r[3] == .int(1) ? ", end-of-life plan in place" : "")"
            )
        },
    ]
}
