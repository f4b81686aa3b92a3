import Dashboard
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// Unknown things give 404 pages that help; bad parameters give 400s that name them; nothing
/// internal leaks; the server keeps serving.
@Suite struct ErrorRouteTests {
    @Test(arguments: [
        ("/indicators/adults-who-smok", "There is no indicator", "/indicators/adults-who-smoke"),
        ("/areas/E05S99999", "There is no area", "/areas"),
        ("/nowhere", "There is no page at /nowhere", "href=\"/\""),
    ])
    func unknownThingsAreNotFoundPages(path: String, message: String, link: String) async throws {
        try await withDashboard { get in
            let page = try await get(path)
            #expect(page.status == 404)
            #expect(page.contentType.hasPrefix("text/html"))
            #expect(page.body.contains(message), "\(page.body)")
            #expect(page.body.contains(link), "\(path) links to \(link)")
            #expect(page.body.contains("SYNTHETIC data."))
        }
    }

    @Test(arguments: [
        ("/indicators/adults-who-smoke?by=banana", "by"),
        ("/indicators/adults-who-smoke?period=1900", "period"),
        ("/indicators/adults-who-smoke?colour=red", "colour"),
        ("/?area=NOPE", "area"),
        ("/?year=1900", "year"),
        ("/?area=E05S00004&area=E05S00005", "area"),
        ("/areas/E05S00004?x=1", "x"),
        ("/board?on=2019-02-30", "on"),
        ("/board/report", "meeting"),
        ("/board/report?meeting=16/09/2019", "meeting"),
        ("/board/report?meeting=2019-09-16&last=2019-09-20", "last"),
    ])
    func badParametersAreNamed(path: String, parameter: String) async throws {
        try await withDashboard { get in
            let page = try await get(path)
            #expect(page.status == 400, "\(path): \(page.status)")
            #expect(page.body.contains("Query parameter ‘\(parameter)’"), "\(page.body)")
        }
    }

    @Test(
        arguments: [
            ("/api/indicators/nope", 404, nil),
            ("/api/areas/nope", 404, nil),
            ("/api/nope", 404, nil),
            ("/api/indicators/adults-who-smoke/results?breakdown=shoe", 400, "breakdown"),
            ("/api/indicators/adults-who-smoke/results?period=1900", 404, "period"),
            ("/api/indicators/adults-who-smoke/results?group=ZZZ", 404, "group"),
            ("/api/areas?kind=planet", 400, "kind"),
            ("/api/indicators/adults-who-smoke/inequalities?area=E05S00004", 404, "area"),
            ("/api/scorecard?area=B86S01", 404, "area"),
            ("/api/indicators?page=2", 400, "page"),
        ] as [(String, Int, String?)])
    func apiErrorsAreJSON(path: String, status: Int, parameter: String?) async throws {
        try await withDashboard { get in
            let page = try await get(path)
            #expect(page.status == status, "\(path): \(page.status)")
            #expect(page.contentType == "application/json")
            let document = try JSONValue.parse(page.body)
            #expect(document["error"]?["status"]?.number == Double(status))
            #expect(document["error"]?["message"]?.string?.isEmpty == false)
            if let parameter { #expect(document["error"]?["parameter"]?.string == parameter) }
        }
    }

    struct Boom: Error, CustomStringConvertible {
        var description: String { "SQLITE_CORRUPT at /secret/path.sqlite" }
    }

    @Test func unexpectedFailuresLeakNothingAndServingGoesOn() async throws {
        let router = DashboardFixture.dashboard.router()
        router.get("/boom") { _, _ -> String in throw Boom() }
        router.get("/api/boom") { _, _ -> String in throw Boom() }
        let app = Application(router: router)
        try await app.test(.router) { client in
            for path in ["/boom", "/api/boom"] {
                try await client.execute(uri: path, method: .get) { response in
                    let body = String(buffer: response.body)
                    #expect(response.status == .internalServerError)
                    #expect(!body.contains("secret") && !body.contains("SQLITE"), "\(body)")
                    #expect(body.contains("logged"))
                }
            }
            try await client.execute(uri: "/", method: .get) { response in #expect(response.status == .ok) }
        }
    }
}
