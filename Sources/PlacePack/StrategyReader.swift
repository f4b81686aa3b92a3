/// Reads and validates `strategy.yaml`: the vision, numbered outcomes and priorities, the
/// headline indicators and their links, and the plan's areas of focus and obsessions.
enum StrategyReader {
    static func read(_ root: PackNode) throws -> Strategy {
        let outcomes = try numbered(root.required("outcomes"), kind: "outcome").map(Outcome.init)
        let priorities = try numbered(root.required("priorities"), kind: "priority").map(Priority.init)
        let outcomeNumbers = Set(outcomes.map(\.number))
        let priorityNumbers = Set(priorities.map(\.number))
        var ids = UniqueCodes(kind: "indicator")
        let indicators = try root.required("indicators").list().map { entry in
            let id = try entry.required("id")
            try ids.insert(id.string(), at: id)
            let outcome = try entry.required("outcome")
            guard outcomeNumbers.contains(try outcome.int()) else {
                throw outcome.fail(.unknownReference, "no outcome number \(try outcome.int())")
            }
            let links = try entry.required("priorities").list()
            guard !links.isEmpty else {
                throw entry.fail(.missingField, "an indicator serves at least one priority")
            }
            for link in links where !priorityNumbers.contains(try link.int()) {
                throw link.fail(.unknownReference, "no priority number \(try link.int())")
            }
            let source = try entry.required("source")
            let aggregate = try entry.optional("aggregate_source")?.string()
            switch try source.string() {
            case StrategyIndicator.personLevel: break
            case StrategyIndicator.aggregate where aggregate != nil: break
            case StrategyIndicator.aggregate:
                throw entry.fail(
                    .missingField, "aggregate indicators name their aggregate_source",
                    field: entry.field + ".aggregate_source")
            default:
                throw source.fail(.wrongType, "source must be 'person-level' or 'aggregate'")
            }
            return StrategyIndicator(
                id: try id.string(), name: try entry.required("name").string(),
                definition: try entry.required("definition").string(), outcome: try outcome.int(),
                priorities: try links.map { try $0.int() }, source: try source.string(),
                aggregateSource: aggregate)
        }
        let plan = try root.optional("health_and_care_plan")
        return Strategy(
            vision: try root.required("vision").string(), outcomes: outcomes, priorities: priorities,
            indicators: indicators, areasOfFocus: try plan?.optional("areas_of_focus")?.strings() ?? [],
            obsessions: try plan?.optional("obsessions")?.strings() ?? [])
    }

    /// Reads a list of `{number, name}` entries, rejecting duplicate or non-positive numbers.
    private static func numbered(_ list: PackNode, kind: String) throws -> [(Int, String)] {
        var numbers = UniqueCodes(kind: kind)
        return try list.list().map { entry in
            let number = try entry.required("number")
            guard try number.int() > 0 else { throw number.fail(.outOfRange, "\(kind) numbers start at 1") }
            try numbers.insert(String(try number.int()), at: number)
            return (try number.int(), try entry.required("name").string())
        }
    }
}
