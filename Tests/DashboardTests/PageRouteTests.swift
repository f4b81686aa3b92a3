import Dashboard
import Engine
import Foundation
import Testing

/// Every page: status, key content, the SYNTHETIC label, and no script.
@Suite struct PageRouteTests {
    static let ward = DashboardFixture.pack.geography.wards[0]
    static let indicator = "adults-who-smoke"

    @Test(arguments: [
        ("/", "Health and Wellbeing Strategy scorecard"),
        ("/?area=E05S00004", "scorecard: Armley"),
        ("/?area=LCP03", "scorecard: Armley"),
        ("/?area=PCN01&year=2019", "<option value=\"2019\" selected>2019</option>"),
        ("/indicators", "Health and Wellbeing Strategy"),
        ("/indicators/adults-who-smoke", "Adults who smoke"),
        ("/indicators/adults-who-smoke?by=lcp", "Local Care Partnerships compared"),
        ("/indicators/adults-who-smoke?by=practice&period=2019", "GP practices compared"),
        ("/indicators/children-above-healthy-weight", "Ward map"),
        (
            "/indicators/preventable-hospital-admissions?by=pcn&period=2019%2F20",
            "Primary care networks compared"
        ),
        ("/areas", "Local Care Partnerships"),
        ("/areas/E05S00004", "Profile of the ward Armley"),
        ("/areas/LCP03", "Local Care Partnership"),
        ("/about", "Calibration report"),
        ("/api", "OpenAPI 3.1 document"),
        ("/board?on=2019-09-16", "Local system review action plan"),
        ("/scenarios", "Stored scenario results"),
        ("/scenarios/left-shift", "Does the money follow the left shift?"),
        ("/scenarios/compare?first=do-nothing&second=left-shift", "Scenarios compared"),
        ("/scenarios/compare?ids=do-nothing,left-shift", "At the horizon"),
        (
            "/scenarios/left-shift?measure=bed_days_per_100k&area=decile-1",
            "Bed days per 100,000, IMD decile 1"
        ),
        ("/board/report?meeting=2019-09-16&last=2019-03-20", "Summary of main issues"),
    ])
    func pageServes(path: String, expected: String) async throws {
        try await withDashboard { get in
            let page = try await get(path)
            #expect(page.status == 200, "\(path): \(page.status)")
            #expect(page.contentType.hasPrefix("text/html"))
            let (hasContent, labelled, script) = (
                page.body.contains(expected), page.body.contains("SYNTHETIC data."),
                page.body.contains("<script")
            )
            #expect(hasContent, "\(path) lacks \(expected)")
            #expect(labelled, "\(path) is not labelled SYNTHETIC")
            #expect(!script, "\(path) has a script")
            #expect(page.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
        }
    }

    @Test func indicatorPageHasEveryChartAndItsTable() async throws {
        try await withDashboard { get in
            let body = try await get("/indicators/\(Self.indicator)").body
            for id in ["bars", "deprivation", "trend"] {
                #expect(
                    body.contains("aria-labelledby=\"\(id)-t \(id)-d\""),
                    "chart \(id) with title and description")
            }
            // The map is a group of links, labelled by its title and described by its description.
            #expect(body.contains("role=\"group\" aria-labelledby=\"map-t\" aria-describedby=\"map-d\""))
            #expect(
                body.components(separatedBy: "<summary>Table:").count - 1 >= 4, "a table behind each chart")
            #expect(body.contains("results.csv?breakdown=ward"))
            #expect(body.contains("Deprived Leeds"))
        }
    }

    @Test func scorecardHasEveryOutcomeAndPriority() async throws {
        let strategy = DashboardFixture.pack.strategy
        try await withDashboard { get in
            let body = try await get("/").body
            for outcome in strategy.outcomes {
                let shown = body.contains("Outcome \(outcome.number): ")
                #expect(shown, "outcome \(outcome.number)")
            }
            let priorities = Set(DashboardFixture.pack.strategy.priorities.map(\.number))
            for p in priorities {
                let shown = body.contains("Priority \(p): ")
                #expect(shown, "priority \(p)")
            }
            #expect(body.contains("<option value=\"E05S00004\">Armley</option>"))
            #expect(body.contains("class=\"badge cmp-"))
        }
    }

    @Test func stylesheetAndHead() async throws {
        try await withDashboard { get in
            let css = try await get("/style.css")
            #expect(css.status == 200 && css.contentType.hasPrefix("text/css"))
            #expect(css.body.contains("@media print") && css.body.contains("@media (max-width:40rem)"))
            let head = try await get("/")
            #expect(head.body.contains("<html lang=\"en-GB\">") && head.body.contains("name=\"viewport\""))
        }
    }
}
