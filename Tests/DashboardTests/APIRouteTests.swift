import PlaceModel
import Publication
import Dashboard
import Engine
import Foundation
import Testing

/// The JSON API: every endpoint's real responses conform to the OpenAPI document, every API route is
/// in it, results are suppressed, and the CSV holds the same results.
@Suite struct APIRouteTests {
    /// Every endpoint with a real request, and the schema of its response.
    static let endpoints: [(String, String)] = [
        ("/api/scorecard", "Scorecard"),
        ("/api/scorecard?area=E05S00004", "Scorecard"),
        ("/api/scorecard?area=PCN01&year=2019", "Scorecard"),
        ("/api/indicators", "IndicatorList"),
        ("/api/indicators?set=better-lives", "IndicatorList"),
        ("/api/indicators/adults-who-smoke", "IndicatorDetail"),
        ("/api/indicators/adults-who-smoke/results", "Results"),
        ("/api/indicators/adults-who-smoke/results?breakdown=practice", "Results"),
        ("/api/indicators/adults-who-smoke/results?breakdown=deprivation&period=2019", "Results"),
        ("/api/indicators/infant-mortality/results?breakdown=ward", "Results"),
        ("/api/indicators/adults-who-smoke/inequalities", "Inequalities"),
        ("/api/indicators/adults-who-smoke/inequalities?area=LCP03", "Inequalities"),
        ("/api/areas", "AreaList"),
        ("/api/areas?kind=pcn", "AreaList"),
        ("/api/areas/E05S00004", "AreaProfile"),
        ("/api/about", "About"),
        ("/api/scenarios", "ScenarioList"),
        ("/api/scenarios/left-shift", "ScenarioResult"),
        ("/api/scenarios/do-nothing?by=decile", "ScenarioResult"),
    ]

    @Test func responsesConformToTheOpenAPIDocument() async throws {
        try await withDashboard { get in
            let openapi = try await get("/openapi.json")
            #expect(openapi.status == 200 && openapi.contentType == "application/json")
            let document = try JSONValue.parse(openapi.body)
            #expect(document["openapi"]?.string == "3.1.0")
            let validator = SchemaValidator(document: document)
            for (path, schema) in Self.endpoints {
                let page = try await get(path)
                #expect(page.status == 200, "\(path): \(page.status)")
                let problems = validator.problems(try JSONValue.parse(page.body), schema: schema)
                #expect(problems.isEmpty, "\(path): \(problems.prefix(5))")
            }
            let error = try JSONValue.parse(try await get("/api/indicators/nope").body)
            #expect(validator.problems(error, schema: "Error").isEmpty)
        }
    }

    @Test func everyAPIRouteIsDocumented() throws {
        let document = try JSONValue.parse(
            String(decoding: Data(OpenAPIDocumentProbe.text.utf8), as: UTF8.self))
        guard case .object(let paths) = document["paths"] ?? .null else { Issue.record("no paths"); return }
        let expected = [
            "/api/scorecard", "/api/indicators", "/api/indicators/{id}", "/api/indicators/{id}/results",
            "/api/indicators/{id}/results.csv", "/api/indicators/{id}/inequalities", "/api/areas",
            "/api/areas/{code}", "/api/about", "/api/scenarios", "/api/scenarios/{id}",
            "/api/scenarios/{id}/results.csv",
            "/api/population/segments", "/api/population/frailty", "/api/population/risk", "/api/cohorts",
            "/api/cohorts/{id}/counts", "/api/cohorts/{id}/people", "/api/cohorts/{id}/people.csv",
            "/api/people/{id}/timeline", "/api/audit",
        ]
        #expect(Set(paths.keys) == Set(expected))
        for (path, item) in paths {
            for parameter in item["get"]?["parameters"]?.array ?? [] {
                if let ref = parameter["$ref"]?.string {
                    let name = String(ref.split(separator: "/").last!)
                    #expect(document["components"]?["parameters"]?[name] != nil, "\(path): \(ref)")
                }
            }
        }
    }

    @Test func everyPublishedResultIsSuppressed() async throws {
        let set = try DashboardFixture.pack.indicators()
        try await withDashboard { get in
            let raw = IndicatorResults(store: DashboardFixture.store)
            var suppressedSeen = 0
            for id in ["adults-who-smoke", "infant-mortality", "bame-mha-detentions"] {
                for breakdown in ["ward", "practice", "decile", "ethnicity"]
                where set.indicator(id)!.breakdowns.map(\.rawValue).contains(breakdown) {
                    let numerators = Dictionary(
                        try raw.results(indicator: id, breakdown: breakdown).map {
                            ("\($0.period)|\($0.group)", $0.numerator)
                        },
                        uniquingKeysWith: { a, _ in a })
                    let page = try await get("/api/indicators/\(id)/results?breakdown=\(breakdown)")
                    for result in try JSONValue.parse(page.body)["results"]?.array ?? [] {
                        let key = "\(result["period"]?.string ?? "")|\(result["group"]?.string ?? "")"
                        let n = numerators[key] ?? 0
                        if n >= 1, n < Double(set.suppressionThreshold) {
                            #expect(
                                result["suppressed"]?.bool == true, "\(id) \(breakdown) \(key): \(n) shown")
                        }
                        if result["suppressed"]?.bool == true {
                            suppressedSeen += 1
                            #expect(
                                result["value"] == .null && result["numerator"] == .null
                                    && result["lower95"] == .null)
                        }
                    }
                    let csv = try await get("/api/indicators/\(id)/results.csv?breakdown=\(breakdown)")
                    let lines = csv.body.split(separator: "\r\n")
                    #expect(lines.count == (try JSONValue.parse(page.body)["results"]?.array.count ?? 0) + 1)
                    for line in lines.dropFirst() where line.contains(",true,") {
                        let fields = line.split(separator: ",", omittingEmptySubsequences: false)
                        #expect(
                            fields[6].isEmpty && fields[8].isEmpty,
                            "suppressed CSV row shows a value: \(line)")
                    }
                }
            }
            #expect(suppressedSeen > 0, "the small place has suppressed results")
        }
    }

    @Test func csvIsADownloadLabelledSynthetic() async throws {
        try await withDashboard { get in
            let csv = try await get("/api/indicators/adults-who-smoke/results.csv?breakdown=ward&period=2019")
            #expect(csv.status == 200 && csv.contentType.hasPrefix("text/csv"))
            #expect(csv.headers[.contentDisposition]?.contains("SYNTHETIC") == true)
            let lines = csv.body.split(separator: "\r\n")
            #expect(lines.first?.hasPrefix("indicator,period,breakdown,group,group_name,suppressed") == true)
            #expect(lines.count == 34)
            #expect(lines.dropFirst().allSatisfy { $0.hasSuffix(",SYNTHETIC") })
        }
    }
}
