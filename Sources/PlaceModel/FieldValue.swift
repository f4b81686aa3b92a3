/// One stored value of a record, as the store binds it.
public enum FieldValue: Hashable, Sendable {
    /// No value (SQL NULL).
    case null
    /// A whole number (also used for flags: 0 or 1).
    case int(Int64)
    /// A real number.
    case real(Double)
    /// Text, including codes.
    case text(String)
    /// A calendar date, stored as `YYYY-MM-DD` text.
    case date(CivilDate)

    /// A flag as 0 or 1.
    public static func flag(_ value: Bool) -> FieldValue { .int(value ? 1 : 0) }

    /// Text, or null when `value` is nil.
    public static func text(_ value: String?) -> FieldValue { value.map { .text($0) } ?? .null }

    /// A date, or null when `value` is nil.
    public static func date(_ value: CivilDate?) -> FieldValue { value.map { .date($0) } ?? .null }
}

extension FieldValue {
    /// The value as a number, if it is one.
    public var number: Double? {
        switch self {
        case .int(let v): return Double(v)
        case .real(let v): return v
        default: return nil
        }
    }

    /// The value as text (numbers and dates written out), or nil when empty.
    public var textValue: String? {
        switch self {
        case .null: return nil
        case .int(let v): return String(v)
        case .real(let v): return String(v)
        case .text(let v): return v
        case .date(let d): return d.description
        }
    }
}
