import PlaceModel

extension SyntheticMeasures {
    /// Events with a date, each read from a fixed query: its date column, between two bound dates.
    private static let eventQueries: [String: String] = [
        "deaths": "SELECT death_date FROM deaths WHERE death_date BETWEEN ?1 AND ?2",
        "ae": "SELECT arrival_date FROM ae_attendances WHERE arrival_date BETWEEN ?1 AND ?2",
        "emergency":
            "SELECT admit_date FROM admissions WHERE method = 'emergency' AND admit_date BETWEEN ?1 AND ?2",
        "elective":
            "SELECT admit_date FROM admissions WHERE method = 'elective' AND admit_date BETWEEN ?1 AND ?2",
        "discharges": "SELECT discharge_date FROM admissions WHERE discharge_date BETWEEN ?1 AND ?2",
    ]

    /// Calendar metrics: `year_ratio.KIND` (events in the period's year over the year before),
    /// `winter_ratio.deaths` (deaths a day in December to March over April to November, for each
    /// winter starting in the period), `weekday_share.KIND` (% of events on Monday to Friday).
    func calendarMeasure(_ metric: String, _ period: Period) throws -> Double? {
        let parts = metric.split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2, Self.eventQueries[parts[1]] != nil else { return nil }
        let kind = parts[1]
        switch parts[0] {
        case "year_ratio":
            let year = period.start.year
            let now = try dates(
                kind, CivilDate(year: year, month: 1, day: 1)!, CivilDate(year: year, month: 12, day: 31)!)
            let before = try dates(
                kind, CivilDate(year: year - 1, month: 1, day: 1)!,
                CivilDate(year: year - 1, month: 12, day: 31)!)
            return before.isEmpty ? nil : Double(now.count) / Double(before.count)
        case "winter_ratio":
            var winter = (events: 0, days: 0)
            var rest = (events: 0, days: 0)
            for year in period.start.year...period.end.year {
                let april = CivilDate(year: year, month: 4, day: 1)!
                let december = CivilDate(year: year, month: 12, day: 1)!
                let april2 = CivilDate(year: year + 1, month: 4, day: 1)!
                rest.events += try dates(kind, april, december.adding(days: -1)).count
                rest.days += april.days(to: december)
                winter.events += try dates(kind, december, april2.adding(days: -1)).count
                winter.days += december.days(to: april2)
            }
            guard rest.events > 0, winter.days > 0 else { return nil }
            return (Double(winter.events) / Double(winter.days)) / (Double(rest.events) / Double(rest.days))
        case "weekday_share":
            let all = try dates(kind, period.start, period.end)
            let weekdays = all.filter { $0.weekday < 5 }.count
            return all.isEmpty ? nil : Double(weekdays) / Double(all.count) * 100
        default:
            return nil
        }
    }

    /// The dates of `kind`'s events from `first` to `last`.
    private func dates(_ kind: String, _ first: CivilDate, _ last: CivilDate) throws -> [CivilDate] {
        guard let sql = Self.eventQueries[kind] else { return [] }
        var found: [CivilDate] = []
        try store.scan(sql, [.date(first), .date(last)]) { row in
            if let date = row.ymd(0).flatMap({ CivilDate(ymd: $0) }) { found.append(date) }
        }
        return found
    }
}
