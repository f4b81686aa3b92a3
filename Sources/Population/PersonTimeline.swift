/// Everything the store holds about one person, across organisations, in date order: what a
/// clinician opening the shared record reads. Person-level: built only for a stated scope.
public struct PersonTimeline: Sendable, Codable {
    /// One dated event.
    public struct Entry: Sendable, Codable, Hashable {
        /// Date (YYYY-MM-DD).
        public let date: String
        /// Who recorded it (GP practice, hospital, mental health services, adult social care, ...).
        public let source: String
        /// What kind of record (condition, medicine, emergency admission, ...).
        public let kind: String
        /// What it says.
        public let detail: String
    }

    /// Pseudonymous person identifier.
    public let personID: Int64
    /// The scope the timeline was asked for.
    public let scope: AccessScope
    /// Date of birth.
    public let birthDate: String
    /// Sex (F or M).
    public let sex: String
    /// Ethnic group.
    public let ethnicGroup: String
    /// Registered practice (empty if none).
    public let practice: String
    /// Home LSOA.
    public let lsoa: String
    /// The page's events, oldest first: page 1 holds the most recent ``pageSize`` events, page 2 the
    /// ones before them, and so on.
    public let entries: [Entry]
    /// Which page (1 is the most recent).
    public let page: Int
    /// Events per page.
    public let pageSize: Int
    /// Events in the whole timeline.
    public let total: Int
    /// Whether the data are synthetic.
    public let synthetic: Bool
}
