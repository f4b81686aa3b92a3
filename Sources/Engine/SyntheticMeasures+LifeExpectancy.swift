import PlaceModel
import Statistics

extension SyntheticMeasures {
    /// Life expectancy at birth (persons), for all or one decile, from deaths and mid-period populations in
    /// the standard age bands (0, 1-4, 5-9, ..., 90+), by the Statistics module's Chiang II method.
    /// Single years are pooled with their neighbours (three years), as PHOF life expectancy is.
    func lifeExpectancyMetric(_ metric: String, _ period: Period) throws -> Double? {
        let pooled: Period
        if period.years < 1.5,
            let widened = Period("\(period.start.year - 1)-\(String(period.start.year + 1).suffix(2))")
        {
            pooled = widened
        } else {
            pooled = period
        }
        if metric == "life_expectancy_persons" { return try lifeExpectancy(pooled, decile: nil) }
        guard let least = try lifeExpectancy(pooled, decile: 10),
            let most = try lifeExpectancy(pooled, decile: 1)
        else {
            return nil
        }
        return least - most
    }

    /// Deaths and person-years by standard age band for a period.
    func lifeTableCounts(_ period: Period, decile: Int?) throws -> (deaths: [Double], population: [Double]) {
        let bandStarts = [0, 1] + stride(from: 5, through: 90, by: 5).map { $0 }
        var deaths = [Double](repeating: 0, count: bandStarts.count)
        var population = [Double](repeating: 0, count: bandStarts.count)
        let decileFilter =
            decile.map { _ in
                " AND p.lsoa_code IN (SELECT area_code FROM areas WHERE kind = 'lsoa' AND imd_decile = ?3)"
            } ?? ""
        var arguments: [FieldValue] = [.date(period.start), .date(period.end)]
        if let decile { arguments.append(.int(Int64(decile))) }
        let deathRows = try store.query(
            """
            SELECT p.birth_date, d.death_date FROM deaths d JOIN persons p ON p.person_id = d.person_id
            WHERE d.death_date BETWEEN ?1 AND ?2
            """ + decileFilter, arguments)
        for row in deathRows {
            guard case .text(let born) = row[0], case .text(let died) = row[1], let b = CivilDate(iso: born),
                let d = CivilDate(iso: died)
            else { continue }
            deaths[Self.band(b.age(on: d), bandStarts)] += 1
        }
        var year = period.start.year
        while year <= period.end.year {
            let middle = CivilDate(year: year, month: 7, day: 1)!
            var popArguments: [FieldValue] = [.date(middle)]
            if let decile { popArguments += [.null, .int(Int64(decile))] }
            let rows = try store.query("SELECT p.birth_date " + Self.alive + decileFilter, popArguments)
            for row in rows {
                guard case .text(let born) = row[0], let b = CivilDate(iso: born) else { continue }
                population[Self.band(b.age(on: middle), bandStarts)] += 1
            }
            year += 1
        }
        return (deaths, population)
    }

    private static func band(_ age: Int, _ starts: [Int]) -> Int {
        (starts.lastIndex { $0 <= age }) ?? 0
    }
}

extension SyntheticMeasures {
    /// Life expectancy at birth for a period, all deciles or one.
    func lifeExpectancy(_ period: Period, decile: Int?) throws -> Double? {
        let counts = try lifeTableCounts(period, decile: decile)
        return LifeTableBridge.expectancy(deaths: counts.deaths, population: counts.population)
    }
}
