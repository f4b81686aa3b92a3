import Foundation
import Testing
import TestSupport

@testable import PlaceHealthCLI

/// `placehealth scenario population` on a SYNTHETIC store: labelled, rounded, every year and area,
/// and bad arguments refused.
@Suite struct ScenarioCommandTests {
    static let path: String = try! SyntheticStore.make(persons: 2_000, seed: 1_502).location

    @Test func printsTheProjectionByYearLabelledSynthetic() throws {
        let table = try Repository.placehealth([
            "scenario", "population", "--db", Self.path, "--baseline", "2019", "--horizon", "3",
        ])
        let lines = table.split(separator: "\n").map(String.init)
        #expect(lines[0] == "Population projection from 1 July 2019 — SYNTHETIC data")
        #expect(lines[2].hasPrefix("year  area"))
        #expect(lines.count == 3 + 4)
        #expect(lines[3].hasPrefix("2019  city") && lines[3].hasSuffix("+0.0%"))
        let csv = try Repository.placehealth([
            "scenario", "population", "--db", Self.path, "--baseline", "2019", "--horizon", "1", "--by",
            "lcp",
            "--format", "csv",
        ])
        let rows = csv.split(separator: "\n").dropFirst().map { $0.split(separator: ",").map(String.init) }
        // Two years, every LCP, two sexes, 19 bands (0-4 to 85-89 and 90+), all rounded to 10.
        #expect(rows.count % (2 * 2 * 19) == 0 && rows.count > 2 * 2 * 19)
        #expect(rows.allSatisfy { Int($0[4])! % 10 == 0 })
        #expect(Set(rows.map { $0[3] }).contains("90+"))
        let json = try Repository.placehealth([
            "scenario", "population", "--db", Self.path, "--baseline", "2019", "--horizon", "0", "--format",
            "json",
        ])
        #expect(json.contains("\"synthetic\" : true") && json.contains("\"rounding\" : 10"))
    }

    @Test func printsTheBaselineActivityBySetting() throws {
        let table = try Repository.placehealth([
            "scenario", "baseline", "--db", Self.path, "--baseline", "2019",
        ])
        let lines = table.split(separator: "\n").map(String.init)
        #expect(lines[0] == "Activity in 2019 — SYNTHETIC data; figures rounded to the nearest 10")
        #expect(lines.count == 2 + 5)
        #expect(lines[2].hasPrefix("city   emergency_admissions"))
        let csv = try Repository.placehealth([
            "scenario", "baseline", "--db", Self.path, "--baseline", "2019", "--by", "decile", "--format",
            "csv",
        ])
        #expect(csv.split(separator: "\n").count == 1 + 10 * 5)
    }

    @Test func badArgumentsAreRefused() throws {
        #expect(throws: (any Error).self) {
            _ = try ScenarioPopulationCommand.parse(["--baseline", "2019", "--horizon", "60"])
        }
        #expect(throws: (any Error).self) { _ = try ScenarioPopulationCommand.parse(["--horizon", "5"]) }
        #expect(throws: (any Error).self) {
            _ = try ScenarioPopulationCommand.parse(["--baseline", "2019", "--by", "ward"])
        }
        let unknown = try Repository.run([
            "scenario", "population", "--db", Self.path, "--baseline", "2019", "--variant", "central",
        ])
        #expect(unknown.status != 0)
    }
}
