/// The people of one practice or LCP who are in a cohort on a date, each with why: a
/// person-level list for the clinicians of that scope. The caller decides who may ask for which
/// scope (and records the request); this type reads nobody outside the scope.
public struct CaseFindingList: Sendable, Codable {
    /// One person on the list.
    public struct Entry: Sendable, Codable, Hashable {
        /// Pseudonymous person identifier.
        public let personID: Int64
        /// Age on the date.
        public let age: Int
        /// Sex (F or M).
        public let sex: String
        /// Registered practice (empty if none).
        public let practice: String
        /// Segment on the date.
        public let segment: String
        /// Frailty category (65+), if any.
        public let frailty: String?
        /// Risk of an emergency admission in 12 months, if scored.
        public let risk: Double?
        /// Why they are on the list.
        public let reasons: [String]
    }

    /// The rule.
    public let rule: String
    /// The scope asked for.
    public let scope: AccessScope
    /// The date.
    public let date: String
    /// The people, by person identifier.
    public let entries: [Entry]
    /// Whether the data are synthetic.
    public let synthetic: Bool

    /// The members of the cohort of `rule` within `scope` on the snapshot's date (`scores` are
    /// needed when the rule uses risk).
    ///
    /// - Throws: ``PopulationError`` when the scope's area does not exist, ``CohortRuleError``
    ///   when the rule uses risk and `scores` is nil.
    public init(
        rule: CohortRule, data: PopulationData, snapshot: PopulationSnapshot, scores: [Double]? = nil,
        scope: AccessScope
    ) throws {
        try scope.validate(data.areas)
        let members = scope.members(of: data)
        let evaluator = try CohortEvaluator(
            rule: rule, data: data, snapshot: snapshot, scores: scores, candidates: members)
        try self.init(evaluator, scope: scope, members: members)
    }

    /// The members of `evaluator`'s cohort within `scope`.
    ///
    /// - Throws: ``PopulationError`` when the scope's area does not exist.
    public init(_ evaluator: CohortEvaluator, scope: AccessScope) throws {
        try scope.validate(evaluator.data.areas)
        try self.init(evaluator, scope: scope, members: scope.members(of: evaluator.data))
    }

    private init(_ evaluator: CohortEvaluator, scope: AccessScope, members: [Int]) throws {
        let data = evaluator.data
        let snapshot = evaluator.snapshot
        entries = members.filter(evaluator.matches).map { i in
            let practice = data.practice[i] >= 0 ? data.areas.practices[Int(data.practice[i])].code : ""
            let risk = evaluator.scores.flatMap { $0[i].isNaN ? nil : $0[i] }
            return Entry(
                personID: data.id[i], age: Int(snapshot.age[i]), sex: data.female[i] ? "F" : "M",
                practice: practice,
                segment: snapshot.segmentOf(i)?.id ?? "", frailty: snapshot.frailtyOf(i)?.name, risk: risk,
                reasons: evaluator.reasons(i))
        }.sorted { $0.personID < $1.personID }
        rule = evaluator.rule.text
        self.scope = scope
        date = snapshot.date.description
        synthetic = data.synthetic
    }
}
