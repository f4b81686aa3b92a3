/// A selection over person-level data: records of a table in a period, or the resident population.
public struct Selection: Sendable {
    /// A condition on one column.
    public struct Filter: Sendable, Hashable {
        /// What the column's value must be.
        public enum Condition: Sendable, Hashable {
            /// One of these values (text as written in the pack).
            case oneOf([String])
            /// Within these bounds (inclusive; either may be absent).
            case range(min: Double?, max: Double?)
            /// Empty.
            case isNull
        }

        /// The column.
        public let column: String
        /// The condition.
        public let condition: Condition

        /// A filter on `column`.
        public init(column: String, condition: Condition) {
            self.column = column
            self.condition = condition
        }
    }

    /// What is counted for each selected record.
    public enum Count: Sendable, Equatable {
        /// Each record.
        case records
        /// Each distinct person.
        case persons
        /// The sum of a column.
        case sum(String)
        /// The mean of a column.
        case mean(String)
        /// Bed days: each night of a stay, from the selection's date up to the day before the date in
        /// this column (the discharge date), placed in the period it falls in.
        case bedDays(String)
    }

    /// The table whose records are selected, or nil for the resident population.
    public let table: String?
    /// The date column that places a record in a period.
    public let date: String?
    /// Conditions on the table's columns.
    public let filters: [Filter]
    /// Age in completed years on the record's date (or mid-period), inclusive bounds.
    public let minAge: Int?
    /// Upper age bound.
    public let maxAge: Int?
    /// Conditions on the person (sex, ethnic group).
    public let person: [Filter]
    /// A register the person must be on.
    public let register: String?
    /// What is counted.
    public let count: Count
    /// Observations only: keep each person's latest record of the kind in the period.
    public let latest: Bool
    /// Where it was defined, for messages (`file:line field`).
    public let origin: String

    /// Whether this is the resident population.
    public var isPopulation: Bool { table == nil }

    /// A selection.
    public init(
        table: String?, date: String?, filters: [Filter], minAge: Int?, maxAge: Int?, person: [Filter],
        register: String?, count: Count, latest: Bool, origin: String
    ) {
        self.table = table
        self.date = date
        self.filters = filters
        self.minAge = minAge
        self.maxAge = maxAge
        self.person = person
        self.register = register
        self.count = count
        self.latest = latest
        self.origin = origin
    }
}
