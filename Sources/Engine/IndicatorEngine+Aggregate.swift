import PlaceModel
import PlacePack
import Statistics

extension IndicatorEngine {
    /// Results of an aggregate indicator: its stored values for the city and wards, with intervals
    /// from their numerators and denominators where both are published.
    func aggregate(_ definition: IndicatorDefinition) throws -> [IndicatorResult] {
        let rows = try store.query(
            """
            SELECT a.area_code, a.period, a.numerator, a.denominator, a.value, COALESCE(r.kind, '')
            FROM aggregate_values a LEFT JOIN areas r ON r.area_code = a.area_code
            WHERE a.indicator_id = ? ORDER BY a.period, a.area_code
            """, [.text(definition.aggregate ?? definition.id)])
        return rows.compactMap { row in
            guard case .text(let area) = row[0], case .text(let period) = row[1] else { return nil }
            let numerator = row[2].number
            let denominator = row[3].number
            let kind = row[5].textValue ?? ""
            let published = row[4].number
            var estimate: Estimate?
            if let numerator, let denominator, denominator > 0 {
                estimate =
                    numerator <= denominator && definition.multiplier == 100
                    ? try? Proportion.estimate(
                        numerator: numerator, denominator: denominator, multiplier: 100)
                    : try? CrudeRate.estimate(
                        numerator: numerator, denominator: denominator, multiplier: definition.multiplier)
            }
            // The published value stands; intervals from the counts only when they give that value
            // (a weighted survey estimate differs from its raw counts and gets none).
            if let published, let computed = estimate?.value,
                abs(computed - published) > 0.005 * max(abs(published), 1e-9)
            {
                estimate = nil
            }
            let value = published ?? estimate?.value
            let i95 = estimate?.interval(at: 0.95)
            let i998 = estimate?.interval(at: 0.998)
            return IndicatorResult(
                indicator: definition.id, period: period, breakdown: kind == "city" ? "city" : kind,
                group: area,
                numerator: numerator ?? 0, denominator: denominator, value: value,
                lower95: i95?.lower,
                upper95: i95?.upper, lower998: i998?.lower, upper998: i998?.upper)
        }
    }
}
