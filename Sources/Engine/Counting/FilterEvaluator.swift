import PlacePack

/// Evaluates a selection filter on a value read as text.
enum FilterEvaluator {
    static func passes(_ filter: Selection.Filter, _ value: String?) -> Bool {
        switch filter.condition {
        case .isNull: return value == nil
        case .oneOf(let values):
            guard let value else { return false }
            return values.contains(value)
                || (Double(value).map { v in values.contains { Double($0) == v } } ?? false)
        case .range(let min, let max):
            guard let number = value.flatMap(Double.init) else { return false }
            return (min.map { number >= $0 } ?? true) && (max.map { number <= $0 } ?? true)
        }
    }
}
