import PlaceModel
import PlacePack

extension CountPlanSQL.Query {
    /// The rows a records plan selects (`selected`, or `kept` for the latest record): each with its
    /// person, base period, date (`day`, and as yyyymmdd `ymd`), age and the value the measure reads.
    /// A birth's person is its mother when she is a stored person, else the child, as in the model.
    mutating func writeRecords(_ name: String, _ date: String) throws {
        guard let table = PlaceSchema.table(named: name) else {
            throw EngineError.badDefinition(name, "no table named '\(name)'")
        }
        let person =
            table.index(of: "person_id") != nil
            ? "r.person_id"
            : "COALESCE((SELECT m.person_id FROM persons m WHERE m.person_id = r.mother_person_id), "
                + "r.child_person_id)"
        let id = table.key.count == 1 ? "r.\(table.key[0])" : "r.rowid"
        let value = plan.valueColumn.map { "r.\($0)" } ?? "NULL"
        let gate = plan.filters.filter { !plan.latest || $0.column == "kind" }
        let others = plan.filters.filter { plan.latest && $0.column != "kind" }
        func conditions(_ filters: [Selection.Filter]) throws -> (String, [FieldValue]) {
            let parts = try filters.map { filter -> (String, [FieldValue]) in
                guard let column = table.columns.first(where: { $0.name == filter.column }) else {
                    throw EngineError.badDefinition(name, "\(name) has no column '\(filter.column)'")
                }
                return try CountPlanSQL.bound(filter, column, origin: name, as: "r.\(filter.column)")
            }
            return (parts.isEmpty ? "1 = 1" : parts.map(\.0).joined(separator: " AND "), parts.flatMap(\.1))
        }
        let (keep, keepValues) = try conditions(others)
        add(
            "records AS (SELECT \(person) AS person, \(Self.ymd("r.\(date)")) AS ymd, r.\(date) AS day, "
                + "\(value) AS value, \(id) AS id, CASE WHEN \(keep) THEN 1 ELSE 0 END AS keep FROM \(name) r",
            keepValues)
        let (taken, takenValues) = try conditions(gate)
        add(" WHERE \(taken)),\n", takenValues)
        let (onPerson, personValues) = try personConditions(ymd: "s.ymd")
        add(
            """
            selected AS (SELECT s.person, s.base, s.ymd, s.day, (s.ymd - p.birth) / 10000 AS age, s.value,
              s.id, s.keep, \(Self.carried("p.")) FROM (SELECT records.*, \(base("ymd")) AS base FROM records) s
              JOIN people p ON p.person = s.person
              WHERE s.base BETWEEN 0 AND \(periods.baseCount - 1)
            """ + onPerson + "),\n", personValues)
        guard plan.latest else { return }
        add(
            """
            kept AS (SELECT * FROM (SELECT q.*, ROW_NUMBER() OVER (PARTITION BY q.person, q.base
              ORDER BY q.ymd DESC, q.id DESC) AS rank FROM selected q) WHERE rank = 1 AND keep = 1),

            """)
    }

    /// The residents at the middle of each base period (`selected`), at their age that day.
    mutating func writeResidents() throws {
        let middles = (0..<periods.baseCount).map {
            PersonIndex.ymd(CivilDate(day: periods.middle(ofBase: $0)))
        }
        add(
            "bases(base, middle) AS (VALUES " + middles.map { _ in "(?, ?)" }.joined(separator: ", ")
                + "),\n",
            middles.enumerated().flatMap { [FieldValue.int(Int64($0)), .int(Int64($1))] })
        let (person, values) = try personConditions(ymd: "b.middle")
        add(
            """
            selected AS (SELECT p.person, b.base, b.middle AS ymd, (b.middle - p.birth) / 10000 AS age,
              NULL AS value, \(Self.carried("p.")) FROM people p CROSS JOIN bases b
              WHERE p.birth <= b.middle AND (p.death IS NULL OR p.death > b.middle)
              AND (p.registered_from IS NULL OR p.registered_from <= b.middle)
              AND (p.registered_to IS NULL OR p.registered_to >= b.middle)
            """ + person + "),\n", values)
    }

