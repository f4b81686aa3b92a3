import PlaceModel

extension SyntheticMeasures {
    /// The synthetic value of a calibration metric for a period, or nil if it cannot be measured.
    func measure(_ metric: String, _ period: Period) throws -> Double? {
        let years = period.years
        switch metric {
        case "population_total":
            return try population(on: period.middle)
        case "population_65plus":
            return try population(on: period.middle, bornBy: yearsBefore(period.middle, 65))
        case let calendar
        where calendar.hasPrefix("year_ratio.") || calendar.hasPrefix("winter_ratio.")
            || calendar.hasPrefix("weekday_share."):
            return try calendarMeasure(calendar, period)
        case "term_low_birth_weight_share", "term_low_birth_weight_ratio_quintile1_to_quintile5",
            "preterm_share":
            return try birthMeasure(metric, period)
        case "emergency_admission_last_year_of_life_share", "readmission_30_days_share",
            "ae_reattendance_7_days_share", "hospital_deaths_in_a_stay_share",
            "admitted_ae_with_admission_share":
            return try pathwayMeasure(metric, period)
        case "palliative_alive_one_year_share", "smi_premature_mortality_ratio",
            "cancer_alive_one_year_share",
            "cancer_alive_five_years_share":
            return try mortalityMeasure(metric, period)
        case let register where register.hasPrefix("register_prevalence."):
            return try registerPrevalence(String(register.dropFirst("register_prevalence.".count)), period)
        case let share where share.hasPrefix("minority_share"):
            return try minorityShare(share, on: period.middle)
        case let share where share.hasPrefix("population_share."):
            return try populationShare(String(share.dropFirst("population_share.".count)), on: period.middle)
        case "deprived_share":
            return ratio(try population(on: period.middle, decile: 1), try population(on: period.middle))
        case "deaths_per_year":
            return try deaths(period).map { $0 / years }
        case let cause where cause.hasPrefix("death_cause_share."):
            let group = String(cause.dropFirst("death_cause_share.".count))
            guard PlaceSchema.causeGroups.contains(group) else { return nil }
            return try deathShare(period, "cause_group = '\(group)'")
        case "deaths_in_hospital_share":
            return try deathShare(period, "place = 'hospital'")
        case "deaths_with_eol_plan_share":
            return try deathShare(period, "eol_plan = 1")
        case "preferred_place_achieved_share":
            return try deathShare(
                period, "place = preferred_place", among: "eol_plan = 1 AND preferred_place IS NOT NULL")
        case "births_per_year":
            return try scalar(
                "SELECT COUNT(*) FROM births WHERE birth_date BETWEEN ?1 AND ?2",
                [.date(period.start), .date(period.end)]
            ).map { $0 / years }
        case "infant_mortality_per_1000":
            let infantDeaths = try scalar(
                """
                SELECT COUNT(*) FROM deaths d JOIN persons p ON p.person_id = d.person_id
                WHERE d.death_date BETWEEN ?1 AND ?2 AND d.death_date < date(p.birth_date, '+1 year')
                """, [.date(period.start), .date(period.end)])
            let births = try scalar(
                "SELECT COUNT(*) FROM births WHERE birth_date BETWEEN ?1 AND ?2",
                [.date(period.start), .date(period.end)])
            return ratio(infantDeaths, births, times: 1000)
        case "carers_total":
            return try scalar(
                "SELECT COUNT(*) " + Self.alive
                    + " AND p.person_id IN (SELECT person_id FROM carers WHERE identified_date <= ?1)",
                [.date(period.end)])
        case "care_home_admissions_65plus_per_100k":
            let admissions = try scalar(
                """
                SELECT COUNT(*) FROM care_home_admissions c JOIN persons p ON p.person_id = c.person_id
                WHERE c.permanent = 1 AND c.admit_date BETWEEN ?1 AND ?2 AND p.birth_date <= date(c.admit_date, '-65 years')
                """, [.date(period.start), .date(period.end)])
            let older = try population(on: period.middle, bornBy: yearsBefore(period.middle, 65))
            return ratio(admissions, older.map { $0 * years }, times: 100_000)
        case "reablement_at_home_91_share":
            let row = try store.query(
                """
                SELECT SUM(at_home_91), COUNT(*) FROM reablement_episodes
                WHERE after_discharge = 1 AND at_home_91 IS NOT NULL AND start_date BETWEEN ?1 AND ?2
                """, [.date(period.start), .date(period.end)]
            ).first
            guard let row, case .int(let home) = row[0], case .int(let all) = row[1] else { return nil }
            return ratio(Double(home), Double(all))
        case "delayed_transfers_daily":
            return try scalar(
                "SELECT SUM(delayed_days) FROM admissions WHERE discharge_date BETWEEN ?1 AND ?2",
                [.date(period.start), .date(period.end)]
            ).map { $0 / Double(period.start.days(to: period.end) + 1) }
        case "ae_4hour_share":
            let within = try scalar(
                "SELECT COUNT(*) FROM ae_attendances WHERE arrival_date BETWEEN ?1 AND ?2 AND duration_minutes <= 240",
                [.date(period.start), .date(period.end)])
            let all = try scalar(
                "SELECT COUNT(*) FROM ae_attendances WHERE arrival_date BETWEEN ?1 AND ?2",
                [.date(period.start), .date(period.end)])
            return ratio(within, all)
        default:
            return try measureMore(metric, period)
        }
    }

