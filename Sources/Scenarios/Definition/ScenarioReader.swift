import Foundation
import PlacePack

/// Reads and checks a scenario file. Every problem is refused with the file, line and field: an
/// unknown lever, an interval whose low is above its high, a probability outside 0 to 1, a
/// negative cost, an occupancy outside (0, 1], a horizon before the baseline, demography weights
/// that name an unknown variant or do not add up to 1.
public enum ScenarioReader {
    /// The scenarios of `pack`: every `.yaml` file in its `scenarios` folder, by file name.
    public static func scenarios(
        of pack: PlacePack, assumptions: ProjectionAssumptions
    ) throws -> [ScenarioDefinition] {
        let folder = pack.directory.appendingPathComponent("scenarios")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return try names.filter { $0.hasSuffix(".yaml") }.sorted().map { name in
            try read(PackNode.parse(file: "scenarios/\(name)", in: pack.directory), assumptions: assumptions)
        }
    }

    /// Reads the scenario file at `url`, its errors naming it by `url`'s last path component.
    public static func read(file url: URL, assumptions: ProjectionAssumptions) throws -> ScenarioDefinition {
        try read(
            PackNode.parse(file: url.lastPathComponent, in: url.deletingLastPathComponent()),
            assumptions: assumptions)
    }

    /// Reads a parsed scenario; `assumptions` are the projection's, whose variants the demography
    /// weights name.
    public static func read(_ root: PackNode, assumptions: ProjectionAssumptions) throws -> ScenarioDefinition
    {
        try only(
            root, ["id", "name", "description", "seed", "runs", "baseline_year", "horizon_year", "levers"])
        let runs = try root.required("runs")
        guard (1...100_000).contains(try runs.int()) else {
            throw runs.fail(.outOfRange, "runs must be 1 to 100,000, found \(try runs.int())")
        }
        let seed = try root.required("seed")
        guard try seed.int() >= 0 else { throw seed.fail(.outOfRange, "the seed must be 0 or more") }
        let id = try root.required("id")
        guard try id.string().wholeMatch(of: /[A-Za-z0-9._-]{1,80}/) != nil else {
            throw id.fail(
                .outOfRange,
                "an id is 1 to 80 letters, digits, '.', '-' or '_' (it names results and web pages)")
        }
        let baselineNode = try root.required("baseline_year")
        let baseline = try baselineNode.int()
        let horizon = try root.required("horizon_year")
        guard try horizon.int() > baseline, try horizon.int() <= baseline + 50 else {
            throw horizon.fail(
                .outOfRange,
                "the horizon year must be after the baseline year (\(baseline)) and at most 50 years on")
        }
        let levers = try root.required("levers")
        try only(levers, ScenarioLevers.sections)
        var definition = ScenarioDefinition(
            id: try id.string(), name: try root.required("name").string(),
            description: try root.optional("description")?.string() ?? "", seed: UInt64(try seed.int()),
            runs: try runs.int(), baselineYear: baseline, horizonYear: try horizon.int(),
            demography: try demography(levers.required("demography"), assumptions),
            growth: try intervals(
                levers.optional("non_demographic_growth"), ScenarioLevers.settings, .growth),
            healthStatus: try levers.optional("health_status_adjustment").map {
                try LeverInterval.read($0, .years)
            }
                ?? LeverInterval(0, 0),
            avoidance: try intervals(
                levers.optional("activity_avoidance"), ScenarioLevers.mitigators, .share),
            efficiencies: try intervals(levers.optional("efficiencies"), ScenarioLevers.efficiencies, .share),
            shift: try shift(levers.optional("shift_to_community")),
            costs: try costs(levers.required("unit_costs")),
            occupancy: try LeverInterval.read(levers.required("occupancy"), .occupancy),
            budgetGrowth: try LeverInterval.read(levers.required("budget_growth"), .growth))
        definition.file = root.file
        definition.baselineLine = baselineNode.line
        return definition
    }

    /// Refuses any key of `node` not in `known`.
    static func only(_ node: PackNode, _ known: [String]) throws {
        for (key, value) in try node.entries() where !known.contains(key) {
            throw value.fail(
                .unknownReference, "unknown field '\(key)'; known: \(known.joined(separator: ", "))")
        }
    }

    static func intervals(
        _ node: PackNode?, _ known: [String], _ bound: LeverInterval.Bound
    ) throws -> [String: LeverInterval] {
        guard let node else { return [:] }
        try only(node, known)
        return Dictionary(
            uniqueKeysWithValues: try node.entries().map { ($0.key, try LeverInterval.read($0.value, bound)) }
        )
    }

    static func demography(_ node: PackNode, _ assumptions: ProjectionAssumptions) throws -> [String: Double]
    {
        try only(node, assumptions.variants.map(\.name))
        var weights: [String: Double] = [:]
        for (name, value) in try node.entries() {
            let weight = try value.double()
            guard weight >= 0, weight <= 1 else {
                throw value.fail(.outOfRange, "a weight is 0 to 1, found \(weight)")
            }
            weights[name] = weight
        }
        let sum = weights.values.reduce(0, +)
        guard abs(sum - 1) < 1e-9 else {
            throw node.fail(.outOfRange, "the variants' weights must add up to 1, found \(sum)")
        }
        return weights
    }

    static func shift(_ node: PackNode?) throws -> [String: ScenarioDefinition.Shift] {
        guard let node else { return [:] }
        try only(node, ScenarioLevers.communityUnits)
        var shift: [String: ScenarioDefinition.Shift] = [:]
        for (service, value) in try node.entries() {
            try only(value, ["per", "units"])
            let per = try value.required("per")
            guard ScenarioLevers.shiftBases.contains(try per.string()) else {
                throw per.fail(
                    .unknownReference,
                    "per must be one of \(ScenarioLevers.shiftBases.joined(separator: ", "))")
            }
            shift[service] = .init(
                per: try per.string(), units: try LeverInterval.read(value.required("units"), .nonNegative))
        }
        return shift
    }

    static func costs(_ node: PackNode) throws -> [String: ScenarioDefinition.UnitCost] {
        try only(node, ScenarioLevers.costed)
        var costs: [String: ScenarioDefinition.UnitCost] = [:]
        for (setting, value) in try node.entries() {
            try only(value, ["pounds", "source", "assumed"])
            costs[setting] = .init(
                pounds: try LeverInterval.read(value.required("pounds"), .nonNegative),
                source: try value.required("source").string(),
                assumed: try value.optional("assumed")?.bool() ?? true)
        }
        return costs
    }
}
