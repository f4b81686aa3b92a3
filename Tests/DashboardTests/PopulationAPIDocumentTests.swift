import Access
import Foundation
import Hummingbird
import HummingbirdTesting
import Population
import Testing

extension AccessMatrixTests {
    /// The population and access endpoints against the OpenAPI document: every real answer (200 and
    /// errors) has a documented status and conforms to the declared schema, as the public, an analyst,
    /// clinicians and the governance lead. Nested in ``AccessMatrixTests`` so that its audited
    /// requests do not run beside that suite's counting of audit entries.
    @Suite struct PopulationAPIDocumentTests {
        /// Runs `body` with a client per user (nil: not signed in), each signed in, and the contract.
        func withClients(
            _ names: [String?], _ body: @Sendable ([SessionClient], OpenAPIContract) async throws -> Void
        ) async throws {
            let dashboard = try await AccessFixture.dashboard()
            let app = Application(router: dashboard.router())
            try await app.test(.router) { raw in
                var clients: [SessionClient] = []
                for name in names {
                    let client = SessionClient(raw)
                    if let name {
                        #expect(
                            try await client.signIn(name, AccessFixture.password).status == 303, "\(name)")
                    }
                    clients.append(client)
                }
                try await body(clients, try await OpenAPIContract(clients[0].get))
            }
        }

        @Test func aggregateAnswersConformForThePublicAndAnAnalyst() async throws {
            try await withClients([nil, "ann.analyst"]) { clients, contract in
                let cohorts = try JSONValue.parse(try await clients[0].get("/api/cohorts").body).array
                #expect(!cohorts.isEmpty)
                var requests: [(String, String)] = [
                    ("/api/cohorts", "/api/cohorts"), ("/api/population/risk", "/api/population/risk"),
                ]
                for by in ["", "?by=practice", "?by=decile", "?by=life-stage", "?by=city"] {
                    requests.append(("/api/population/segments\(by)", "/api/population/segments"))
                    requests.append(("/api/population/frailty\(by)", "/api/population/frailty"))
                }
                for cohort in cohorts.compactMap({ $0["id"]?.string }) {
                    for by in ["", "?by=practice"] {
                        requests.append(("/api/cohorts/\(cohort)/counts\(by)", "/api/cohorts/{id}/counts"))
                    }
                }
                for (index, client) in clients.enumerated() {
                    var nulls = 0
                    var ok = 0
                    for (uri, template) in requests {
                        let page = try await client.get(uri)
                        let problems = contract.problems(page, template)
                        #expect(problems.isEmpty, "\(uri): \(problems.prefix(5))")
                        guard page.status == 200, uri.contains("by=practice") else { continue }
                        ok += 1
                        let document = try JSONValue.parse(page.body)
                        #expect(document["suppressed"]?.bool == (index == 0), "\(uri): suppressed")
                        nulls += page.body.components(separatedBy: "null").count - 1
                    }
                    #expect(ok > 0, "some practice breakdowns are answered")
                    #expect((nulls > 0) == (index == 0), "only the public sees withheld (null) counts")
                }
            }
        }

