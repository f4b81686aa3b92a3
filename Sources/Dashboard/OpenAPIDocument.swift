/// The OpenAPI 3.1 document of the JSON API, served at `/openapi.json`. Tests check every endpoint's
/// real responses against its schemas, and that every API route is described.
enum OpenAPIDocument {
    /// The document.
    static let json = """
        {"openapi":"3.1.0",
        "info":{"title":"PlaceHealth dashboard API","version":"1.0.0",
        "description":"Published indicator results of a place (Leeds by default): the strategy scorecard, indicator results by area and group with confidence intervals, benchmark comparisons, trends and inequalities, areas and area profiles. Everything is small-number suppressed: a suppressed result has no numerator, value or limits. Population health: segments, frailty, the risk model's report and cohort counts by group for anyone (withheld counts are null, with suppressed: true, unless the signed-in role may see small numbers); and, under access control, person-level case-finding lists and timelines for clinicians within their assigned practice or LCP (each request written to the audit log), and the audit log for the information-governance lead. Sign in with POST /signin; the session cookie authenticates. When the data are synthetic every document says so (synthetic: true, and a notice or a SYNTHETIC label). Errors are JSON documents with a status and a message; a 400 names the parameter."},
        "paths":{\((paths + scenarioPaths + populationPaths).joined(separator: ",\n"))},
        "components":{"parameters":\(parameters),"responses":\(responses),"schemas":\(schemas),"securitySchemes":\(securitySchemes)}}
        """

    /// The reusable parameters. A free-text parameter states the `pattern` the server checks
    /// (``ParameterShape``): a value of another shape is a 400; one of the right shape that names
    /// nothing is a 404.
    static let parameters = """
        {"id":{"name":"id","in":"path","required":true,"description":"Indicator id (GET /api/indicators lists them).","schema":{"type":"string"},"example":"adults-who-smoke"},
        "code":{"name":"code","in":"path","required":true,"description":"Area code (GET /api/areas lists them).","schema":{"type":"string"},"example":"E05S00004"},
        "area":{"name":"area","in":"query","required":false,"description":"A ward, Local Care Partnership or primary care network code; the city when absent. 404 when no such area has a scorecard.","schema":\(shaped(.code)),"example":"E05S00004"},
        "inequalityArea":{"name":"area","in":"query","required":false,"description":"The city (default) or a Local Care Partnership code: its own deprived areas against the rest of it (a gap only; progress is for the city). 404 for another area.","schema":\(shaped(.code)),"example":"LCP03"},
        "year":{"name":"year","in":"query","required":false,"description":"A calendar year: each indicator's latest period up to it; the latest when absent. 404 for a year without results.","schema":\(shaped(.year)),"example":"2019"},
        "breakdown":{"name":"breakdown","in":"query","required":false,"description":"city (default), or one of the indicator's breakdowns: ward, lcp, pcn, practice, decile, deprivation (for an indicator by decile), sex, age, ethnicity. 404 for a breakdown the indicator does not have.","schema":\(type("string:" + JSONAPI.breakdowns.joined(separator: "|")))},
        "period":{"name":"period","in":"query","required":false,"description":"One period of the indicator (for example 2019, 2019/20 or 2017-19); every period when absent. 404 for a period without results.","schema":\(shaped(.period)),"example":"2019"},
        "group":{"name":"group","in":"query","required":false,"description":"Only this group of the breakdown (an area code, decile, sex, age band, ethnic group). 404 when no result has it.","schema":\(shaped(.group)),"example":"LCP03"},
        \(scenarioParameters),
        \(populationParameters)}
        """

    /// A string schema with the pattern of `shape`.
    static func shaped(_ shape: ParameterShape) -> String {
        "{\"type\":\"string\",\"pattern\":\"\(shape.pattern)\"}"
    }

    /// The reusable error responses.
    static let responses = """
        {"BadRequest":{"description":"A query parameter is unknown, repeated, empty, or has a value the parameter's schema does not allow; the message and parameter name it.","content":{"application/json":{"schema":{"$ref":"#/components/schemas/Error"}}}},
        "NotFound":{"description":"No indicator or area with that id or code; or a query parameter's value is well formed but names nothing there is (an area, year, breakdown, period or group without results), and parameter names it.","content":{"application/json":{"schema":{"$ref":"#/components/schemas/Error"}}}},
        \(populationResponses)}
        """

