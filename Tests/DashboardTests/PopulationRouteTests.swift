import Access
import Dashboard
import Foundation
import Hummingbird
import HummingbirdTesting
import Population
import Testing

/// The population pages and aggregate endpoints: suppressed for the public, unsuppressed for an
/// analyst, the same figures otherwise; bad parameters named.
@Suite struct PopulationRouteTests {
    /// `path` as the public and as an analyst.
    func publicAndAnalyst(_ path: String) async throws -> (Page, Page) {
        let dashboard = try await AccessFixture.dashboard()
        let app = Application(router: dashboard.router())
        return try await app.test(.router) { raw in
            let anonymous = SessionClient(raw)
            let analyst = SessionClient(raw)
            #expect(try await analyst.signIn("ann.analyst", AccessFixture.password).status == 303)
            return (try await anonymous.get(path), try await analyst.get(path))
        }
    }

    @Test(arguments: ["lcp", "practice"])
    func cohortCountsAreSuppressedForThePublicOnly(by: String) async throws {
        let (pub, analyst) = try await publicAndAnalyst("/api/cohorts/end-of-life-register/counts?by=\(by)")
        #expect(pub.status == 200 && analyst.status == 200)
        let p = try JSONValue.parse(pub.body)
        let a = try JSONValue.parse(analyst.body)
        #expect(p["suppressed"]?.bool == true)
        #expect(a["suppressed"]?.bool == false)
        #expect(p["synthetic"]?.bool == true)
        let threshold = Double(try DashboardFixture.pack.indicators().suppressionThreshold)
        let (pr, ar) = (p["rows"]?.array ?? [], a["rows"]?.array ?? [])
        #expect(pr.count == ar.count && !pr.isEmpty)
        var hidden = 0
        for (x, y) in zip(pr, ar) {
            #expect(x["group"] == y["group"])
            let shown = try #require(y["persons"]?.number, "an analyst sees every count")
            if let published = x["persons"]?.number {
                #expect(published == shown)
                #expect(published == 0 || published >= threshold, "no small count is published")
            } else {
                hidden += 1
                #expect(x["persons"] == .null)
            }
            if shown > 0 && shown < threshold { #expect(x["persons"] == .null, "small counts are withheld") }
        }
        if by == "practice" { #expect(hidden > 0, "a 3,000-person place has small practice counts") }
    }

    @Test func segmentsAndFrailtyPagesShowSuppressionToThePublic() async throws {
        let (pub, analyst) = try await publicAndAnalyst("/population?by=decile")
        #expect(pub.status == 200 && analyst.status == 200)
        #expect(pub.body.contains("Segments by IMD decile") && pub.body.contains("Frailty (eFI, aged 65+)"))
        #expect(pub.body.contains("<td class=\"num\">suppressed</td>"))
        #expect(!analyst.body.contains("<td class=\"num\">suppressed</td>"))
        #expect(analyst.body.contains("UNSUPPRESSED"))
        #expect(pub.body.contains("SYNTHETIC"))
    }

    @Test func segmentTotalsAddUpToThePresentPopulation() async throws {
        let (_, analyst) = try await publicAndAnalyst("/api/population/segments?by=city")
        let doc = try JSONValue.parse(analyst.body)
        let row = try #require(doc["rows"]?.array.first)
        let counts = row["counts"]?.array.compactMap(\.number) ?? []
        #expect(counts.count == Segment.allCases.count)
        #expect(counts.reduce(0, +) == row["total"]?.number)
        let service = try PopulationService(store: DashboardFixture.store, pack: DashboardFixture.pack)
        #expect(row["total"]?.number == Double(service.snapshot.presentCount))
    }

    @Test func badParametersAreNamed() async throws {
        let (page, _) = try await publicAndAnalyst("/population?by=galaxy")
        #expect(page.status == 400)
        #expect(page.body.contains("by"))
        let (api, _) = try await publicAndAnalyst("/api/cohorts/no-such-cohort/counts")
        #expect(api.status == 404)
        #expect(api.body.contains("\"error\""))
    }

    @Test func theCohortPageOffersTheListOnlyToClinicians() async throws {
        let dashboard = try await AccessFixture.dashboard()
        let app = Application(router: dashboard.router())
        try await app.test(.router) { raw in
            let anonymous = SessionClient(raw)
            let clinician = SessionClient(raw)
            _ = try await clinician.signIn("cara.practice", AccessFixture.password)
            let path = "/population/cohorts/severe-frailty-dementia-care-home"
            let a = try await anonymous.get(path)
            let c = try await clinician.get(path)
            #expect(a.status == 200 && c.status == 200)
            #expect(!a.body.contains("Show the case-finding list"))
            #expect(c.body.contains("Show the case-finding list"))
            #expect(c.body.contains("practice:\(AccessFixture.areas.inPractice)"))
        }
    }
}

/// The segments page: flows and outcomes, suppressed for the public.
@Suite struct SegmentPageTests {
    @Test func flowsAndOutcomesAreShownAndSuppressedForThePublic() async throws {
        let dashboard = try await AccessFixture.dashboard()
        let app = Application(router: dashboard.router())
        try await app.test(.router) { raw in
            let page = try await SessionClient(raw).get("/population/segments?by=lcp")
            #expect(page.status == 200)
            #expect(page.body.contains("Flows: Everyone"))
            #expect(page.body.contains("Flows: Most deprived decile"))
            #expect(page.body.contains("Outcomes in the next 12 months by LCP"))
            #expect(page.body.contains(">suppressed<"))
        }
    }
}
