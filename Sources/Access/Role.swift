/// What a user of the server may do. Everyone who has not signed in is ``public``.
public enum Role: String, CaseIterable, Sendable, Codable, CustomStringConvertible {
    /// Published aggregates, small numbers suppressed (the public pages; no sign-in needed).
    case `public`
    /// Aggregates with small numbers shown, for analysis that is not published.
    case analyst
    /// Person-level views (case-finding lists, timelines) for the practices or LCP assigned.
    case clinician
    /// The information-governance lead: reads the audit log and its monthly review.
    case governance = "ig-lead"
    /// Manages users; sees published aggregates, no person-level data.
    case administrator = "admin"
    /// Keeps the risk registers and action plans of the boards assigned: adds and updates risks,
    /// actions and progress as drafts, and publishes them. No person-level data.
    case editor

    /// Whether aggregates are shown without small-number suppression (analysts only: every other
    /// role sees the published figures).
    public var seesUnsuppressedAggregates: Bool { self == .analyst }

    /// Whether the role can be granted person-level views (within assigned areas only).
    public var seesPersonLevelData: Bool { self == .clinician }

    /// Whether the role reads the audit log.
    public var readsAuditLog: Bool { self == .governance }

    /// Whether the role manages users.
    public var managesUsers: Bool { self == .administrator }

    /// Whether the role edits the registers and plans of its boards.
    public var editsAssurance: Bool { self == .editor }

    /// The role's name as stored and typed (`public`, `analyst`, `clinician`, `ig-lead`, `admin`,
    /// `editor`).
    public var description: String { rawValue }

    /// What the role may do, in a sentence.
    public var summary: String {
        switch self {
        case .public: return "published aggregates, small numbers suppressed"
        case .analyst: return "aggregates, small numbers shown"
        case .clinician: return "published aggregates; person-level data for the practices or LCP assigned"
        case .governance: return "published aggregates; the audit log and its monthly review"
        case .administrator: return "published aggregates; manages users"
        case .editor:
            return "published aggregates; keeps the risk registers and action plans of the boards assigned"
        }
    }
}