    /// A GET operation returning `schema`, with the given parameters and error responses.
    static func get(
        _ id: String, _ summary: String, schema: String, parameters: [String], notFound: Bool = false
    ) -> String {
        let refs = parameters.map { "{\"$ref\":\"#/components/parameters/\($0)\"}" }.joined(separator: ",")
        return """
            {"get":{"operationId":"\(id)","summary":"\(summary)","parameters":[\(refs)],"responses":{"200":{"description":"OK","content":{"application/json":{"schema":{"$ref":"#/components/schemas/\(schema)"}}}},"400":{"$ref":"#/components/responses/BadRequest"}\(notFound ? ",\"404\":{\"$ref\":\"#/components/responses/NotFound\"}" : "")}}}
            """
    }

    /// The paths of the indicator endpoints.
    static let paths = [
        "\"/api/scorecard\":"
            + get(
                "getScorecard", "The strategy scorecard for the city or one area", schema: "Scorecard",
                parameters: ["area", "year"], notFound: true),
        "\"/api/indicators\":"
            + get("listIndicators", "Every indicator definition", schema: "IndicatorList", parameters: [])
            .replacingOccurrences(
                of: "\"parameters\":[]",
                with:
                    "\"parameters\":[{\"name\":\"set\",\"in\":\"query\",\"required\":false,\"description\":\"Only the indicators of one plan.\",\"schema\":\(type("string:" + JSONAPI.sets.joined(separator: "|")))}]"
            ),
        "\"/api/indicators/{id}\":"
            + get(
                "getIndicator", "One indicator's definition and periods", schema: "IndicatorDetail",
                parameters: ["id"], notFound: true),
        "\"/api/indicators/{id}/results\":"
            + get(
                "getResults", "An indicator's published results for a breakdown", schema: "Results",
                parameters: ["id", "breakdown", "period", "group"], notFound: true),
        "\"/api/indicators/{id}/results.csv\":" + csvPath,
        "\"/api/indicators/{id}/inequalities\":"
            + get(
                "getInequalities",
                "Inequality by deprivation per period, and whether the poorest are improving fastest",
                schema: "Inequalities", parameters: ["id", "inequalityArea"], notFound: true),
        "\"/api/areas\":"
            + get("listAreas", "Every area", schema: "AreaList", parameters: [])
            .replacingOccurrences(
                of: "\"parameters\":[]",
                with:
                    "\"parameters\":[{\"name\":\"kind\",\"in\":\"query\",\"required\":false,\"description\":\"Only areas of this kind.\",\"schema\":\(type("string:" + JSONAPI.kinds.joined(separator: "|")))}]"
            ),
        "\"/api/areas/{code}\":"
            + get(
                "getArea", "An area's profile: every indicator against the range across areas of its kind",
                schema: "AreaProfile", parameters: ["code"], notFound: true),
        "\"/api/about\":"
            + get(
                "getAbout", "Facts about the data: synthetic or not, when computed, tables and loads",
                schema: "About", parameters: []),
    ]

    /// The path templates of the API (`/api/indicators/{id}`), as the document lists them.
    static let templates: [String] = (paths + scenarioPaths + populationPaths).map {
        String($0.dropFirst().prefix { $0 != "\"" })
    }

    /// The person-level endpoints: only GET (a view writes the audit log, so HEAD may not ask).
    static let getOnly: Set<String> = [
        "/api/cohorts/{id}/people", "/api/cohorts/{id}/people.csv", "/api/people/{id}/timeline",
    ]

    /// The methods `path` answers (its `Allow` header): `GET` for a person-level endpoint, `GET, HEAD`
    /// for another endpoint of the API or the document; nil for a path that is neither.
    static func allowedMethods(_ path: String) -> String? {
        if path == "/openapi.json" { return "GET, HEAD" }
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        let template = templates.first { template in
            let parts = template.split(separator: "/", omittingEmptySubsequences: false)
            return parts.count == segments.count
                && zip(parts, segments).allSatisfy { part, segment in
                    part.hasPrefix("{") ? !segment.isEmpty : part == segment
                }
        }
        guard let template else { return nil }
        return getOnly.contains(template) ? "GET" : "GET, HEAD"
    }

    /// The CSV download.
    static let csvPath = """
        {"get":{"operationId":"getResultsCSV","summary":"The same results as CSV (a data column says SYNTHETIC or real)","parameters":[{"$ref":"#/components/parameters/id"},{"$ref":"#/components/parameters/breakdown"},{"$ref":"#/components/parameters/period"},{"$ref":"#/components/parameters/group"}],"responses":{"200":{"description":"CSV with a header row: indicator, period, breakdown, group, group_name, suppressed, numerator, denominator, value, lower95, upper95, lower998, upper998, benchmark, benchmark_label, assessment, trend, data","content":{"text/csv":{"schema":{"type":"string"}}}},"400":{"$ref":"#/components/responses/BadRequest"},"404":{"$ref":"#/components/responses/NotFound"}}}}
        """
}
