import PlaceModel

extension SyntheticMeasures {
    /// Pathway metrics over the period:
    /// - `emergency_admission_last_year_of_life_share`: % of deaths with an emergency admission in
    ///   the 365 days before;
    /// - `readmission_30_days_share`: % of emergency admissions ending alive in the period followed
    ///   by another emergency admission within 30 days of the discharge;
    /// - `ae_reattendance_7_days_share`: % of attendances in the period followed by another within 7
    ///   days;
    /// - `hospital_deaths_in_a_stay_share`: % of deaths in hospital during an admission;
    /// - `admitted_ae_with_admission_share`: % of admitted attendances with an emergency admission
    ///   the same day.
    func pathwayMeasure(_ metric: String, _ period: Period) throws -> Double? {
        let before = period.start.adding(days: -365)
        let after = period.end.adding(days: 30)
        switch metric {
        case "emergency_admission_last_year_of_life_share":
            let admitted = try datesByPerson(
                "SELECT person_id, admit_date FROM admissions WHERE method = 'emergency' AND admit_date BETWEEN ?1 AND ?2",
                before, period.end)
            let deaths = try pairs(
                "SELECT person_id, death_date FROM deaths WHERE death_date BETWEEN ?1 AND ?2", period)
            let with = deaths.filter { person, death in
                admitted[person]?.contains { $0 <= death && death.days(to: $0) >= -365 } ?? false
            }
            return deaths.isEmpty ? nil : Double(with.count) / Double(deaths.count) * 100
        case "readmission_30_days_share":
            let admitted = try datesByPerson(
                "SELECT person_id, admit_date FROM admissions WHERE method = 'emergency' AND admit_date BETWEEN ?1 AND ?2",
                period.start, after)
            let discharges = try pairs(
                """
                SELECT a.person_id, a.discharge_date FROM admissions a LEFT JOIN deaths d ON d.person_id = a.person_id
                WHERE a.method = 'emergency' AND a.discharge_date BETWEEN ?1 AND ?2
                  AND (d.death_date IS NULL OR d.death_date > a.discharge_date)
                """, period)
            let followed = discharges.filter { person, out in
                admitted[person]?.contains { $0 > out && out.days(to: $0) <= 30 } ?? false
            }
            return discharges.isEmpty ? nil : Double(followed.count) / Double(discharges.count) * 100
        case "ae_reattendance_7_days_share":
            let all = try datesByPerson(
                "SELECT person_id, arrival_date FROM ae_attendances WHERE arrival_date BETWEEN ?1 AND ?2",
                period.start, period.end.adding(days: 7))
            var attendances = 0
            var again = 0
            for (_, dates) in all {
                let sorted = dates.sorted()
                for (k, day) in sorted.enumerated() where day <= period.end {
                    attendances += 1
                    if k + 1 < sorted.count, sorted[k + 1] > day, day.days(to: sorted[k + 1]) <= 7 {
                        again += 1
                    }
                }
            }
            return attendances == 0 ? nil : Double(again) / Double(attendances) * 100
        case "hospital_deaths_in_a_stay_share":
            let deaths = try scalar(
                "SELECT COUNT(*) FROM deaths WHERE place = 'hospital' AND death_date BETWEEN ?1 AND ?2",
                [.date(period.start), .date(period.end)])
            let inStay = try scalar(
                """
                SELECT COUNT(*) FROM deaths d WHERE d.place = 'hospital' AND d.death_date BETWEEN ?1 AND ?2
                  AND EXISTS (SELECT 1 FROM admissions a WHERE a.person_id = d.person_id
                    AND a.admit_date <= d.death_date AND (a.discharge_date IS NULL OR a.discharge_date >= d.death_date))
                """, [.date(period.start), .date(period.end)])
            return ratio(inStay, deaths)
        case "admitted_ae_with_admission_share":
            let admitted = try scalar(
                "SELECT COUNT(*) FROM ae_attendances WHERE admitted = 1 AND arrival_date BETWEEN ?1 AND ?2",
                [.date(period.start), .date(period.end)])
            let linked = try scalar(
                """
                SELECT COUNT(*) FROM ae_attendances e WHERE e.admitted = 1 AND e.arrival_date BETWEEN ?1 AND ?2
                  AND EXISTS (SELECT 1 FROM admissions a WHERE a.person_id = e.person_id
                    AND a.method = 'emergency' AND a.admit_date = e.arrival_date)
                """, [.date(period.start), .date(period.end)])
            return ratio(linked, admitted)
        default:
            return nil
        }
    }

    /// (person, date) rows of a fixed query over the period's dates.
    private func pairs(_ sql: String, _ period: Period) throws -> [(Int64, CivilDate)] {
        var found: [(Int64, CivilDate)] = []
        try store.scan(sql, [.date(period.start), .date(period.end)]) { row in
            if let person = row.int(0), let date = row.ymd(1).flatMap({ CivilDate(ymd: $0) }) {
                found.append((person, date))
            }
        }
        return found
    }

    /// The dates of a fixed query's (person, date) rows between `first` and `last`, by person.
    private func datesByPerson(_ sql: String, _ first: CivilDate, _ last: CivilDate) throws -> [Int64:
        [CivilDate]]
    {
        var found: [Int64: [CivilDate]] = [:]
        try store.scan(sql, [.date(first), .date(last)]) { row in
            if let person = row.int(0), let date = row.ymd(1).flatMap({ CivilDate(ymd: $0) }) {
                found[person, default: []].append(date)
            }
        }
        return found
    }
}
