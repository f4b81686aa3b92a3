import Access
import Dashboard
import Engine
import Foundation
import Publication
import TestSupport
import Testing

/// One wire format: the command line's `--format json` (which encodes the Publication types as they
/// are) and the API give the same documents, member for member, nulls included.
@Suite struct WireIdentityTests {
    /// The JSON of `value` as the command line prints it.
    static func cli(_ value: some Encodable) throws -> JSONValue {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try JSONValue.parse(String(decoding: try encoder.encode(value), as: UTF8.self))
    }

    @Test func theScorecardIsTheSameFromTheCommandLineAndTheAPI() async throws {
        let builder = try ScorecardBuilder(store: DashboardFixture.store, pack: DashboardFixture.pack)
        let cards = try [nil, "E05S00004"].map { area in
            (area, try Self.cli(try builder.scorecard(area: area)))
        }
        try await withDashboard { get in
            for (area, cli) in cards {
                let api = try JSONValue.parse(
                    try await get("/api/scorecard" + (area.map { "?area=\($0)" } ?? "")).body)
                #expect(api == cli, "scorecard \(area ?? "city") differs")
                // A withheld figure is null, never left out.
                #expect(api["outcomes"]?.array.isEmpty == false)
            }
        }
    }

    @Test func resultsAndInequalitiesAreTheSameFromTheCommandLineAndTheAPI() async throws {
        let published = try PublishedResults(
            store: DashboardFixture.store, set: DashboardFixture.pack.indicators())
        try await withDashboard { get in
            for (id, breakdown) in [("adults-who-smoke", "practice"), ("infant-mortality", "ward")] {
                let api = try JSONValue.parse(
                    try await get("/api/indicators/\(id)/results?breakdown=\(breakdown)").body)
                let cli = try Self.cli(try published.results(indicator: id, breakdown: breakdown))
                #expect(!cli.array.isEmpty)
                #expect(api["results"] == cli, "\(id) by \(breakdown) differs")
                let withheld = cli.array.filter { $0["suppressed"] == .bool(true) }
                for row in withheld { #expect(row["value"] == .null && row["numerator"] == .null) }
            }
            let api = try JSONValue.parse(try await get("/api/indicators/adults-who-smoke/inequalities").body)
            #expect(
                api["inequalities"]
                    == (try Self.cli(try published.inequalities(indicator: "adults-who-smoke"))))
            #expect(api["progress"] == (try Self.cli(try published.progress(indicator: "adults-who-smoke"))))
        }
    }

    /// The population documents: `placehealth segment|frailty|cohort count --format json` (the
    /// binary, as a user runs it) and the API, not signed in, give the same document.
    @Test(
        .enabled(
            if: Repository.placehealthBinary != nil,
            "the placehealth binary is built with the tests (swift build --build-tests)"))
    func populationDocumentsAreTheSameFromTheCommandLineAndTheAPI() async throws {
        let db = DashboardFixture.path
        let pack = Repository.leedsFolder.path
        let date = try PopulationService.defaultDate(DashboardFixture.store).description
        let pairs: [([String], String)] = [
            (["segment", "--by", "lcp"], "/api/population/segments?by=lcp"),
            (["segment", "--by", "life-stage"], "/api/population/segments?by=life-stage"),
            (["frailty", "--by", "decile"], "/api/population/frailty?by=decile"),
            (
                ["cohort", "count", "--cohort", "end-of-life-register", "--by", "practice"],
                "/api/cohorts/end-of-life-register/counts?by=practice"
            ),
        ]
        try await DashboardFixture.dashboard.populationReady()
        try await withDashboard { get in
            for (arguments, uri) in pairs {
                let cli = try JSONValue.parse(
                    try Repository.placehealth(
                        arguments + ["--db", db, "--pack", pack, "--date", date, "--format", "json"]))
                let api = try JSONValue.parse(try await get(uri).body)
                #expect(api == cli, "\(arguments.joined(separator: " ")) differs from \(uri)")
                #expect(api["suppressed"]?.bool == true)
            }
        }
    }
}
