import PlaceModel
import Store

/// Measures the stored place the way the calibration targets are defined, through the store's
/// read-only queries (portable SQL with bound values).
struct SyntheticMeasures {
    let store: any PlaceStore
    let cityCode: String

    func scalar(_ sql: String, _ arguments: [FieldValue]) throws -> Double? {
        try store.query(sql, arguments).first?.first?.number
    }

    func ratio(_ numerator: Double?, _ denominator: Double?, times: Double = 100) -> Double? {
        guard let numerator, let denominator, denominator > 0 else { return nil }
        return numerator / denominator * times
    }

    static let alive = """
        FROM persons p LEFT JOIN deaths d ON d.person_id = p.person_id
        WHERE p.birth_date <= ?1 AND (d.death_date IS NULL OR d.death_date > ?1)
          AND (p.registered_from IS NULL OR p.registered_from <= ?1)
          AND (p.registered_to IS NULL OR p.registered_to >= ?1)
        """

    /// Persons resident on `date`, optionally born on or before `bornBy`, after `bornAfter`, and in
    /// LSOAs of `decile` or of the ward coded `ward`.
    func population(
        on date: CivilDate, bornBy: CivilDate? = nil, bornAfter: CivilDate? = nil, decile: Int? = nil,
        ward: String? = nil
    ) throws -> Double? {
        var sql = "SELECT COUNT(*) " + Self.alive
        var arguments: [FieldValue] = [.date(date)]
        if let bornBy {
            sql += " AND p.birth_date <= ?\(arguments.count + 1)"
            arguments.append(.date(bornBy))
        }
        if let bornAfter {
            sql += " AND p.birth_date > ?\(arguments.count + 1)"
            arguments.append(.date(bornAfter))
        }
        if let decile {
            sql +=
                " AND p.lsoa_code IN (SELECT area_code FROM areas WHERE kind = 'lsoa' AND imd_decile = ?\(arguments.count + 1))"
            arguments.append(.int(Int64(decile)))
        }
        if let ward {
            sql +=
                " AND p.lsoa_code IN (SELECT area_code FROM areas WHERE kind = 'lsoa' AND parent_code = ?\(arguments.count + 1))"
            arguments.append(.text(ward))
        }
        return try scalar(sql, arguments)
    }

    /// Deaths in the period, optionally only those matching `condition` (a fixed SQL predicate).
    func deaths(_ period: Period, where condition: String = "1 = 1") throws -> Double? {
        try scalar(
            "SELECT COUNT(*) FROM deaths WHERE death_date BETWEEN ?1 AND ?2 AND (\(condition))",
            [.date(period.start), .date(period.end)])
    }

    /// Share (%) of deaths in the period matching `condition`.
    func deathShare(_ period: Period, _ condition: String, among: String = "1 = 1") throws -> Double? {
        ratio(try deaths(period, where: "(\(among)) AND (\(condition))"), try deaths(period, where: among))
    }

    /// A stored aggregate value for the city.
    func aggregate(_ indicator: String, year: Int) throws -> Double? {
        try scalar(
            "SELECT value FROM aggregate_values WHERE indicator_id = ?1 AND area_code = ?2 AND period = ?3",
            [.text(indicator), .text(cityCode), .text(String(year))])
    }

    /// Events per 1,000 persons a year: `table` rows dated in the period, over the mid-period population.
    func ratePer1000(
        _ table: String, dateColumn: String, _ period: Period, where condition: String = "1 = 1",
        decile: Int? = nil
    ) throws -> Double? {
        var sql =
            "SELECT COUNT(*) FROM \(table) t JOIN persons p ON p.person_id = t.person_id "
            + "WHERE t.\(dateColumn) BETWEEN ?1 AND ?2 AND (\(condition))"
        var arguments: [FieldValue] = [.date(period.start), .date(period.end)]
        if let decile {
            sql += " AND p.lsoa_code IN (SELECT area_code FROM areas WHERE kind = 'lsoa' AND imd_decile = ?3)"
            arguments.append(.int(Int64(decile)))
        }
        let events = try scalar(sql, arguments)
        return ratio(
            events, try population(on: period.middle, decile: decile).map { $0 * period.years }, times: 1000)
    }

    /// Share (%) of adults whose latest observation of `kind` in the period matches `condition`.
    func latestObservationShare(_ kind: String, _ period: Period, _ condition: String, decile: Int? = nil)
        throws
        -> Double?
    {
        var sql = """
            SELECT SUM(CASE WHEN \(condition) THEN 1 ELSE 0 END), COUNT(*) FROM (
              SELECT o.person_id, o.value_code, o.value_num, MAX(o.obs_date) AS latest
              FROM observations o JOIN persons p ON p.person_id = o.person_id
              WHERE o.kind = ?1 AND o.obs_date BETWEEN ?2 AND ?3 AND p.birth_date <= date(o.obs_date, '-18 years')
            """
        var arguments: [FieldValue] = [.text(kind), .date(period.start), .date(period.end)]
        if let decile {
            sql += " AND p.lsoa_code IN (SELECT area_code FROM areas WHERE kind = 'lsoa' AND imd_decile = ?4)"
            arguments.append(.int(Int64(decile)))
        }
        sql += " GROUP BY o.person_id)"
        guard let row = try store.query(sql, arguments).first, row.count == 2,
            case .int(let total) = row[1], total > 0
        else { return nil }
        let hits: Double
        switch row[0] {
        case .int(let v): hits = Double(v)
        default: hits = 0
        }
        return hits / Double(total) * 100
    }
}
