import Dashboard
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// A method the document does not declare, on a path of the API, is a 405 with `Allow` naming the
/// methods the path answers (Schemathesis found 404s: "There is no page"). Other paths stay 404.
@Suite struct APIMethodTests {
    /// Each documented path with its placeholders filled, and the `Allow` it must send.
    static let paths: [(String, String)] = [
        ("/api/scorecard", "GET, HEAD"), ("/api/indicators", "GET, HEAD"),
        ("/api/indicators/adults-who-smoke", "GET, HEAD"),
        ("/api/indicators/adults-who-smoke/results", "GET, HEAD"),
        ("/api/indicators/adults-who-smoke/results.csv", "GET, HEAD"),
        ("/api/indicators/adults-who-smoke/inequalities", "GET, HEAD"), ("/api/areas", "GET, HEAD"),
        ("/api/areas/E05S00004", "GET, HEAD"), ("/api/about", "GET, HEAD"),
        ("/api/scenarios", "GET, HEAD"), ("/api/scenarios/left-shift", "GET, HEAD"),
        ("/api/scenarios/left-shift/results.csv", "GET, HEAD"),
        ("/api/population/segments", "GET, HEAD"), ("/api/population/frailty", "GET, HEAD"),
        ("/api/population/risk", "GET, HEAD"), ("/api/cohorts", "GET, HEAD"),
        ("/api/cohorts/x/counts", "GET, HEAD"), ("/api/cohorts/x/people", "GET"),
        ("/api/cohorts/x/people.csv", "GET"), ("/api/people/1/timeline", "GET"), ("/api/audit", "GET, HEAD"),
        ("/openapi.json", "GET, HEAD"),
    ]

    @Test(arguments: ["TRACE", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"])
    func undeclaredMethodsAreNotAllowed(method: String) async throws {
        let app = Application(router: DashboardFixture.dashboard.router())
        try await app.test(.router) { client in
            for (path, allow) in Self.paths {
                try await client.execute(uri: path, method: HTTPRequest.Method(method)!) { response in
                    #expect(response.status.code == 405, "\(method) \(path): \(response.status.code)")
                    #expect(response.headers[.allow] == allow, "\(method) \(path)")
                    #expect(response.headers[.contentType] == "application/json")
                    let error = try JSONValue.parse(String(buffer: response.body))["error"]
                    #expect(error?["status"]?.number == 405)
                }
            }
            for path in ["/api/nowhere", "/api/indicators/a/b/c", "/api/cohorts//counts"] {
                try await client.execute(uri: path, method: HTTPRequest.Method(method)!) { response in
                    #expect(response.status.code == 404, "\(method) \(path): \(response.status.code)")
                }
            }
        }
    }

    /// The paths above are exactly the document's, so a new endpoint is covered here too.
    @Test func everyDocumentedPathIsAsked() throws {
        let document = try JSONValue.parse(OpenAPIDocumentProbe.text)
        guard case .object(let paths) = document["paths"] ?? .null else {
            Issue.record("no paths")
            return
        }
        #expect(paths.count == Self.paths.count - 1)
    }
}