        @Test func personLevelAnswersConformForCliniciansInScope() async throws {
            let a = AccessFixture.areas
            let cohort = AccessMatrixTests.cohort
            let list = "/api/cohorts/\(cohort)/people"
            try await withClients(["cara.practice", "carl.lcp", "gail.ig"]) { clients, contract in
                let (practice, lcp, governance) = (clients[0], clients[1], clients[2])
                let answers: [(SessionClient, String, String)] = [
                    (
                        practice, "\(list)?scope=practice:\(a.inPractice)&purpose=case-finding",
                        "/api/cohorts/{id}/people"
                    ),
                    (practice, "\(list)?purpose=care-planning", "/api/cohorts/{id}/people"),
                    (lcp, "\(list)?scope=lcp:\(a.lcp)&purpose=case-finding", "/api/cohorts/{id}/people"),
                    (practice, "\(list).csv?purpose=case-finding", "/api/cohorts/{id}/people.csv"),
                    (
                        practice,
                        "/api/people/\(a.person)/timeline?scope=practice:\(a.inPractice)&purpose=direct-care",
                        "/api/people/{id}/timeline"
                    ),
                    (governance, "/api/audit", "/api/audit"),
                    (governance, "/api/audit?month=2000-01", "/api/audit"),
                ]
                for (client, uri, template) in answers {
                    let page = try await client.get(uri)
                    #expect(page.status == 200, "\(uri): \(page.status)")
                    let problems = contract.problems(page, template)
                    #expect(problems.isEmpty, "\(uri): \(problems.prefix(5))")
                }
                for cohort in try JSONValue.parse(try await lcp.get("/api/cohorts").body).array {
                    let uri =
                        "/api/cohorts/\(cohort["id"]?.string ?? "")/people?scope=lcp:\(a.lcp)&purpose=case-finding"
                    let page = try await lcp.get(uri)
                    let problems = contract.problems(page, "/api/cohorts/{id}/people")
                    #expect(problems.isEmpty, "\(uri): \(problems.prefix(5))")
                }
                // The fixture's catalogue lists may be empty for this LCP: check the encoder's entries on a
                // rule that matches people too.
                let service = try PopulationService(
                    store: DashboardFixture.store, pack: DashboardFixture.pack)
                let made = try CaseFindingList(
                    rule: CohortRule("age >= 65", areas: service.data.areas), data: service.data,
                    snapshot: service.snapshot, scope: .lcp(a.lcp))
                #expect(!made.entries.isEmpty, "a list with people to validate")
                let encoded = String(decoding: try JSONEncoder().encode(made), as: UTF8.self)
                let problems = contract.validator.problems(
                    try JSONValue.parse(encoded), schema: "CaseFindingList")
                #expect(problems.isEmpty, "\(problems.prefix(5))")
                let timeline = try JSONValue.parse(try await practice.get(answers[4].1).body)
                #expect(!(timeline["entries"]?.array.isEmpty ?? true), "the timeline has records to validate")
                let audit = try JSONValue.parse(try await governance.get("/api/audit").body)
                #expect(!(audit["entries"]?.array.isEmpty ?? true), "this month's requests are in the log")
                let csv = try await practice.get(answers[3].1)
                let header = csv.body.split(separator: "\r\n").dropFirst().first.map(String.init) ?? ""
                let described =
                    contract.operation("/api/cohorts/{id}/people.csv")?["description"]?.string ?? ""
                #expect(
                    !header.isEmpty && described.contains(header.replacingOccurrences(of: ",", with: ", ")))
            }
        }

        @Test func refusalsAndFailuresAreDocumentedErrors() async throws {
            let a = AccessFixture.areas
            let list = "/api/cohorts/\(AccessMatrixTests.cohort)/people"
            let timeline = "/api/people/\(a.person)/timeline"
            try await withClients([nil, "ann.analyst", "cara.practice", "gail.ig"]) { clients, contract in
                let (anonymous, analyst, clinician, governance) = (
                    clients[0], clients[1], clients[2], clients[3]
                )
                let cases: [(SessionClient, String, String, Int)] = [
                    (
                        anonymous, "\(list)?scope=practice:\(a.inPractice)&purpose=case-finding",
                        "/api/cohorts/{id}/people", 401
                    ),
                    (
                        anonymous, "\(list).csv?scope=practice:\(a.inPractice)&purpose=case-finding",
                        "/api/cohorts/{id}/people.csv", 401
                    ),
                    (
                        anonymous, "\(timeline)?scope=practice:\(a.inPractice)&purpose=direct-care",
                        "/api/people/{id}/timeline", 401
                    ),
                    (anonymous, "/api/audit", "/api/audit", 401),
                    (
                        analyst, "\(list)?scope=practice:\(a.inPractice)&purpose=case-finding",
                        "/api/cohorts/{id}/people", 403
                    ),
                    (analyst, "/api/audit", "/api/audit", 403),
                    (
                        clinician, "\(list)?scope=practice:\(a.outPractice)&purpose=case-finding",
                        "/api/cohorts/{id}/people", 403
                    ),
                    (
                        clinician, "\(timeline)?scope=lcp:\(a.lcp)&purpose=direct-care",
                        "/api/people/{id}/timeline", 403
                    ),
                    (clinician, "/api/audit", "/api/audit", 403),
                    (clinician, list, "/api/cohorts/{id}/people", 400),
                    (
                        clinician, "/api/people/abc/timeline?purpose=direct-care",
                        "/api/people/{id}/timeline", 400
                    ),
                    (
                        clinician, "/api/cohorts/no-such-cohort/people?purpose=case-finding",
                        "/api/cohorts/{id}/people", 404
                    ),
                    (
                        clinician, "/api/cohorts/top-2-percent-risk/people?purpose=case-finding",
                        "/api/cohorts/{id}/people", 409
                    ),
                    (clinician, "/api/cohorts/top-2-percent-risk/counts", "/api/cohorts/{id}/counts", 409),
                    (clinician, "/api/cohorts/no-such-cohort/counts", "/api/cohorts/{id}/counts", 404),
                    (clinician, "/api/population/segments?by=galaxy", "/api/population/segments", 400),
                    (governance, "/api/audit?month=2024-13", "/api/audit", 400),
                ]
                for (client, uri, template, status) in cases {
                    let page = try await client.get(uri)
                    #expect(page.status == status, "\(uri): \(page.status)")
                    let problems = contract.problems(page, template)
                    #expect(problems.isEmpty, "\(uri): \(problems.prefix(5))")
                    let error = try JSONValue.parse(page.body)["error"]
                    #expect(error?["status"]?.number == Double(status), "\(uri): the document's status")
                }
            }
        }
    }
}
