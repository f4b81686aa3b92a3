import Access
import Foundation
import Hummingbird
import HummingbirdTesting
import Population
import Testing

extension AccessMatrixTests {
    /// The person-level endpoints as Schemathesis met them (issue 12). Nested in ``AccessMatrixTests``
    /// so that its audited requests do not run beside that suite's counting of audit entries.
    @Suite struct PersonLevelConformanceTests {
        /// Runs `body` with a signed-in client per name (nil: not signed in) and the contract.
        func withClients(
            _ names: [String?], _ body: @Sendable ([SessionClient], OpenAPIContract) async throws -> Void
        ) async throws {
            let app = Application(router: try await AccessFixture.dashboard().router())
            try await app.test(.router) { raw in
                var clients: [SessionClient] = []
                for name in names {
                    let client = SessionClient(raw)
                    if let name {
                        #expect(try await client.signIn(name, AccessFixture.password).status == 303)
                    }
                    clients.append(client)
                }
                try await body(clients, try await OpenAPIContract(clients[0].get))
            }
        }

        /// Leaving out `scope` (which the document allows) was a 400 for anyone without a single
        /// assigned area, before the policy: now not signed in is 401 (counted), another role 403
        /// (written to the audit log, with no scope), as when a scope is named.
        @Test func noScopeIsRefusedByThePolicyFirst() async throws {
            let list = "/api/cohorts/\(AccessMatrixTests.cohort)/people?purpose=case-finding"
            let timeline = "/api/people/\(AccessFixture.areas.person)/timeline?purpose=direct-care"
            try await withClients([nil, "ann.analyst"]) { clients, contract in
                for (uri, template) in [
                    (list, "/api/cohorts/{id}/people"), (timeline, "/api/people/{id}/timeline"),
                ] {
                    let anonymous = try await clients[0].get(uri)
                    #expect(anonymous.status == 401, "\(uri): \(anonymous.status)")
                    #expect(contract.problems(anonymous, template).isEmpty)
                    let before = try AccessFixture.lastEntry()
                    let analyst = try await clients[1].get(uri)
                    #expect(analyst.status == 403, "\(uri): \(analyst.status)")
                    #expect(contract.problems(analyst, template).isEmpty)
                    let written = try AccessFixture.entries(after: before)
                    #expect(written.count == 1 && written.first?.outcome == .refused, "\(written)")
                    #expect(written.first?.user == "ann.analyst" && written.first?.scope == nil)
                }
            }
        }

        /// A scope naming no practice or LCP is a 404: it was not documented for the timeline.
        @Test func aScopeOfNoAreaIsADocumentedNotFound() async throws {
            let timeline =
                "/api/people/\(AccessFixture.areas.person)/timeline?scope=practice:NOPE1&purpose=direct-care"
            try await withClients(["cara.practice"]) { clients, contract in
                let page = try await clients[0].get(timeline)
                #expect(page.status == 404)
                #expect(contract.problems(page, "/api/people/{id}/timeline").isEmpty)
            }
        }

        /// Values outside the document's enum or pattern were taken: `purpose` in capitals, a month
        /// or page with a sign. Each is a 400 naming the parameter.
        @Test func valuesOutsideTheSchemaAreBadRequests() async throws {
            let a = AccessFixture.areas
            let timeline = "/api/people/\(a.person)/timeline?scope=practice:\(a.inPractice)"
            try await withClients(["cara.practice", "gail.ig"]) { clients, contract in
                let cases: [(SessionClient, String, String, String)] = [
                    (clients[0], "\(timeline)&purpose=DIRECT-CARE", "/api/people/{id}/timeline", "purpose"),
                    (
                        clients[0], "\(timeline)&purpose=direct-care&page=%2B2", "/api/people/{id}/timeline",
                        "page"
                    ),
                    (clients[1], "/api/audit?month=%2B999-01", "/api/audit", "month"),
                    (clients[1], "/api/audit?month=-001-01", "/api/audit", "month"),
                ]
                for (client, uri, template, parameter) in cases {
                    let page = try await client.get(uri)
                    #expect(page.status == 400, "\(uri): \(page.status)")
                    #expect(contract.problems(page, template).isEmpty)
                    #expect(
                        try JSONValue.parse(page.body)["error"]?["parameter"]?.string == parameter, "\(uri)")
                }
            }
        }
    }
}
