import PlaceModel

extension SyntheticMeasures {
    /// Mortality metrics over the period:
    /// - `palliative_alive_one_year_share`, `cancer_alive_one_year_share`,
    ///   `cancer_alive_five_years_share`: % of entries on the register in the period whose person
    ///   is alive a year (five years) later;
    /// - `smi_premature_mortality_ratio`: the death rate under 75 of residents aged 18-74 at the
    ///   period's start who are on the serious mental illness register, over that of the others.
    func mortalityMeasure(_ metric: String, _ period: Period) throws -> Double? {
        switch metric {
        case "palliative_alive_one_year_share":
            return try aliveAfter("PALLIATIVE", days: 365, period)
        case "cancer_alive_one_year_share":
            return try aliveAfter("CANCER", days: 365, period)
        case "cancer_alive_five_years_share":
            return try aliveAfter("CANCER", days: 1826, period)
        case "smi_premature_mortality_ratio":
            var persons = [0.0, 0.0]
            var deaths = [0.0, 0.0]
            try store.scan(
                """
                SELECT p.birth_date, d.death_date, EXISTS (SELECT 1 FROM conditions c WHERE c.person_id = p.person_id
                    AND c.register = 'SMI' AND c.onset_date <= ?1)
                FROM persons p LEFT JOIN deaths d ON d.person_id = p.person_id
                WHERE p.birth_date > ?3 AND p.birth_date <= ?4
                  AND (p.registered_from IS NULL OR p.registered_from <= ?1)
                  AND (p.registered_to IS NULL OR p.registered_to >= ?1)
                  AND (d.death_date IS NULL OR d.death_date >= ?1)
                """,
                [
                    .date(period.start), .date(period.end), .date(yearsBefore(period.start, 75)),
                    .date(yearsBefore(period.start, 18)),
                ]
            ) { row in
                guard let birth = row.ymd(0).flatMap({ CivilDate(ymd: $0) }) else { return }
                let group = row.int(2) == 1 ? 1 : 0
                persons[group] += 1
                if let death = row.ymd(1).flatMap({ CivilDate(ymd: $0) }), death <= period.end,
                    birth.age(on: death) < 75
                {
                    deaths[group] += 1
                }
            }
            guard persons[0] > 0, persons[1] > 0, deaths[0] > 0 else { return nil }
            return (deaths[1] / persons[1]) / (deaths[0] / persons[0])
        default:
            return nil
        }
    }

    /// % of entries on `register` in the period whose person is alive `days` later, among those
    /// who died or were still registered then (a person who moved away is not followed).
    func aliveAfter(_ register: String, days: Int, _ period: Period) throws -> Double? {
        var (entries, alive) = (0, 0)
        try store.scan(
            """
            SELECT c.onset_date, d.death_date, p.registered_to FROM conditions c
            JOIN persons p ON p.person_id = c.person_id LEFT JOIN deaths d ON d.person_id = c.person_id
            WHERE c.register = ?3 AND c.onset_date BETWEEN ?1 AND ?2
            """, [.date(period.start), .date(period.end), .text(register)]
        ) { row in
            guard let onset = row.ymd(0).flatMap({ CivilDate(ymd: $0) }) else { return }
            let death = row.ymd(1).flatMap { CivilDate(ymd: $0) }
            let left = row.ymd(2).flatMap { CivilDate(ymd: $0) }
            let died = death.map { onset.days(to: $0) <= days } ?? false
            guard died || left.map({ onset.days(to: $0) >= days }) ?? true else { return }
            entries += 1
            if !died { alive += 1 }
        }
        return ratio(Double(alive), Double(entries))
    }
}
