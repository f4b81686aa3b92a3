import PlaceModel
/// Evaluates a ``CohortRule`` on the people of a snapshot: whether each person is in the cohort,
/// and why (for case-finding lists). Pure.
public struct CohortEvaluator: Sendable {
    /// The rule.
    public let rule: CohortRule
    /// The rule's test with its parts in order of cost (``CohortTest/plan``).
    let plan: CohortTest
    let data: PopulationData
    let snapshot: PopulationSnapshot
    let scores: [Double]?
    /// Top-percent flags by (percent, within), for `risk_top`.
    let topFlags: [String: [Bool]]

    /// Prepares `rule` on `snapshot`. `scores` (from ``RiskModel/scores(_:_:)`` on the same
    /// snapshot) are needed when the rule uses risk.
    ///
    /// `candidates`, when given, are the only persons that will be asked about (a case-finding
    /// list's scope): `risk_top` then ranks only the groups they belong to.
    ///
    /// - Throws: ``CohortRuleError`` when the rule uses risk and `scores` is nil.
    public init(
        rule: CohortRule, data: PopulationData, snapshot: PopulationSnapshot, scores: [Double]? = nil,
        candidates: [Int]? = nil
    ) throws {
        if rule.usesRisk, scores == nil {
            throw CohortRuleError.needsModel(.init(line: 1, column: 1))
        }
        self.rule = rule
        plan = rule.test.plan
        self.data = data
        self.snapshot = snapshot
        self.scores = scores
        var flags: [String: [Bool]] = [:]
        for (percent, within) in Self.riskTops(rule.test) where flags[Self.key(percent, within)] == nil {
            flags[Self.key(percent, within)] = Self.flagTop(
                scores ?? [], percent, within, data, snapshot, candidates)
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

    /// Flags the top `percent` of scored persons within each city, LCP or practice (only the
    /// groups of `candidates` when given): ⌈n × percent / 100⌉ per group, highest risk first, ties
    /// by position, as ``ModelMetrics/top(_:percent:)``.
    private static func flagTop(
        _ scores: [Double], _ percent: Double, _ within: Breakdown, _ data: PopulationData,
        _ snapshot: PopulationSnapshot, _ candidates: [Int]?
    ) -> [Bool] {
        var flags = [Bool](repeating: false, count: data.count)
        let (labels, index) = within.groups(data, snapshot)
        var wanted = [Bool](repeating: candidates == nil, count: labels.count)
        for i in candidates ?? [] where index[i] >= 0 { wanted[Int(index[i])] = true }
        var start = [Int](repeating: 0, count: labels.count + 1)
        for i in scores.indices where index[i] >= 0 && !scores[i].isNaN && wanted[Int(index[i])] {
            start[Int(index[i]) + 1] += 1
        }
        for g in labels.indices { start[g + 1] += start[g] }
        var members = [Int32](repeating: 0, count: start[labels.count])
        var next = start
        for i in scores.indices where index[i] >= 0 && !scores[i].isNaN && wanted[Int(index[i])] {
            members[next[Int(index[i])]] = Int32(i)
            next[Int(index[i])] += 1
        }
        for g in labels.indices where start[g + 1] > start[g] {
            let n = start[g + 1] - start[g]
            let k = Int((Double(n) * percent / 100).rounded(.up))
            let ranked = members[start[g]..<start[g + 1]].sorted { a, b in
                scores[Int(a)] != scores[Int(b)] ? scores[Int(a)] > scores[Int(b)] : a < b
            }
            for i in ranked.prefix(k) { flags[Int(i)] = true }
        }
        return flags
    }

    /// Whether person `i` is present on the snapshot's date and in the cohort.
    public func matches(_ i: Int) -> Bool {
        snapshot.isPresent(i) && holds(plan, i)
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
