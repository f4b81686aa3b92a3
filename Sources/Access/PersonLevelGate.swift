import Population
import Store

/// Who is asking, for what and through what: the context of a person-level request.
public struct AccessRequest: Sendable {
    /// The signed-in user, or nil.
    public let user: User?
    /// The purpose chosen, if any.
    public let purpose: Purpose?
    /// Web, API or command line.
    public let channel: AuditEntry.Channel
    /// The name written to the audit log when no user is signed in.
    public let unsignedName: String

    /// A request by `user` for `purpose` through `channel`.
    public init(
        user: User?, purpose: Purpose?, channel: AuditEntry.Channel, unsignedName: String = "anonymous"
    ) {
        self.user = user
        self.purpose = purpose
        self.channel = channel
        self.unsignedName = unsignedName
    }

    /// A request from the command line on the server, by the operating-system user `name`: trusted
    /// with the one scope it names (whoever runs it can read the store file) and audited as `cli:NAME`.
    public static func commandLine(_ name: String, scope: AccessScope, purpose: Purpose?) -> AccessRequest {
        AccessRequest(
            user: User(name: "cli:\(name)", displayName: "cli:\(name)", role: .clinician, scopes: [scope]),
            purpose: purpose, channel: .cli)
    }
}

/// The door to person-level data: checks each request against the policy and writes it to the
/// audit log (granted or refused) before anything is shown.
public struct PersonLevelGate: Sendable {
    /// The store.
    public let store: any PlaceStore
    /// Who may see what.
    public let policy: AccessPolicy
    /// The audit log.
    public let audit: AuditLog

    /// A gate over `store` with `policy`, writing to `audit`.
    public init(store: any PlaceStore, policy: AccessPolicy, audit: AuditLog) {
        self.store = store
        self.policy = policy
        self.audit = audit
    }

    /// One page of a person's timeline (1 is the most recent), if they are in `scope`. A person outside the scope and a person not
    /// held are refused alike.
    ///
    /// - Throws: ``AccessError`` when refused or no purpose is given; ``PopulationError`` for an
    ///   unknown area.
    public func timeline(of personID: Int64, scope: AccessScope, request: AccessRequest, page: Int = 1) throws
        -> PersonTimeline
    {
        let subject = "person:\(personID)"
        try authorise(request, action: .timeline, subject: subject, scope: scope)
        do {
            let timeline = try TimelineReader(store: store).timeline(of: personID, scope: scope, page: page)
            try record(request, .timeline, subject, scope, .granted, 1)
            return timeline
        } catch let error as PopulationError where error.isOutOfScope {
            try record(request, .timeline, subject, scope, .refused, 0)
            throw AccessError.outOfScope(scope.description)
        }
    }

    /// The case-finding list of `rule` for `scope` on `snapshot` (`subject` names it in the log).
    ///
    /// - Throws: ``AccessError`` when refused or no purpose is given; ``PopulationError`` for an
    ///   unknown area; ``CohortRuleError`` when the rule uses risk and `scores` is nil.
    public func caseFindingList(
        rule: CohortRule, subject: String, data: PopulationData, snapshot: PopulationSnapshot,
        scores: [Double]?,
        scope: AccessScope, request: AccessRequest, export: Bool = false
    ) throws -> CaseFindingList {
        let action: AuditEntry.Action = export ? .caseFindingExport : .caseFindingList
        try authorise(request, action: action, subject: subject, scope: scope)
        try scope.validate(data.areas)
        let list = try CaseFindingList(
            rule: rule, data: data, snapshot: snapshot, scores: scores, scope: scope)
        try record(request, action, subject, scope, .granted, list.entries.count)
        return list
    }

    /// Checks that the scope's area exists (before anything is written), then the policy, then the
    /// purpose. A refusal of a signed-in user is written to the audit log, then thrown; a refusal of
    /// a request by no signed-in user is only counted (``AuditLog/refusedAnonymously(_:channel:)``).
    ///
    /// - Throws: ``PopulationError`` for an unknown area; ``AccessError`` when refused.
    public func authorise(
        _ request: AccessRequest, action: AuditEntry.Action, subject: String, scope: AccessScope
    ) throws {
        try scope.validate(policy.areas)
        do {
            try policy.checkPersonLevel(request.user, scope)
        } catch let error as AccessError {
            if request.user == nil {
                try audit.refusedAnonymously(action, channel: request.channel)
            } else {
                try record(request, action, subject, scope, .refused, 0)
            }
            throw error
        }
        guard request.purpose != nil else { throw AccessError.purposeRequired }
    }

    /// Writes one entry for `request`.
    public func record(
        _ request: AccessRequest, _ action: AuditEntry.Action, _ subject: String, _ scope: AccessScope,
        _ outcome: AuditEntry.Outcome, _ records: Int
    ) throws {
        try audit.append(
            AuditEntry(
                user: request.user?.name ?? request.unsignedName, role: request.user?.role ?? .public,
                action: action, subject: subject, scope: scope, purpose: request.purpose, outcome: outcome,
                records: records, channel: request.channel))
    }
}
