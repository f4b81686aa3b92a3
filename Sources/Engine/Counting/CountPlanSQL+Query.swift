import PlaceModel
import PlacePack

extension CountPlanSQL {
    /// The query text of one plan, written part by part with its bound values in step.
    struct Query {
        let plan: CountPlan
        let periods: IndicatorPeriods
        private(set) var text = ""
        private(set) var arguments: [FieldValue] = []

        init(plan: CountPlan, periods: IndicatorPeriods) {
            self.plan = plan
            self.periods = periods
        }

        /// Appends `sql`, binding `values` to its marks.
        mutating func add(_ sql: String, _ values: [FieldValue] = []) {
            text += sql
            arguments += values
        }

        /// A `yyyy-mm-dd` text as a yyyymmdd integer.
        static func ymd(_ expression: String) -> String { "CAST(REPLACE(\(expression), '-', '') AS INTEGER)" }

        /// The base period (0 for the first) of a yyyymmdd integer; out of range when outside the study.
        func base(_ ymd: String) -> String {
            let start = periods.years.lowerBound
            guard periods.type == .financialYear else { return "(\(ymd) / 10000 - \(start))" }
            return "(\(ymd) / 10000 - CASE WHEN \(ymd) / 100 % 100 < 4 THEN 1 ELSE 0 END - \(start))"
        }

        /// The whole query.
        mutating func write(cityCode: String) throws {
            add(plan.measure.isNights ? "WITH RECURSIVE\n" : "WITH\n")
            writeAreas()
            if let register = plan.register {
                add(
                    "register AS (SELECT person_id AS person, MIN(\(Self.ymd("onset_date"))) AS onset "
                        + "FROM conditions WHERE register = ? GROUP BY person_id),\n", [.text(register)])
            }
            switch plan.source {
            case .residents: try writeResidents()
            case .records(let table, let date): try writeRecords(table, date)
            }
            writeAmounts()
            writeGroups(cityCode: cityCode)
        }

        /// Each LSOA's decile, ward and LCP; each practice's PCN; each person's groups.
        private mutating func writeAreas() {
            add(
                """
                lsoas AS (SELECT l.area_code AS lsoa, COALESCE(l.imd_decile, 0) AS decile,
                  COALESCE(l.parent_code, '') AS ward, COALESCE(w.parent_code, '') AS lcp
                  FROM areas l LEFT JOIN areas w ON w.area_code = l.parent_code WHERE l.kind = 'lsoa'),
                practices AS (SELECT area_code AS practice, COALESCE(parent_code, '') AS pcn
                  FROM areas WHERE kind = 'practice'),
                people AS (SELECT p.person_id AS person, \(Self.ymd("p.birth_date")) AS birth,
                  CASE WHEN p.sex = 'F' THEN 'F' ELSE 'M' END AS sex,

                """)
            let groups = PlaceSchema.ethnicGroups
            add(
                "  CASE WHEN p.ethnic_group IN (\(groups.map { _ in "?" }.joined(separator: ", "))) "
                    + "THEN p.ethnic_group ELSE ? END AS ethnicity,\n",
                groups.map(FieldValue.text) + [.text(groups.last ?? "")])
            add(
                """
                  l.ward, l.lcp, CAST(l.decile AS TEXT) AS decile,
                  CASE WHEN l.decile = 1 THEN 'deprived' ELSE 'rest' END AS deprivation, q.practice, q.pcn,
                  \(Self.ymd("p.registered_from")) AS registered_from, \(Self.ymd("p.registered_to")) AS registered_to,
                  \(Self.ymd("d.death_date")) AS death
                  FROM persons p JOIN lsoas l ON l.lsoa = p.lsoa_code
                  LEFT JOIN practices q ON q.practice = p.practice_code
                  LEFT JOIN deaths d ON d.person_id = p.person_id),

                """)
        }

        /// The conditions on a person (`p`) whose row has the date `ymd`: ages, person filters and
        /// the register, as a `WHERE` continuation.
        func personConditions(ymd: String) throws -> (String, [FieldValue]) {
            var parts: [String] = []
            var values: [FieldValue] = []
            let age = "(\(ymd) - p.birth) / 10000"
            if let min = plan.minAge { parts.append("\(age) >= ?"); values.append(.int(Int64(min))) }
            if let max = plan.maxAge { parts.append("\(age) <= ?"); values.append(.int(Int64(max))) }
            for filter in plan.person {
                let name = ["sex": "p.sex", "ethnic_group": "p.ethnicity"][filter.column] ?? "NULL"
                guard let column = PlaceSchema.persons.columns.first(where: { $0.name == filter.column })
                else {
                    throw EngineError.badDefinition(
                        filter.column, "persons have no column '\(filter.column)'")
                }
                let (sql, bound) = try CountPlanSQL.bound(filter, column, origin: filter.column, as: name)
                parts.append(sql)
                values += bound
            }
            if plan.register != nil {
                parts.append(
                    "EXISTS (SELECT 1 FROM register g WHERE g.person = p.person AND g.onset <= \(ymd))")
            }
            return (parts.map { " AND " + $0 }.joined(), values)
        }
    }
}

extension CountPlan.Measure {
    /// Whether this counts the nights of stays.
    var isNights: Bool {
        if case .nights = self { return true } else { return false }
    }
}
