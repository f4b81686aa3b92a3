import Hummingbird

extension Dashboard {
    /// The pages, rendered once per generation: key, allowed query parameters, renderer.
    static let warmed: [(String, @Sendable (Generation, Query) throws -> Rendered)] = [
        ("scorecard", { g, q in .html(try g.pages.scorecard(q)) }),
        ("indicators", { g, q in .html(try g.pages.indicatorList(q)) }),
        ("areas", { g, q in .html(try g.pages.areaList(q)) }),
        ("api/scorecard", { g, q in try .json(g.api.scorecard(q)) }),
        ("api/indicators", { g, q in try .json(g.api.indicators(q)) }),
        // Last: its calibration report reads the whole store (seconds on the full place).
        ("about", { g, q in .html(try g.pages.about(q)) }),
    ]

    /// The HTML pages and the stylesheet.
    func addPages(to router: Router<DashboardContext>) {
        router.get("/") { request, _ in
            try await self.serve(request, key: "scorecard", allowed: ["area", "year"]) { g, q in
                .html(try g.pages.scorecard(q))
            }
        }
        router.get("/indicators") { request, _ in
            try await self.serve(request, key: "indicators", allowed: []) { g, q in
                .html(try g.pages.indicatorList(q))
            }
        }
        router.get("/indicators/:id") { request, context in
            let id = try context.parameters.require("id")
            return try await self.serve(request, key: "indicator/\(id)", allowed: ["by", "period"]) { g, q in
                .html(try g.pages.indicator(id, q))
            }
        }
        router.get("/areas") { request, _ in
            try await self.serve(request, key: "areas", allowed: []) { g, q in .html(try g.pages.areaList(q))
            }
        }
        router.get("/areas/:code") { request, context in
            let code = try context.parameters.require("code")
            return try await self.serve(request, key: "area/\(code)", allowed: []) { g, q in
                .html(try g.pages.areaPage(code, q))
            }
        }
        router.get("/board") { request, _ in
            try await self.serve(request, key: "board/\(Pages.today)", allowed: ["on"]) { g, q in
                .html(try g.pages.board(q))
            }
        }
        router.get("/board/report") { request, _ in
            try await self.serve(request, key: "board/report", allowed: ["meeting", "last"]) { g, q in
                .html(try g.pages.boardReport(q))
            }
        }
        for synthetic in [true, false] {
            let css = ByteBuffer(string: BoardReport.style(synthetic: synthetic))
            router.get("/board/report-\(synthetic ? "synthetic" : "real").css") { _, _ in
                Response(
                    status: .ok,
                    headers: [
                        .contentType: "text/css; charset=utf-8", .cacheControl: "public, max-age=3600",
                    ],
                    body: .init(byteBuffer: css))
            }
        }
        router.get("/about") { request, _ in
            // The page is cached with its generation; the scenario back-test, stored at any time, is
            // put in afresh.
            let query = try Query(request, allowed: [])
            let generation = await self.watch.current()
            let page = try await self.rendered(generation, key: "about", query: query) { g, q in
                .html(try g.pages.about(q))
            }
            let backtest = try await ResponseCache.offload { try generation.scenarioPages.backtestSection() }
            return Self.response(
                .html(
                    HTML(
                        raw: String(buffer: page.body).replacingOccurrences(
                            of: ScenarioPages.backtestMarker, with: backtest.text))))
        }
        router.get("/api") { request, _ in
            try await self.serve(request, key: "api", allowed: []) { g, _ in .html(g.pages.apiPage()) }
        }
        router.get("/style.css") { _, _ in
            Response(
                status: .ok,
                headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "public, max-age=3600"],
                body: .init(byteBuffer: Self.stylesheet))
        }
    }

    /// The JSON API, its CSV downloads and its OpenAPI document.
    func addAPI(to router: Router<DashboardContext>) {
        router.get("/openapi.json") { request, _ in
            try await self.serve(request, key: "openapi", allowed: []) { _, _ in
                Rendered(contentType: "application/json", body: Self.openAPI, filename: nil)
            }
        }
        router.get("/api/scorecard") { request, _ in
            try await self.serve(request, key: "api/scorecard", allowed: ["area", "year"]) { g, q in
                try .json(g.api.scorecard(q))
            }
        }
        router.get("/api/indicators") { request, _ in
            try await self.serve(request, key: "api/indicators", allowed: ["set"]) { g, q in
                try .json(g.api.indicators(q))
            }
        }
        router.get("/api/indicators/:id") { request, context in
            let id = try context.parameters.require("id")
            return try await self.serve(request, key: "api/indicator/\(id)", allowed: []) { g, q in
                try .json(g.api.indicator(id, q))
            }
        }
        router.get("/api/indicators/:id/results") { request, context in
            let id = try context.parameters.require("id")
            return try await self.serve(
                request, key: "api/results/\(id)", allowed: ["breakdown", "period", "group"]
            ) {
                g, q in try .json(g.api.results(id, q))
            }
        }
        router.get("/api/indicators/:id/results.csv") { request, context in
            let id = try context.parameters.require("id")
            return try await self.serve(
                request, key: "api/csv/\(id)", allowed: ["breakdown", "period", "group"]
            ) { g, q in
                let (name, text) = try g.api.csv(id, q)
                return .csv(text, filename: name)
            }
        }
        router.get("/api/indicators/:id/inequalities") { request, context in
            let id = try context.parameters.require("id")
            return try await self.serve(request, key: "api/inequalities/\(id)", allowed: ["area"]) { g, q in
                try .json(g.api.inequalities(id, q))
            }
        }
        router.get("/api/areas") { request, _ in
            try await self.serve(request, key: "api/areas", allowed: ["kind"]) { g, q in
                try .json(g.api.areas(q))
            }
        }
        router.get("/api/areas/:code") { request, context in
            let code = try context.parameters.require("code")
            return try await self.serve(request, key: "api/area/\(code)", allowed: []) { g, q in
                try .json(g.api.area(code, q))
            }
        }
        router.get("/api/about") { request, _ in
            try await self.serve(request, key: "api/about", allowed: []) { g, q in try .json(g.api.about(q)) }
        }
    }

    /// The stylesheet's bytes.
    static let stylesheet = ByteBuffer(string: Stylesheet.css)

    /// The OpenAPI document's bytes.
    static let openAPI = ByteBuffer(string: OpenAPIDocument.json)
}
