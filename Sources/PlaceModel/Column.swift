/// What kind of value a column holds, and so how a source field is validated.
public enum ColumnType: Hashable, Sendable {
    /// A whole number within `range`.
    case integer(ClosedRange<Int64>)
    /// A finite real number within `range`.
    case real(ClosedRange<Double>)
    /// Free text, at most `maxLength` characters.
    case text(maxLength: Int)
    /// A date `YYYY-MM-DD` within `years`.
    case date(years: ClosedRange<Int>)
    /// One of a fixed list of codes.
    case code([String])
    /// 0 or 1.
    case flag
}

/// Another stored entity that a column's value must name.
public enum Reference: String, Hashable, Sendable {
    /// A person in `persons`.
    case person
    /// An LSOA in `areas`.
    case lsoa
    /// A GP practice in `areas`.
    case practice
    /// Any area in `areas`.
    case area
}

/// One column of a stored table.
public struct Column: Hashable, Sendable {
    /// The column's name, in the store and in source files.
    public let name: String
    /// Its type and valid values.
    public let type: ColumnType
    /// Whether it may be empty (stored as null).
    public let optional: Bool
    /// What entity it refers to, if any.
    public let references: Reference?
    /// A one-line meaning, for the documentation.
    public let meaning: String

    /// A column description.
    public init(
        _ name: String, _ type: ColumnType, optional: Bool = false, references: Reference? = nil,
        _ meaning: String
    ) {
        self.name = name
        self.type = type
        self.optional = optional
        self.references = references
        self.meaning = meaning
    }

    /// The SQLite storage type.
    public var sqlType: String {
        switch type {
        case .integer, .flag: return "INTEGER"
        case .real: return "REAL"
        case .text, .date, .code: return "TEXT"
        }
    }
}
