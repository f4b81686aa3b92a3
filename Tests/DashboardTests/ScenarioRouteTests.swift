import Dashboard
import Foundation
import Testing

/// The scenario pages, API and CSV: a stored result's figures as published, labelled SYNTHETIC, the
/// same in HTML, JSON and CSV; unknown results and bad parameters refused.
@Suite struct ScenarioRouteTests {
    @Test func aResultPageHasItsChartsWaterfallLedgerAndProvenance() async throws {
        try await withDashboard { get in
            let page = try await get("/scenarios/left-shift")
            #expect(page.status == 200)
            // A fan chart per measure drawn, the waterfall, the two tables by area, all labelled.
            // (and the explorer's chart, emergency admissions for the city by default).
            #expect(page.body.components(separatedBy: "<svg").count - 1 == 11)
            #expect(page.body.components(separatedBy: "SYNTHETIC</strong>").count - 1 == 11)
            for text in [
                "From 2023 to 2033: the waterfall", "activity avoidance", "by Local Care Partnership",
                "by IMD decile of home", "Does the money follow the left shift?", "SHA-256 of the file",
                "left-shift.yaml", "The levers", "activity_avoidance.frail_admissions", "(assumed)",
            ] {
                #expect(page.body.contains(text), "\(text)")
            }
        }
    }

    @Test func jsonAndCSVGiveTheSameFigures() async throws {
        try await withDashboard { get in
            let json = try JSONValue.parse(try await get("/api/scenarios/left-shift?by=lcp").body)
            #expect(json["synthetic"]?.bool == true && json["notice"]?.string != nil)
            let series = json["series"]?.array ?? []
            #expect(!series.isEmpty && series.allSatisfy { $0["areaType"]?.string == "lcp" })
            let csv = try await get("/api/scenarios/left-shift/results.csv?by=lcp")
            #expect(csv.contentType.hasPrefix("text/csv"))
            #expect(csv.headers[.contentDisposition]?.contains("SYNTHETIC") == true)
            let lines = csv.body.split(separator: "\r\n").map {
                $0.split(separator: ",", omittingEmptySubsequences: false)
            }
            #expect(lines.count == 1 + series.count * 11)
            // The first series' medians, year by year, are the CSV's.
            let first = series[0]
            let rows = lines.dropFirst().filter {
                $0[3] == Substring(first["area"]!.string!) && $0[4] == Substring(first["measure"]!.string!)
            }
            let medians = first["p50"]!.array.map { $0.number.map { String(Int64($0)) } ?? "" }
            #expect(rows.map { String($0[8]) } == medians)
        }
    }

    @Test func unknownResultsAndBadParametersAreRefused() async throws {
        try await withDashboard { get in
            let cases = [
                ("/scenarios/no-such-result", 404), ("/api/scenarios/no-such-result", 404),
                ("/api/scenarios/left-shift?by=ward", 400), ("/api/scenarios/left-shift?year=2020", 400),
                ("/scenarios/compare?first=left-shift", 400), ("/scenarios/compare?ids=left-shift,nope", 404),
                ("/scenarios/left-shift?measure=beds&area=nowhere", 400),
                ("/scenarios/left-shift?measure=happiness", 400),
            ]
            for (path, status) in cases {
                let page = try await get(path)
                #expect(page.status == status, "\(path): \(page.status)")
            }
        }
    }

    @Test func theAboutPageShowsTheLatestBackTest() async throws {
        try await withDashboard { get in
            let page = try await get("/about")
            #expect(page.body.contains("Back-test: projected against actual, 2020"))
            #expect(page.body.contains("emergency admissions"))
            #expect(!page.body.contains("<!--scenario-backtest-->"))
        }
    }
}
