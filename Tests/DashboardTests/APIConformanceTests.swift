import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import Dashboard

/// What Schemathesis found against the live server (issue 12), kept as in-process tests: the
/// document states exactly which query values the server takes. A value the parameter's schema
/// refuses is a 400 naming it; a value the schema allows is never a 400 (a well-formed one that
/// names nothing is a 404 naming it); and every answer is one the document declares.
@Suite struct APIConformanceTests {
    /// An empty value where the document lists an enum (or a pattern) was taken as "absent": 200.
    @Test(arguments: [
        "/api/areas?kind=", "/api/indicators?set=", "/api/indicators/adults-who-smoke/results?breakdown=",
        "/api/indicators/adults-who-smoke/results.csv?breakdown=", "/api/scorecard?area=&year=",
        "/api/indicators/adults-who-smoke/results?period=",
        "/api/indicators/adults-who-smoke/inequalities?area=",
    ])
    func emptyValuesAreRefused(uri: String) async throws {
        try await withDashboard { get in
            let unfiltered = try await get(String(uri.prefix { $0 != "?" }))
            #expect(unfiltered.status == 200, "\(uri): the endpoint answers without the parameter")
            let page = try await get(uri)
            #expect(page.status == 400, "\(uri): \(page.status)")
            #expect(try JSONValue.parse(page.body)["error"]?["parameter"]?.string != nil)
        }
    }

    /// Two different queries shared a cache key (`ward&period=2019` as one value read as two
    /// parameters), so a value outside the enum got the cached 200 of another request.
    @Test func queriesThatDifferNeverShareACachedAnswer() async throws {
        try await withDashboard { get in
            let base = "/api/indicators/adults-who-smoke/results"
            #expect(try await get("\(base)?breakdown=ward&period=2019").status == 200)
            let page = try await get("\(base)?breakdown=ward%26period%3D2019")
            #expect(page.status == 400, "\(page.body.prefix(200))")
            #expect(try JSONValue.parse(page.body)["error"]?["parameter"]?.string == "breakdown")
        }
    }

    /// Values the document allows that name nothing were 400s; now 404s that name the parameter and
    /// conform to the document.
    @Test(
        arguments: [
            ("/api/scorecard?area=E05S99999", "/api/scorecard", "area"),
            ("/api/scorecard?area=B86S01", "/api/scorecard", "area"),
            ("/api/scorecard?year=1900", "/api/scorecard", "year"),
            (
                "/api/indicators/adults-who-smoke/results?period=1900", "/api/indicators/{id}/results",
                "period"
            ),
            ("/api/indicators/adults-who-smoke/results?group=ZZZ", "/api/indicators/{id}/results", "group"),
            (
                "/api/indicators/infant-mortality/results.csv?breakdown=ethnicity",
                "/api/indicators/{id}/results.csv", "breakdown"
            ),
            (
                "/api/indicators/adults-who-smoke/inequalities?area=E05S00004",
                "/api/indicators/{id}/inequalities", "area"
            ),
            (
                "/api/indicators/adults-who-smoke/inequalities?area=NOPE",
                "/api/indicators/{id}/inequalities", "area"
            ),
        ])
    func wellFormedValuesThatNameNothingAreNotFound(uri: String, template: String, parameter: String)
        async throws
    {
        try await withDashboard { get in
            let contract = try await OpenAPIContract(get)
            let page = try await get(uri)
            #expect(page.status == 404, "\(uri): \(page.status)")
            #expect(contract.problems(page, template).isEmpty, "\(uri): \(contract.problems(page, template))")
            #expect(try JSONValue.parse(page.body)["error"]?["parameter"]?.string == parameter)
        }
    }

    /// Values the document's patterns refuse are 400s naming the parameter.
    @Test(arguments: [
        ("/api/scorecard?area=%2F", "area"), ("/api/scorecard?year=19", "year"),
        ("/api/indicators/adults-who-smoke/results?period=2019%0A", "period"),
        ("/api/indicators/adults-who-smoke/results?group=a%20b", "group"),
    ])
    func malformedValuesAreBadRequests(uri: String, parameter: String) async throws {
        try await withDashboard { get in
            let page = try await get(uri)
            #expect(page.status == 400, "\(uri): \(page.status)")
            #expect(try JSONValue.parse(page.body)["error"]?["parameter"]?.string == parameter)
        }
    }

    /// Every `pattern` the document states is one the server checks.
    @Test func theDocumentsPatternsAreTheServers() throws {
        let document = try JSONValue.parse(OpenAPIDocumentProbe.text)
        guard case .object(let parameters) = document["components"]?["parameters"] ?? .null else {
            Issue.record("no parameters")
            return
        }
        let checked = Set(ParameterShape.allCases.map(\.pattern) + [ScopePattern.text])
        for (name, parameter) in parameters {
            guard let pattern = parameter["schema"]?["pattern"]?.string else { continue }
            #expect(checked.contains(pattern), "\(name): \(pattern) is not checked by the server")
        }
        #expect(ParameterShape.period.matches("2019/20") && !ParameterShape.period.matches("2019\n"))
        #expect(ParameterShape.group.matches("90+") && !ParameterShape.group.matches("Ä"))
    }
}

/// The scope pattern the document states (``AccessScope/init(parameter:)`` checks it).
enum ScopePattern {
    static let text = "^(practice|lcp):[A-Za-z0-9._-]{1,16}$"
}
