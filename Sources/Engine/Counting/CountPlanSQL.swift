import PlaceModel
import PlacePack

/// A count plan written as one SQL query over the store's tables, for an SQL engine to run
/// instead of the embedded executor; every value is bound, never written into the text.
///
/// The query returns one row for each group that has something counted: the breakdown, the
/// group's code, the base period (0 for the first study year), the five-year age band (0 to 18),
/// 1 for the under-ones (else 0), and the amount, an integer for every measure but the values of a
/// real column. ``GroupCounts/init(rows:layout:baseCount:)`` turns the rows into the executor's
/// counts. The grouping is one `GROUP BY` for each breakdown, joined by `UNION ALL`: SQLite has no
/// `GROUPING SETS`, which engines that do can use instead.
package struct CountPlanSQL {
    /// The query.
    package let sql: String
    /// The values bound to its `?` marks, in order.
    package let arguments: [FieldValue]

    /// `plan` as SQLite SQL, for the study `years`; `cityCode` names the whole place.
    package init(_ plan: CountPlan, years: ClosedRange<Int>, cityCode: String) throws {
        var query = Query(plan: plan, periods: IndicatorPeriods(plan.period, years: years))
        try query.write(cityCode: cityCode)
        sql = query.text
        arguments = query.arguments
    }

    /// `filter` on `column` as an SQL condition and the values it binds; a value that cannot be
    /// one of the column's is an error naming `origin`.
    static func bound(_ filter: Selection.Filter, _ column: Column, origin: String, as name: String? = nil)
        throws -> (String, [FieldValue])
    {
        let name = name ?? column.name
        switch filter.condition {
        case .isNull: return ("\(name) IS NULL", [])
        case .range(let min, let max):
            var parts: [String] = []
            var values: [FieldValue] = []
            if let min { parts.append("\(name) >= ?"); values.append(.real(min)) }
            if let max { parts.append("\(name) <= ?"); values.append(.real(max)) }
            return (parts.isEmpty ? "\(name) IS NOT NULL" : parts.joined(separator: " AND "), values)
        case .oneOf(let texts):
            let values = try texts.map { text -> FieldValue in
                switch column.type {
                case .integer, .flag:
                    guard let n = Int64(text) else {
                        throw EngineError.badDefinition(
                            origin, "'\(text)' is not a whole number for \(column.name)")
                    }
                    return .int(n)
                case .real: return .real(Double(text) ?? .nan)
                case .code(let codes):
                    guard codes.contains(text) else {
                        throw EngineError.badDefinition(
                            origin,
                            "'\(text)' is not a code of \(column.name): \(codes.joined(separator: ", "))")
                    }
                    return .text(text)
                default: return .text(text)
                }
            }
            let marks = Array(repeating: "?", count: values.count).joined(separator: ", ")
            return ("\(name) IN (\(marks))", values)
        }
    }
}
