import Population

/// One line of the audit log: a person-level view or export, or a refused request for one.
public struct AuditEntry: Sendable, Codable, Hashable {
    /// What was asked for.
    public enum Action: String, Sendable, Codable, CaseIterable {
        /// A cohort's case-finding list for a practice or LCP, viewed.
        case caseFindingList = "case-finding-list"
        /// A case-finding list downloaded as CSV.
        case caseFindingExport = "case-finding-export"
        /// One person's joined-up timeline.
        case timeline
    }

    /// Whether the data were shown.
    public enum Outcome: String, Sendable, Codable, CaseIterable {
        /// Shown.
        case granted
        /// Refused (not signed in, role, or out of scope).
        case refused
    }

    /// Through what the request came.
    public enum Channel: String, Sendable, Codable, CaseIterable {
        /// A web page.
        case web
        /// The JSON API or a download.
        case api
        /// The command line on the server.
        case cli
    }

    /// Order of writing (0 before it is written).
    public let id: Int64
    /// When (UTC, ISO 8601).
    public let at: String
    /// Who: a user name, `anonymous`, or `cli:NAME`.
    public let user: String
    /// Their role.
    public let role: Role
    /// What.
    public let action: Action
    /// Which person (identifier) or list (cohort identifier).
    public let subject: String
    /// The practice or LCP asked for.
    public let scope: AccessScope?
    /// The purpose chosen (nil when none was given).
    public let purpose: Purpose?
    /// Shown or refused.
    public let outcome: Outcome
    /// Persons shown.
    public let records: Int
    /// Web, API or command line.
    public let channel: Channel

    /// An entry to append (its `id` and `at` are set when written).
    public init(
        id: Int64 = 0, at: String = "", user: String, role: Role, action: Action, subject: String,
        scope: AccessScope?, purpose: Purpose?, outcome: Outcome, records: Int, channel: Channel
    ) {
        self.id = id
        self.at = at
        self.user = user
        self.role = role
        self.action = action
        self.subject = subject
        self.scope = scope
        self.purpose = purpose
        self.outcome = outcome
        self.records = records
        self.channel = channel
    }
}
