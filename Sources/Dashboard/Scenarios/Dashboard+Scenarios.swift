import Hummingbird
import Publication
import Scenarios

extension Dashboard {
    /// The scenario pages, their JSON API and CSV downloads. Scenario results are stored by
    /// `placehealth scenario run` at any time, so these responses are rendered afresh, not cached
    /// with a generation of indicator results.
    func addScenarioRoutes(to router: Router<DashboardContext>) {
        router.get("/scenarios") { request, _ in
            try await self.fresh(request, allowed: []) { g, _ in .html(try g.scenarioPages.list()) }
        }
        router.get("/scenarios/compare") { request, _ in
            try await self.fresh(request, allowed: ["ids", "first", "second"]) { g, q in
                let listed = try q.value("ids", .scenarioList).map {
                    $0.split(separator: ",").map(String.init)
                }
                let pair = try [q.value("first", .scenario), q.value("second", .scenario)].compactMap { $0 }
                return .html(try g.scenarioPages.compare(listed ?? pair))
            }
        }
        router.get("/scenarios/:id") { request, context in
            let id = try context.parameters.require("id")
            return try await self.fresh(request, allowed: ["measure", "area"]) { g, q in
                .html(try g.scenarioPages.scenario(id, q))
            }
        }
        router.get("/api/scenarios") { request, _ in
            try await self.fresh(request, allowed: []) { g, _ in
                try .json(
                    APIModel.ScenarioList(
                        scenarios: try g.scenarioPages.scenarios.list(), synthetic: g.synthetic,
                        notice: g.synthetic ? APIModel.syntheticNotice : nil))
            }
        }
        router.get("/api/scenarios/:id") { request, context in
            let id = try context.parameters.require("id")
            return try await self.fresh(request, allowed: ["by"]) { g, q in
                let scenario = try g.scenarioPages.load(id)
                return try .json(ScenarioDocument(scenario, areaKinds: try Self.scenarioAreas(q)))
            }
        }
        router.get("/api/scenarios/:id/results.csv") { request, context in
            let id = try context.parameters.require("id")
            return try await self.fresh(request, allowed: ["by"]) { g, q in
                let scenario = try g.scenarioPages.load(id)
                let rows =
                    [PublishedScenarios.csvHeader]
                    + PublishedScenarios.csvRows(scenario, areaKinds: try Self.scenarioAreas(q))
                let text = rows.map { $0.map(JSONAPI.csvField).joined(separator: ",") + "\r\n" }.joined()
                let synthetic = scenario.record.synthetic ? "SYNTHETIC-" : ""
                return .csv(text, filename: "scenario-\(synthetic)\(scenario.record.id).csv")
            }
        }
    }

    /// The areas asked for by `by` (city, lcp or decile; every area when absent).
    static func scenarioAreas(_ query: Query) throws -> Set<ScenarioArea.Kind>? {
        try query.choice("by", ["city", "lcp", "decile"]).map { [ScenarioArea.Kind(rawValue: $0)!] }
    }

    /// Renders a response afresh (off the event loop), after checking its query parameters.
    func fresh(
        _ request: Request, allowed: [String],
        render: @escaping @Sendable (Generation, Query) throws -> Rendered
    ) async throws -> Response {
        let query = try Query(request, allowed: allowed)
        let generation = await watch.current()
        return Self.response(try await ResponseCache.offload { try render(generation, query) })
    }
}
