import Population

/// Who is asking, for what and through what: the context of a person-level request.
public struct AccessRequest: Sendable {
    /// The signed-in user, or nil.
    public let user: User?
    /// The purpose chosen, if any.
    public let purpose: Purpose?
    /// Web, API or command line.
    public let channel: AuditEntry.Channel
    /// The name written to the audit log when no user is signed in (`anonymous`, or `cli:NAME`).
    public let unsignedName: String

    /// A request by `user` for `purpose` through `channel`.
    public init(user: User?, purpose: Purpose?, channel: AuditEntry.Channel, unsignedName: String = "anonymous") {
        self.user = user
        self.purpose = purpose
        self.channel = channel
        self.unsignedName = unsignedName
    }
}

extension PopulationService {
    /// The case-finding list of predefined cohort `id` for `scope`: checked against the policy and
    /// written to the audit log (granted or refused) before it is returned.
    ///
    /// - Throws: ``AccessError`` when refused or no purpose is given; ``PopulationError`` for an
    ///   unknown cohort or area; ``CohortRuleError`` when it needs a risk model and none is stored.
    public func caseFindingList(
        _ id: String, scope: AccessScope, request: AccessRequest, export: Bool = false
    ) throws -> CaseFindingList {
        let action: AuditEntry.Action = export ? .caseFindingExport : .caseFindingList
        let cohort = try catalog.cohort(id)
        try authorise(request, action: action, subject: "cohort:\(id)", scope: scope)
        try scope.validate(data.areas)
        let rule = try CohortRule(cohort.rule, areas: data.areas)
        let list = try CaseFindingList(rule: rule, data: data, snapshot: snapshot, scores: scores, scope: scope)
        try record(request, action, "cohort:\(id)", scope, .granted, list.entries.count)
        return list
    }

    /// One person's timeline, if they are in `scope`: checked against the policy and written to the
    /// audit log (granted or refused) before it is returned. A person outside the scope and a person
    /// not held are refused alike.
    ///
    /// - Throws: ``AccessError`` when refused or no purpose is given; ``PopulationError`` for an
    ///   unknown area.
    public func timeline(of personID: Int64, scope: AccessScope, request: AccessRequest) throws -> PersonTimeline {
        let subject = "person:\(personID)"
        try authorise(request, action: .timeline, subject: subject, scope: scope)
        do {
            let timeline = try TimelineReader(store: store).timeline(of: personID, scope: scope)
            try record(request, .timeline, subject, scope, .granted, 1)
            return timeline
        } catch let error as PopulationError where error.isOutOfScope {
            try record(request, .timeline, subject, scope, .refused, 0)
            throw AccessError.outOfScope(scope.description)
        }
    }

    /// Checks the purpose and the policy; a refusal is written to the audit log, then thrown.
    private func authorise(
        _ request: AccessRequest, action: AuditEntry.Action, subject: String, scope: AccessScope
    ) throws {
        do {
            try policy.checkPersonLevel(request.user, scope)
        } catch let error as AccessError {
            try record(request, action, subject, scope, .refused, 0)
            throw error
        }
        guard request.purpose != nil else { throw AccessError.purposeRequired }
    }

    private func record(
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
