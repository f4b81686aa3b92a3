import Dashboard
import Hummingbird
import HummingbirdTesting

/// A response as the tests read it.
struct Page {
    let status: Int
    let contentType: String
    let headers: HTTPFields
    let body: String
}

/// Runs `body` with a client of the fixture's dashboard, in process (`app.test(.router)`).
func withDashboard(
    _ dashboard: Dashboard = DashboardFixture.dashboard,
    _ body: @Sendable (_ get: @Sendable (String) async throws -> Page) async throws -> Void
) async throws {
    let app = Application(router: dashboard.router())
    try await app.test(.router) { client in
        try await body { uri in
            try await client.execute(uri: uri, method: .get) { response in
                Page(
                    status: Int(response.status.code), contentType: response.headers[.contentType] ?? "",
                    headers: response.headers, body: String(buffer: response.body))
            }
        }
    }
}
