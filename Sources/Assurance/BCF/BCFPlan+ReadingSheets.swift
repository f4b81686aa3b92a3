import PlacePack

extension BCFPlan {
    static func readScheme(_ node: PackNode, _ reader: BCFReader) throws -> BCFScheme {
        let sheet = BCFSheet.expenditure
        let id = try required(reader.text(node, "id", sheet: sheet), node, "id")
        let type = try reader.choice(node, "type", BCFSchemeType.self, sheet: sheet)
        let other = try reader.text(
            node, "other_type", sheet: sheet, required: type == .other, present: false)
        var estimate: Double?
        if let output = try node.optional("output") {
            estimate = try reader.number(output, "estimate", sheet: sheet)
        } else if let type, BCFSchemeType.withOutputs.contains(type) {
            reader.blank(node, "output", sheet: sheet)
        }
        let impactNode = try node.required("impact")
        var impacts: [BCFMetric: BCFImpact] = [:]
        for metric in BCFMetric.allCases {
            impacts[metric] = try reader.choice(impactNode, metric.rawValue, BCFImpact.self, sheet: sheet)
        }
        let area = try reader.text(node, "area_of_spend", sheet: sheet)
        _ = try reader.text(
            node, "area_of_spend_other", sheet: sheet, required: area == "Other", present: false)
        let commissioner = try reader.text(node, "commissioner", sheet: sheet)
        let joint = try reader.number(
            node, "joint_la_percent", sheet: sheet, percent: true, required: false)
        if commissioner == "Joint", joint == nil { reader.blank(node, "joint_la_percent", sheet: sheet) }
        _ = try reader.text(node, "description", sheet: sheet)
        _ = try reader.text(node, "status", sheet: sheet)
        return BCFScheme(
            id: id, name: try reader.text(node, "name", sheet: sheet), type: type, otherType: other,
            subType: try reader.text(node, "sub_type", sheet: sheet, required: false, present: false),
            outputEstimate: estimate, impacts: impacts, areaOfSpend: area, commissioner: commissioner,
            jointLAPercent: joint, provider: try reader.text(node, "provider", sheet: sheet),
            funding: try reader.choice(node, "funding", BCFFundingSource.self, sheet: sheet),
            expenditure: try reader.money(node, "expenditure", sheet: sheet))
    }

    static func readChanges(_ hicm: PackNode, _ reader: BCFReader) throws -> [Change] {
        _ = try reader.text(hicm, "priorities", sheet: .hicm)
        let list = try hicm.required("changes")
        var changes: [Change] = []
        for node in try list.list() {
            let numberNode = try node.required("change")
            let number = try numberNode.int()
            guard (1...8).contains(number) else {
                throw numberNode.fail(.outOfRange, "change \(number) is not 1 to 8")
            }
            guard !changes.contains(where: { $0.number == number }) else {
                throw numberNode.fail(.duplicateCode, "change \(number) appears twice")
            }
            changes.append(
                Change(
                    number: number, name: try node.required("name").string(),
                    current: try reader.choice(node, "current", BCFMaturity.self, sheet: .hicm),
                    planned: try reader.choice(node, "planned", BCFMaturity.self, sheet: .hicm),
                    reason: try reader.text(node, "reason", sheet: .hicm, required: false, present: false)))
        }
        if let missing = (1...8).first(where: { n in !changes.contains { $0.number == n } }) {
            throw list.fail(.missingField, "change \(missing) of the eight is missing")
        }
        return changes.sorted { $0.number < $1.number }
    }

    static func readMetrics(_ node: PackNode, _ reader: BCFReader) throws -> [MetricPlan] {
        try BCFMetric.allCases.map { metric in
            let plan = try node.required(metric.rawValue)
            let ratio = metric.multiplier != nil
            let percent = metric == .reablement
            _ = try reader.text(plan, "narrative", sheet: .metrics)
            let previous = try plan.optional("previous")
            return MetricPlan(
                metric: metric,
                plan: try reader.number(
                    plan, "plan", sheet: .metrics, percent: percent,
                    required: metric != .nonElectiveAdmissions),
                numerator: ratio ? try reader.number(plan, "numerator", sheet: .metrics) : nil,
                denominator: ratio ? try reader.number(plan, "denominator", sheet: .metrics) : nil,
                previous: try previous.flatMap {
                    try reader.number($0, "plan", sheet: .metrics, percent: percent)
                })
        }
    }

    static func readRequirements(_ node: PackNode, _ reader: BCFReader) throws -> [Requirement] {
        var requirements: [Requirement] = []
        for item in try node.list() {
            let codeNode = try item.required("code")
            let code = try codeNode.string()
            guard Requirement.codes.contains(code) else {
                throw codeNode.fail(.wrongType, "'\(code)' is not PR1 to PR9")
            }
            guard !requirements.contains(where: { $0.code == code }) else {
                throw codeNode.fail(.duplicateCode, "\(code) appears twice")
            }
            let sheet = BCFSheet.requirements
            requirements.append(
                Requirement(
                    code: code, theme: try item.required("theme").string(),
                    met: try reader.yesNo(item, "met", sheet: sheet),
                    actions: try reader.text(item, "actions", sheet: sheet, required: false, present: false),
                    timeframe: try reader.text(
                        item, "timeframe", sheet: sheet, required: false, present: false)))
        }
        if let missing = Requirement.codes.first(where: { c in !requirements.contains { $0.code == c } }) {
            throw node.fail(.missingField, "\(missing) is missing")
        }
        return Requirement.codes.compactMap { c in requirements.first { $0.code == c } }
    }
}

extension BCFPlan.Requirement {
    /// PR1 to PR9.
    public static let codes = (1...9).map { "PR\($0)" }
}
