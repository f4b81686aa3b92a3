import PlaceModel
import PlacePack

/// A record selection compiled to one portable SQL query with bound values, checked against the
/// data model (unknown tables, columns or codes are errors naming where the selection was defined).
struct SelectionSQL {
    let sql: String
    let arguments: [FieldValue]
    /// Result columns holding the filters' columns, for filters evaluated after the query (`latest`).
    let swiftFilterColumns: [Int]
    /// Result column of the summed value, if any.
    let valueColumn: Int?

    init(_ selection: Selection, years: ClosedRange<Int>) throws {
        guard let name = selection.table, let table = PlaceSchema.table(named: name),
            name != "areas", name != "aggregate_values"
        else {
            throw EngineError.badDefinition(selection.origin, "no table named '\(selection.table ?? "")'")
        }
        guard let dateName = selection.date, let date = table.columns.first(where: { $0.name == dateName }),
            case .date = date.type
        else {
            throw EngineError.badDefinition(
                selection.origin, "'\(selection.date ?? "")' is not a date column of \(name)")
        }
        let person =
            table.index(of: "person_id") != nil ? "person_id" : "COALESCE(mother_person_id, child_person_id)"
        var columns = [person, dateName]
        var conditions = ["\(dateName) BETWEEN ? AND ?"]
        var arguments: [FieldValue] = [
            .text("\(years.lowerBound)-01-01"), .text("\(years.upperBound + 1)-12-31"),
        ]
        var swiftColumns: [Int] = []
        for filter in selection.filters {
            guard let column = table.columns.first(where: { $0.name == filter.column }) else {
                throw EngineError.badDefinition(selection.origin, "\(name) has no column '\(filter.column)'")
            }
            if selection.latest, filter.column != "kind" {
                swiftColumns.append(columns.count)
                columns.append(filter.column)
                continue
            }
            if selection.latest {
                swiftColumns.append(columns.count)
                columns.append(filter.column)
            }
            let (clause, values) = try Self.clause(filter, column, origin: selection.origin)
            conditions.append(clause)
            arguments += values
        }
        var valueColumn: Int?
        switch selection.count {
        case .sum(let c), .mean(let c):
            guard table.index(of: c) != nil else {
                throw EngineError.badDefinition(selection.origin, "\(name) has no column '\(c)'")
            }
            valueColumn = columns.count
            columns.append(c)
        default: break
        }
        sql =
            "SELECT \(columns.joined(separator: ", ")) FROM \(name) WHERE \(conditions.joined(separator: " AND "))"
        self.arguments = arguments
        swiftFilterColumns = swiftColumns
        self.valueColumn = valueColumn
    }

    static func clause(_ filter: Selection.Filter, _ column: Column, origin: String) throws -> (
        String, [FieldValue]
    ) {
        switch filter.condition {
        case .isNull: return ("\(column.name) IS NULL", [])
        case .range(let min, let max):
            var parts: [String] = []
            var values: [FieldValue] = []
            if let min { parts.append("\(column.name) >= ?"); values.append(.real(min)) }
            if let max { parts.append("\(column.name) <= ?"); values.append(.real(max)) }
            return (parts.isEmpty ? "1 = 1" : parts.joined(separator: " AND "), values)
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
            return ("\(column.name) IN (\(marks))", values)
        }
    }
}
