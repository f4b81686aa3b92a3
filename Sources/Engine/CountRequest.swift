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
    /// sum, sum of squares and count. A rate of summed values (`sum:`, `bed-days:`) also counts the
    /// numerator's sum of squares, third, for its variance.
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
        guard numerator.count.isSummed, [.crudeRate, .dsr].contains(definition.method) else { return pair }
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
    /// Whether each record adds a value of its own (a sum or bed days), not one.
    var isSummed: Bool {
        switch self {
        case .sum, .bedDays: return true
        case .records, .persons, .mean: return false
        }
    }
}
