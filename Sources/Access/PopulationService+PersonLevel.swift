import Population

extension PopulationService {
    /// The case-finding list of predefined cohort `id` for `scope`: checked against the policy and
    /// written to the audit log (granted or refused) before it is returned.
    ///
    /// - Throws: ``AccessError`` when refused or no purpose is given; ``PopulationError`` for an
    ///   unknown cohort or area; ``CohortRuleError`` when it needs a risk model and none is stored.
    public func caseFindingList(
        _ id: String, scope: AccessScope, request: AccessRequest, export: Bool = false
    ) throws -> CaseFindingList {
        let cohort = try catalog.cohort(id)
        return try caseFindingList(
            rule: CohortRule(cohort.rule, areas: data.areas), subject: "cohort:\(id)", scope: scope,
            request: request, export: export)
    }

    /// The case-finding list of `rule` for `scope` (`subject` names it in the audit log).
    ///
    /// - Throws: as ``caseFindingList(_:scope:request:export:)``.
    public func caseFindingList(
        rule: CohortRule, subject: String, scope: AccessScope, request: AccessRequest, export: Bool = false
    ) throws -> CaseFindingList {
        try gate.caseFindingList(
            rule: rule, subject: subject, data: data, snapshot: snapshot, scores: scores, scope: scope,
            request: request, export: export)
    }

    /// One page of a person's timeline (1 is the most recent), if they are in `scope` (see
    /// ``PersonLevelGate/timeline(of:scope:request:page:)``).
    public func timeline(of personID: Int64, scope: AccessScope, request: AccessRequest, page: Int = 1) throws
        -> PersonTimeline
    {
        try gate.timeline(of: personID, scope: scope, request: request, page: page)
    }
}