    private func measureMore(_ metric: String, _ period: Period) throws -> Double? {
        switch metric {
        case "emergency_admissions_per_1000":
            return try ratePer1000(
                "admissions", dateColumn: "admit_date", period, where: "t.method = 'emergency'")
        case "ae_attendances_per_1000":
            return try ratePer1000("ae_attendances", dateColumn: "arrival_date", period)
        case "emergency_admissions_ratio_decile1_to_decile10":
            let most = try ratePer1000(
                "admissions", dateColumn: "admit_date", period, where: "t.method = 'emergency'", decile: 1)
            let least = try ratePer1000(
                "admissions", dateColumn: "admit_date", period, where: "t.method = 'emergency'", decile: 10)
            return ratio(most, least, times: 1)
        case "smoking_prevalence_adults":
            return try latestObservationShare("smoking", period, "value_code = 'current'")
        case "smoking_ratio_decile1_to_decile10":
            return ratio(
                try latestObservationShare("smoking", period, "value_code = 'current'", decile: 1),
                try latestObservationShare("smoking", period, "value_code = 'current'", decile: 10), times: 1)
        case "obesity_prevalence_adults":
            return try latestObservationShare("bmi", period, "value_num >= 30")
        case "diabetes_prevalence_17plus":
            let adults = try population(on: period.end, bornBy: yearsBefore(period.end, 17))
            let diabetic = try scalar(
                "SELECT COUNT(*) " + Self.alive
                    + " AND p.birth_date <= ?2 AND p.person_id IN (SELECT person_id FROM conditions WHERE register = 'DIABETES' AND onset_date <= ?1)",
                [.date(period.end), .date(yearsBefore(period.end, 17))])
            return ratio(diabetic, adults)
        case "children_in_poverty_share":
            return try aggregate("children-in-poverty", year: period.start.year)
        case "children_in_care":
            return try aggregate("children-in-care", year: period.start.year)
        case "life_expectancy_persons", "life_expectancy_gap_deciles":
            return try lifeExpectancyMetric(metric, period)
        default:
            return nil
        }
    }

    /// The share (%) of residents on `day` in an age group (`18_24`, `65plus`), optionally
    /// within one decile (`65plus_decile1`): of the residents of that decile.
    func populationShare(_ group: String, on day: CivilDate) throws -> Double? {
        if group.hasPrefix("18_24.ward.") {
            let ward = String(group.dropFirst("18_24.ward.".count))
            return try population(
                on: day, bornBy: yearsBefore(day, 18), bornAfter: yearsBefore(day, 25), ward: ward
            )
            .flatMap { part in ratio(part, try population(on: day, ward: ward)) }
        }
        let parts = group.split(separator: "_decile")
        let decile = parts.count == 2 ? Int(parts[1]) : nil
        let ages: (Int, Int?)
        switch parts.first {
        case "18_24": ages = (18, 24)
        case "65plus": ages = (65, nil)
        default: return nil
        }
        let part = try population(
            on: day, bornBy: yearsBefore(day, ages.0), bornAfter: ages.1.map { yearsBefore(day, $0 + 1) },
            decile: decile)
        return ratio(part, try population(on: day, decile: decile))
    }

    func yearsBefore(_ date: CivilDate, _ years: Int) -> CivilDate {
        let (y, m, d) = date.components
        return CivilDate(year: y - years, month: m, day: min(d, 28)) ?? date
    }
}
