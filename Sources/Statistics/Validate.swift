/// Input checks shared by the methods; each throws a ``StatisticsError`` naming the field.
enum Validate {
    static func finite(_ value: Double, _ field: String, index: Int? = nil) throws {
        guard value.isFinite else {
            throw StatisticsError(.notANumber, field: field, index: index, "\(value) is not a finite number")
        }
    }

    static func count(_ value: Double, _ field: String, index: Int? = nil) throws {
        try finite(value, field, index: index)
        guard value >= 0 else {
            throw StatisticsError(.negativeCount, field: field, index: index, "\(value) is negative")
        }
    }

    static func positive(_ value: Double, _ field: String, index: Int? = nil) throws {
        try finite(value, field, index: index)
        guard value > 0 else {
            throw StatisticsError(
                .nonPositiveDenominator, field: field, index: index, "\(value) must be greater than zero")
        }
    }

    static func multiplier(_ value: Double) throws {
        guard value.isFinite, value > 0 else {
            throw StatisticsError(
                .invalidMultiplier, field: "multiplier", "\(value) must be a positive number")
        }
    }

    static func sameLength(_ counts: [Int], _ fields: [String]) throws {
        guard let first = counts.first else { return }
        for (count, field) in zip(counts, fields) where count != first {
            throw StatisticsError(
                .mismatchedLengths, field: field, "has \(count) elements where \(fields[0]) has \(first)")
        }
    }
}
