import PlaceModel
import Store

/// Reads stored indicator results (what presentation shows, without recomputing).
public struct IndicatorResults {
    let store: any PlaceStore

    /// A reader over `store`.
    public init(store: any PlaceStore) { self.store = store }

    /// The stored results of `indicator`, for a breakdown and optionally one period, in period and group order.
    public func results(indicator: String, breakdown: String, period: String? = nil) throws
        -> [IndicatorResult]
    {
        var sql = """
            SELECT indicator_id, period, breakdown, group_code, numerator, denominator, value, lower95, upper95,
                   lower998, upper998
            FROM indicator_results WHERE indicator_id = ? AND breakdown = ?
            """
        var arguments: [FieldValue] = [.text(indicator), .text(breakdown)]
        if let period {
            sql += " AND period = ?"
            arguments.append(.text(period))
        }
        sql += " ORDER BY period, group_code"
        return try store.query(sql, arguments).map { row in
            func number(_ i: Int) -> Double? { row[i].number }
            func text(_ i: Int) -> String { row[i].textValue ?? "" }
            return IndicatorResult(
                indicator: text(0), period: text(1), breakdown: text(2), group: text(3),
                numerator: number(4) ?? 0,
                denominator: number(5), value: number(6), lower95: number(7), upper95: number(8),
                lower998: number(9),
                upper998: number(10))
        }
    }

    /// How many results are stored.
    public func count() throws -> Int {
        guard case .int(let n) = try store.query("SELECT COUNT(*) FROM indicator_results", [])[0][0] else {
            return 0
        }
        return Int(n)
    }
}
