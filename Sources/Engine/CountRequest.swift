import PlacePack

/// One counting an indicator needs: a selection, and what each selected record adds (its value, the
/// value squared, or one).
struct CountRequest: Sendable {
    /// What a record adds for `sum` and `mean` selections.
    enum Transform: String, Sendable {
        /// The value (records and persons add one).
        case value
        /// The value squared (for a mean's standard deviation).
        case square
        /// One per record (the count behind a mean).
        case one
    }

    let selection: Selection
    let period: IndicatorDefinition.PeriodType
    let transform: Transform

    /// The cache key.
    var key: String { CountsCache.key(selection, period) + "|" + transform.rawValue }

    /// What `definition` needs counted: numerator and denominator, or for a mean the numerator's
    /// sum, sum of squares and count. A rate of records or of summed values (`sum:`, `bed-days:`)
    /// also counts, third, the sum over persons of the square of each person's total in the period
    /// (a person's records are not independent events): the numerator's variance.
    static func requests(_ definition: IndicatorDefinition) throws -> [CountRequest] {
        guard let numerator = definition.numerator else {
            throw EngineError.badDefinition(definition.id, "a numerator is required")
        }
        if definition.method == .mean {
            return [.value, .square, .one].map {
                CountRequest(selection: numerator, period: definition.period, transform: $0)
            }
        }
        guard let denominator = definition.denominator else {
            throw EngineError.badDefinition(definition.id, "a denominator is required")
        }
        let pair = [numerator, denominator].map {
            CountRequest(selection: $0, period: definition.period, transform: .value)
        }
        guard numerator.count.addsPerRecord, [.crudeRate, .dsr].contains(definition.method) else {
            return pair
        }
        return pair + [CountRequest(selection: numerator, period: definition.period, transform: .square)]
    }
}

extension CountRequest.Transform {
    /// What a record with `value` adds.
    func apply(_ value: Double) -> Double {
        switch self {
        case .value: return value
        case .square: return value * value
        case .one: return 1
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

extension CountRequest {
    /// Whether this request sums the squares of each person's totals (a rate's numerator variance),
    /// rather than transforming record by record.
    var clustersByPerson: Bool { transform == .square && selection.count.addsPerRecord }
}
