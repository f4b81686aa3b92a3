import PlaceModel
import PlacePack

/// A record selection checked against the data model (unknown tables, columns or codes are errors
/// naming where the selection was defined), and the portable SQL pieces its shared table pass uses.
struct SelectionSQL {
    /// The column a `sum` or `mean` count reads, if any.
    let valueColumn: String?

    /// Checks `selection`; every filter is compiled once so that a bad code is refused here.
    init(_ selection: Selection) throws {
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
        for filter in selection.filters {
            guard let column = table.columns.first(where: { $0.name == filter.column }) else {
                throw EngineError.badDefinition(selection.origin, "\(name) has no column '\(filter.column)'")
            }
            _ = try Self.clause(filter, column, origin: selection.origin)
        }
        switch selection.count {
        case .sum(let c), .mean(let c):
            guard table.index(of: c) != nil else {
                throw EngineError.badDefinition(selection.origin, "\(name) has no column '\(c)'")
            }
            valueColumn = c
        case .bedDays(let c):
            guard let end = table.columns.first(where: { $0.name == c }), case .date = end.type else {
                throw EngineError.badDefinition(selection.origin, "'\(c)' is not a date column of \(name)")
            }
            guard !selection.latest else {
                throw EngineError.badDefinition(
                    selection.origin, "bed days cannot be counted for the latest record")
            }
            valueColumn = c
        default: valueColumn = nil
        }
    }

    /// The expression giving a record's person: its `person_id`, or for births the mother (else the child).
    static func personColumn(_ table: TableSchema) -> String {
        table.index(of: "person_id") != nil ? "person_id" : "COALESCE(mother_person_id, child_person_id)"
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
