import PlaceModel
import Statistics
import Store

/// Reads stored indicator results as computed, unsuppressed (presentation publishes them through
/// ``PublishedResults``, which applies small-number suppression).
public struct IndicatorResults: Sendable {
    let store: any PlaceStore

    /// A reader over `store`.
    public init(store: any PlaceStore) { self.store = store }

    /// The stored results of `indicator`, optionally for one breakdown and one period, in breakdown,
    /// period and group order.
    public func results(indicator: String, breakdown: String? = nil, period: String? = nil) throws
        -> [IndicatorResult]
    {
        var sql = """
            SELECT indicator_id, period, breakdown, group_code, numerator, denominator, value, lower95, upper95,
                   lower998, upper998, benchmark, benchmark_label, compared95, compared998, trend, trend_slope
            FROM indicator_results WHERE indicator_id = ?
            """
        var arguments: [FieldValue] = [.text(indicator)]
        if let breakdown {
            sql += " AND breakdown = ?"
            arguments.append(.text(breakdown))
        }
        if let period {
            sql += " AND period = ?"
            arguments.append(.text(period))
        }
        sql += " ORDER BY breakdown, period, group_code"
        var out: [IndicatorResult] = []
        try store.scan(sql, arguments) { row in
            var r = IndicatorResult(
                indicator: row.text(0) ?? "", period: row.text(1) ?? "", breakdown: row.text(2) ?? "",
                group: row.text(3) ?? "", numerator: row.real(4) ?? 0, denominator: row.real(5),
                value: row.real(6),
                lower95: row.real(7), upper95: row.real(8), lower998: row.real(9), upper998: row.real(10))
            r.benchmark = row.real(11)
            r.benchmarkLabel = row.text(12)
            r.compared95 = row.text(13).flatMap(BenchmarkComparison.Result.init(rawValue:))
            r.compared998 = row.text(14).flatMap(BenchmarkComparison.Result.init(rawValue:))
            r.trend = row.text(15).flatMap(TrendTest.Direction.init(rawValue:))
            r.trendSlope = row.real(16)
            out.append(r)
        }
        return out
    }

    /// The stored inequality results of `indicator` in `area` (the city's code, or an LCP's; nil:
    /// the city), in period order.
    public func inequalities(indicator: String, area: String? = nil) throws -> [InequalityResult] {
        let code = try area ?? store.dataset()["city_code"] ?? ""
        var out: [InequalityResult] = []
        try store.scan(
            """
            SELECT indicator_id, period, deprived, rest, gap_absolute, gap_absolute_lower95, gap_absolute_upper95,
                   gap_relative, gap_relative_lower95, gap_relative_upper95, sii, sii_lower95, sii_upper95, rii,
                   rii_lower95, rii_upper95, area_code
            FROM indicator_inequalities WHERE indicator_id = ? AND area_code = ? ORDER BY period
            """, [.text(indicator), .text(code)]
        ) { row in
            var r = InequalityResult(
                indicator: row.text(0) ?? "", period: row.text(1) ?? "", area: row.text(16) ?? "")
            (r.deprived, r.rest) = (row.real(2), row.real(3))
            (r.gapAbsolute, r.gapAbsoluteLower, r.gapAbsoluteUpper) = (row.real(4), row.real(5), row.real(6))
            (r.gapRelative, r.gapRelativeLower, r.gapRelativeUpper) = (row.real(7), row.real(8), row.real(9))
            (r.sii, r.siiLower, r.siiUpper) = (row.real(10), row.real(11), row.real(12))
            (r.rii, r.riiLower, r.riiUpper) = (row.real(13), row.real(14), row.real(15))
            out.append(r)
        }
        return out
    }

    /// The stored "are the poorest improving fastest?" answer of `indicator`, if any.
    public func progress(indicator: String) throws -> PoorestProgress? {
        var out: PoorestProgress?
        try store.scan("SELECT * FROM indicator_progress WHERE indicator_id = ?", [.text(indicator)]) { row in
            out = PoorestProgress(
                indicator: row.text(0) ?? "", firstPeriod: row.text(1) ?? "", lastPeriod: row.text(2) ?? "",
                answer: row.text(3).flatMap(PoorestProgress.Answer.init(rawValue:)) ?? .notCalculated,
                gapFirst: row.real(4), gapLast: row.real(5), change: row.real(6), changeLower: row.real(7),
                changeUpper: row.real(8))
        }
        return out
    }

    /// How many results are stored.
    public func count() throws -> Int {
        guard case .int(let n) = try store.query("SELECT COUNT(*) FROM indicator_results", [])[0][0] else {
            return 0
        }
        return Int(n)
    }

    /// When the stored results were computed (ISO 8601), if they were.
    public func computedAt() throws -> String? { try store.dataset()["results_computed_at"] }
}
