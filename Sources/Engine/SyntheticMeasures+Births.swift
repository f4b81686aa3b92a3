import PlaceModel

extension SyntheticMeasures {
    /// Birth metrics over the period's live births: `term_low_birth_weight_share` (% of babies born
    /// at 37 weeks or more who weigh under 2,500 g), its ratio between the most and least deprived fifths (deciles 1-2 over 9-10)
    /// (`term_low_birth_weight_ratio_quintile1_to_quintile5`), and `preterm_share` (% born before 37
    /// weeks).
    func birthMeasure(_ metric: String, _ period: Period) throws -> Double? {
        switch metric {
        case "term_low_birth_weight_share":
            return try termLowWeight(period, deciles: nil)
        case "term_low_birth_weight_ratio_quintile1_to_quintile5":
            return ratio(
                try termLowWeight(period, deciles: 1...2), try termLowWeight(period, deciles: 9...10),
                times: 1)
        case "preterm_share":
            return ratio(
                try births(period, "gestation_weeks < 37", deciles: nil),
                try births(period, "gestation_weeks IS NOT NULL", deciles: nil))
        default:
            return nil
        }
    }

    private func termLowWeight(_ period: Period, deciles: ClosedRange<Int>?) throws -> Double? {
        ratio(
            try births(period, "gestation_weeks >= 37 AND weight_grams < 2500", deciles: deciles),
            try births(period, "gestation_weeks >= 37 AND weight_grams IS NOT NULL", deciles: deciles))
    }

    /// Live births in the period matching `condition` (a fixed SQL predicate), optionally in LSOAs
    /// of `deciles`.
    private func births(_ period: Period, _ condition: String, deciles: ClosedRange<Int>?) throws -> Double? {
        var sql = "SELECT COUNT(*) FROM births WHERE birth_date BETWEEN ?1 AND ?2 AND \(condition)"
        var arguments: [FieldValue] = [.date(period.start), .date(period.end)]
        if let deciles {
            sql +=
                " AND lsoa_code IN (SELECT area_code FROM areas WHERE kind = 'lsoa' AND imd_decile BETWEEN ?3 AND ?4)"
            arguments += [.int(Int64(deciles.lowerBound)), .int(Int64(deciles.upperBound))]
        }
        return try scalar(sql, arguments)
    }
}