    /// What each selected row adds (`amounts`: person, base, age, amount and the person's groups),
    /// and with ``CountPlan/squaredPerPerson`` each person's total in each base period squared
    /// (`totals`). The person's groups are carried along, so nothing joins the persons again.
    mutating func writeAmounts() {
        let from = plan.latest ? "kept" : "selected"
        let groups = Self.carried()
        func amounts(_ amount: String, _ rest: String = "") -> String {
            "amounts AS (SELECT person, base, age, \(amount) AS amount, \(groups) FROM \(from)\(rest)),\n"
        }
        switch plan.measure {
        case .records: add(amounts("1"))
        case .values: add(amounts("value", " WHERE value IS NOT NULL"))
        case .squares: add(amounts("value * value", " WHERE value IS NOT NULL"))
        case .present: add(amounts("1", " WHERE value IS NOT NULL"))
        case .persons:
            add(
                "amounts AS (SELECT person, base, MIN(age) AS age, 1 AS amount, \(groups) FROM \(from) "
                    + "GROUP BY person, base, \(groups)),\n")
        case .nights:
            let end = FieldValue.text(String(format: "%04d-12-31", periods.years.upperBound + 1))
            add(
                """
                stays AS (SELECT night, last, person, \(groups) FROM (SELECT day AS night, COALESCE(value, ?) AS last,
                  person, \(groups) FROM \(from)) WHERE night < last
                  UNION ALL SELECT DATE(night, '+1 day'), last, person, \(groups) FROM stays
                  WHERE DATE(night, '+1 day') < last),
                nightly AS (SELECT \(Self.ymd("night")) AS ymd, person, \(groups) FROM stays),
                amounts AS (SELECT person, \(base("ymd")) AS base, (ymd - birth) / 10000 AS age, 1 AS amount, \(groups)
                  FROM nightly WHERE \(base("ymd")) BETWEEN 0 AND \(periods.baseCount - 1)),

                """, [end])
        }
        guard plan.squaredPerPerson else { return }
        add(
            "totals AS (SELECT person, base, MIN(age) AS age, SUM(amount) * SUM(amount) AS amount, \(groups) "
                + "FROM amounts GROUP BY person, base, \(groups)),\n")
    }

    /// The person's columns carried with each row: birth and every group, each prefixed by `prefix`.
    static func carried(_ prefix: String = "") -> String {
        ["birth", "sex", "ethnicity", "ward", "lcp", "decile", "deprivation", "practice", "pcn"].map {
            prefix + $0
        }.joined(separator: ", ")
    }

    /// The amounts summed by base period, age band and under-ones, for each group of each fixed
    /// breakdown: one `GROUP BY` each, joined by `UNION ALL`.
    mutating func writeGroups(cityCode: String) {
        add(
            """
            grouped AS (SELECT a.base, CASE WHEN a.age >= 90 THEN 18 WHEN a.age < 0 THEN 0 ELSE a.age / 5 END AS band,
              CASE WHEN a.age <= 0 THEN 1 ELSE 0 END AS infant, a.amount, \(Self.carried("a."))
              FROM \(plan.squaredPerPerson ? "totals" : "amounts") a)

            """)
        let keys = [
            "ward": "ward", "lcp": "lcp", "pcn": "pcn", "practice": "practice", "decile": "decile",
            "deprivation": "deprivation", "sex": "sex", "ethnicity": "ethnicity",
            "lcp-deprivation": "lcp || '|' || deprivation",
        ]
        let selects = GroupLayout.fixed.map { breakdown -> (String, [FieldValue]) in
            let tail = "base, band, infant, SUM(amount) AS amount FROM grouped"
            guard breakdown != "city" else {
                return (
                    "SELECT ? AS breakdown, ? AS code, \(tail) GROUP BY base, band, infant",
                    [
                        .text(breakdown), .text(cityCode),
                    ]
                )
            }
            let key = keys[breakdown] ?? "NULL"
            let present = ["pcn", "practice"].contains(breakdown) ? " WHERE practice IS NOT NULL" : ""
            return (
                "SELECT ?, \(key), \(tail)\(present) GROUP BY \(key), base, band, infant", [.text(breakdown)]
            )
        }
        add(selects.map(\.0).joined(separator: "\nUNION ALL "), selects.flatMap(\.1))
    }
}
