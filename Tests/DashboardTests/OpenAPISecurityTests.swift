import Access
import Dashboard
import Foundation
import Hummingbird
import HummingbirdTesting
import PlaceModel
import Population
import Store
import Synth
import Testing

/// The document's security scheme against the real sign-in, the risk report with a stored model,
/// and the validator's handling of what the population schemas forbid (null where a value is
/// required, unknown enumeration values).
@Suite struct OpenAPISecurityTests {
    static let personLevel = [
        "/api/cohorts/{id}/people", "/api/cohorts/{id}/people.csv", "/api/people/{id}/timeline",
    ]
    static let aggregates = [
        "/api/population/segments", "/api/population/frailty", "/api/population/risk", "/api/cohorts",
        "/api/cohorts/{id}/counts",
    ]

    @Test func theSessionCookieIsTheDocumentedSecurityScheme() async throws {
        let dashboard = try await AccessFixture.dashboard()
        let app = Application(router: dashboard.router())
        try await app.test(.router) { raw in
            let client = SessionClient(raw)
            let contract = try await OpenAPIContract(client.get)
            let scheme = try #require(contract.document["components"]?["securitySchemes"]?["session"])
            #expect(scheme["type"]?.string == "apiKey" && scheme["in"]?.string == "cookie")
            let signedIn = try await client.signIn("cara.practice", AccessFixture.password)
            #expect(signedIn.status == 303)
            let cookies = signedIn.headers[values: .setCookie].map { String($0.prefix { $0 != "=" }) }
            #expect(
                cookies.contains(scheme["name"]?.string ?? "?"), "the scheme names the cookie sign-in sets")
            let session: JSONValue = .object(["session": .array([])])
            for template in Self.personLevel + ["/api/audit"] {
                let operation = try #require(contract.operation(template), "\(template)")
                #expect(operation["security"]?.array == [session], "\(template) needs the session")
                for status in [401, 403] {
                    #expect(
                        contract.response(template, status: status) != nil, "\(template) documents \(status)")
                }
            }
            for template in Self.personLevel {
                let names =
                    contract.operation(template)?["parameters"]?.array.compactMap { $0["$ref"]?.string } ?? []
                #expect(
                    names.contains("#/components/parameters/purpose")
                        && names.contains("#/components/parameters/scope"))
            }
            for template in Self.aggregates {
                let security = contract.operation(template)?["security"]?.array ?? []
                #expect(
                    security.contains(.object([:])) && security.contains(session), "\(template): optional")
            }
        }
    }

    @Test func theRiskReportConformsWhenAModelIsStored() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "risk-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("leeds.sqlite").path
        _ = try Synthesizer(pack: DashboardFixture.pack, seed: 11, persons: 2_000).write(to: path)
        let store = try SQLiteStore(path: path)
        let year = try PopulationService.defaultDate(store).year
        let fitted = RiskTraining(
            data: try PopulationLoader(store: store).load(),
            trainDate: CivilDate(year: year - 2, month: 1, day: 1)!,
            testDate: CivilDate(year: year - 1, month: 1, day: 1)!, createdAt: "2025-01-01T00:00:00Z")
        #expect(try RiskModelStore(store: store).save(fitted.model, fitted.report))
        let dashboard = try Dashboard(store: store, pack: DashboardFixture.pack)
        try await dashboard.populationReady()
        try await withDashboard(dashboard) { get in
            let contract = try await OpenAPIContract(get)
            for (uri, template) in [
                ("/api/population/risk", "/api/population/risk"),
                ("/api/cohorts/top-2-percent-risk/counts?by=practice", "/api/cohorts/{id}/counts"),
            ] {
                let page = try await get(uri)
                #expect(page.status == 200, "\(uri): \(page.status)")
                let problems = contract.problems(page, template)
                #expect(problems.isEmpty, "\(uri): \(problems.prefix(5))")
            }
            let report = try JSONValue.parse(try await get("/api/population/risk").body)
            #expect(!(report["byEthnicGroup"]?.array.isEmpty ?? true) && report["synthetic"]?.bool == true)
            // Published: no count from 1 to the threshold minus 1 anywhere in the group tables.
            #expect(report["suppressed"]?.bool == true)
            let threshold = Double(try DashboardFixture.pack.indicators().suppressionThreshold)
            var nulls = 0
            for key in ["byDeprivationDecile", "byEthnicGroup"] {
                for group in report[key]?.array ?? [] {
                    for field in ["persons", "events", "flagged"] {
                        if let n = group[field]?.number {
                            #expect(n == 0 || n >= threshold, "\(key) \(field) \(n)")
                        } else {
                            nulls += 1
                        }
                    }
                }
            }
            #expect(nulls > 0, "a 2,000-person place has small groups")
        }
    }

    @Test func theValidatorRejectsWhatThePopulationSchemasForbid() async throws {
        try await withDashboard { get in
            let validator = try await OpenAPIContract(get).validator
            let row: [String: JSONValue] = ["group": .string("P1"), "name": .string("A practice")]
            let withheld = JSONValue.object(
                row.merging(["counts": .array([.null, .number(7)]), "total": .null]) { $1 })
            #expect(validator.problems(withheld, schema: "CountRow").isEmpty, "null is a withheld count")
            let text = JSONValue.object(
                row.merging(["counts": .array([.string("7")]), "total": .number(7)]) { $1 })
            #expect(!validator.problems(text, schema: "CountRow").isEmpty, "a count is an integer")
            let absent = JSONValue.object(row.merging(["counts": .array([])]) { $1 })
            #expect(
                !validator.problems(absent, schema: "CountRow").isEmpty,
                "a withheld total is null, not absent")
            let scope = JSONValue.object(["kind": .string("ward"), "code": .string("E05S00001")])
            #expect(!validator.problems(scope, schema: "AccessScope").isEmpty, "a scope is a practice or LCP")
            let withheldTenth = JSONValue.object(["persons": .null, "predicted": .null, "observed": .null])
            #expect(
                validator.problems(withheldTenth, schema: "CalibrationGroup").isEmpty,
                "a withheld tenth is null")
            let missing = JSONValue.object(["predicted": .number(0.1), "observed": .number(0.1)])
            #expect(
                !validator.problems(missing, schema: "CalibrationGroup").isEmpty, "persons is always present")
        }
    }
}
