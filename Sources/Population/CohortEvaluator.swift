/// Evaluates a ``CohortRule`` on the people of a snapshot: whether each person is in the cohort,
/// and why (for case-finding lists). Pure.
public struct CohortEvaluator: Sendable {
    /// The rule.
    public let rule: CohortRule
    let data: PopulationData
    let snapshot: PopulationSnapshot
    let scores: [Double]?
    /// Top-percent flags by (percent, within), for `risk_top`.
    let topFlags: [String: [Bool]]

    /// Prepares `rule` on `snapshot`. `scores` (from ``RiskModel/scores(_:_:)`` on the same
    /// snapshot) are needed when the rule uses risk.
    ///
    /// - Throws: ``CohortRuleError`` when the rule uses risk and `scores` is nil.
    public init(rule: CohortRule, data: PopulationData, snapshot: PopulationSnapshot, scores: [Double]? = nil)
        throws
    {
        if rule.usesRisk, scores == nil {
            throw CohortRuleError.needsModel(.init(line: 1, column: 1))
        }
        self.rule = rule
        self.data = data
        self.snapshot = snapshot
        self.scores = scores
        var flags: [String: [Bool]] = [:]
        for (percent, within) in Self.riskTops(rule.test) where flags[Self.key(percent, within)] == nil {
            flags[Self.key(percent, within)] = Self.flagTop(scores ?? [], percent, within, data, snapshot)
        }
        topFlags = flags
    }

    static func key(_ percent: Double, _ within: Breakdown) -> String { "\(percent)|\(within.rawValue)" }

    private static func riskTops(_ test: CohortTest) -> [(Double, Breakdown)] {
        switch test {
        case .all(let parts), .any(let parts): return parts.flatMap(riskTops)
        case .none(let inner, _): return riskTops(inner)
        case .atom(.riskTop(let percent, let within), _): return [(percent, within)]
        case .atom: return []
        }
    }

    /// Flags the top `percent` of scored persons within each city, LCP or practice.
    private static func flagTop(
        _ scores: [Double], _ percent: Double, _ within: Breakdown, _ data: PopulationData,
        _ snapshot: PopulationSnapshot
    ) -> [Bool] {
        var flags = [Bool](repeating: false, count: data.count)
        let (_, index) = within.groups(data, snapshot)
        let members = Dictionary(grouping: scores.indices.filter { !scores[$0].isNaN && index[$0] >= 0 }) {
            index[$0]
        }
        for group in members.values {
            let chosen = ModelMetrics.top(group.map { scores[$0] }, percent: percent)
            for (k, i) in group.enumerated() where chosen[k] { flags[i] = true }
        }
        return flags
    }

    /// Whether person `i` is present on the snapshot's date and in the cohort.
    public func matches(_ i: Int) -> Bool {
        snapshot.isPresent(i) && holds(rule.test, i)
    }

    func holds(_ test: CohortTest, _ i: Int) -> Bool {
        switch test {
        case .all(let parts):
            for part in parts where !holds(part, i) { return false }
            return true
        case .any(let parts):
            for part in parts where holds(part, i) { return true }
            return false
        case .none(let inner, _): return !holds(inner, i)
        case .atom(let atom, _): return holds(atom, i)
        }
    }
}
