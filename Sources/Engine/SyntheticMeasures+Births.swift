import PlaceModel

extension SyntheticMeasures {
    /// Birth metrics over the period's live births: `term_low_birth_weight_share` (% of babies born
    /// at 37 weeks or more who weigh under 2,500 g), its ratio between deciles 1 and 10
    /// (`term_low_birth_weight_ratio_decile1_to_decile10`), and `preterm_share` (% born before 37
    /// weeks).
    func birthMeasure(_ metric: String, _ period: Period) throws -> Double? {
        switch metric {
        case "term_low_birth_weight_share":
            return try termLowWeight(period, decile: nil)
        case "term_low_birth_weight_ratio_decile1_to_decile10":
            return ratio(
                try termLowWeight(period, decile: 1), try termLowWeight(period, decile: 10), times: 1)
        case "preterm_share":
            return ratio(
                try births(period, "gestation_weeks < 37", decile: nil),
                try births(period, "gestation_weeks IS NOT NULL", decile: nil))
        default:
            return nil
        }
    }

    private func termLowWeight(_ period: Period, decile: Int?) throws -> Double? {
        ratio(
            try births(period, "gestation_weeks >= 37 AND weight_grams < 2500", decile: decile),
            try births(period, "gestation_weeks >= 37 AND weight_grams IS NOT NULL", decile: decile))
    }

    /// Live births in the period matching `condition` (a fixed SQL predicate), optionally in LSOAs
    /// of `decile`.
    private func births(_ period: Period, _ condition: String, decile: Int?) throws -> Double? {
        var sql = "SELECT COUNT(*) FROM births WHERE birth_date BETWEEN ?1 AND ?2 AND \(condition)"
        var arguments: [FieldValue] = [.date(period.start), .date(period.end)]
        if let decile {
            sql += " AND lsoa_code IN (SELECT area_code FROM areas WHERE kind = 'lsoa' AND imd_decile = ?3)"
            arguments.append(.int(Int64(decile)))
        }
        return try scalar(sql, arguments)
    }
}
