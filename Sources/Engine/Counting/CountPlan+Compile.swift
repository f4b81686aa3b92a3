import PlaceModel
import PlacePack

extension CountPlan {
    /// The plans `definition` needs: numerator and denominator, or for a mean the numerator's sum,
    /// sum of squares and count. A rate of records or of summed values (`sum:`, `bed-days:`) also
    /// needs, third, the sum over persons of the square of each person's total in the period (a
    /// person's records are not independent events): the numerator's variance.
    package static func plans(_ definition: IndicatorDefinition) throws -> [CountPlan] {
        guard let numerator = definition.numerator else {
            throw EngineError.badDefinition(definition.id, "a numerator is required")
        }
        if definition.method == .mean {
            let column: String
            switch numerator.count {
            case .mean(let c), .sum(let c): column = c
            default: throw EngineError.badDefinition(numerator.origin, "a mean counts 'mean:COLUMN'")
            }
            return try [.values(column), .squares(column), .present(column)].map {
                try CountPlan(numerator, period: definition.period, measure: $0)
            }
        }
        guard let denominator = definition.denominator else {
            throw EngineError.badDefinition(definition.id, "a denominator is required")
        }
        let pair = try [numerator, denominator].map { try CountPlan($0, period: definition.period) }
        guard numerator.count.addsPerRecord, [.crudeRate, .dsr].contains(definition.method) else {
            return pair
        }
        return pair + [try CountPlan(numerator, period: definition.period, squaredPerPerson: true)]
    }

    /// `selection` counted in `period` base periods, checked against the data model (unknown
    /// tables, columns or codes are errors naming where the selection was defined); `measure`
    /// replaces what the selection counts.
    init(
        _ selection: Selection, period: IndicatorDefinition.PeriodType, measure: Measure? = nil,
        squaredPerPerson: Bool = false
    ) throws {
        self.period = period
        minAge = selection.minAge
        maxAge = selection.maxAge
        person = selection.person
        register = selection.register
        latest = selection.latest
        self.squaredPerPerson = squaredPerPerson
        guard let name = selection.table else {
            source = .residents
            filters = []
            self.measure = .records
            return
        }
        let table = try Self.checkTable(selection, name)
        source = .records(table: name, date: selection.date ?? "")
        filters = selection.filters
        self.measure = try measure ?? Self.measure(selection, table)
        if let column = valueColumn, table.index(of: column) == nil {
            throw EngineError.badDefinition(selection.origin, "\(name) has no column '\(column)'")
        }
        if case .nights = self.measure, latest {
            throw EngineError.badDefinition(
                selection.origin, "bed days cannot be counted for the latest record")
        }
    }

    /// The table of `selection`, with its date column and filters checked.
    private static func checkTable(_ selection: Selection, _ name: String) throws -> TableSchema {
        guard let table = PlaceSchema.table(named: name), name != "areas", name != "aggregate_values" else {
            throw EngineError.badDefinition(selection.origin, "no table named '\(name)'")
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
            _ = try CountPlanSQL.bound(filter, column, origin: selection.origin)
        }
        return table
    }

    /// What `selection` counts, as a measure.
    private static func measure(_ selection: Selection, _ table: TableSchema) throws -> Measure {
        switch selection.count {
        case .records: return .records
        case .persons: return .persons
        case .sum(let c), .mean(let c): return .values(c)
        case .bedDays(let c):
            guard let end = table.columns.first(where: { $0.name == c }), case .date = end.type else {
                throw EngineError.badDefinition(
                    selection.origin, "'\(c)' is not a date column of \(table.name)")
            }
            return .nights(until: c)
        }
    }
}

extension Selection.Count {
    /// Whether each record adds to the count (one, its value or its nights), so a person with
    /// several records adds several times; not for distinct persons or means.
    var addsPerRecord: Bool {
        switch self {
        case .records, .sum, .bedDays: return true
        case .persons, .mean: return false
        }
    }
}
