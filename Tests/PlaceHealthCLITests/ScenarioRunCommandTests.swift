import Foundation
import Testing
import TestSupport

/// `placehealth scenario run`, `list`, `show`, `compare` and `backtest` on a SYNTHETIC store: results
/// stored with what produced them, shown labelled and rounded, compared, and bad input refused with
/// nothing stored.
@Suite(.serialized) struct ScenarioRunCommandTests {
    static let path: String = try! SyntheticStore.make(persons: 2_000, seed: 1_515).location
    static let folder = Repository.leedsFolder.appendingPathComponent("scenarios")

    static func run(_ name: String, runs: Int = 30) throws -> String {
        let output = try Repository.placehealth([
            "scenario", "run", folder.appendingPathComponent("\(name).yaml").path, "--db", path, "--runs",
            String(runs),
        ])
        let first = output.split(separator: "\n")[0]
        #expect(first.hasPrefix("Stored \(name)-"))
        return String(first.dropFirst("Stored ".count).prefix { $0 != ":" })
    }

    @Test func runsAreStoredListedShownAndCompared() throws {
        let shift = try Self.run("left-shift")
        let nothing = try Self.run("do-nothing")
        // The same file, seed, runs and data give the same id, and replace the result.
        #expect(try Self.run("left-shift") == shift)
        let list = try Repository.placehealth(["scenario", "list", "--db", Self.path, "--format", "csv"])
        let ids = list.split(separator: "\n").dropFirst().map { String($0.split(separator: ",")[0]) }
        #expect(Set(ids) == [shift, nothing] && ids.count == 2)
        #expect(
            list.contains("left-shift.yaml") && list.contains("scenarios-v1") && list.contains("SYNTHETIC"))

        let table = try Repository.placehealth(["scenario", "show", shift, "--db", Self.path])
        #expect(table.contains("— SYNTHETIC data") && table.contains("emergency admissions"))
        #expect(table.contains("Waterfall from 2023 to 2033") && table.contains("Money ledger"))
        #expect(table.contains("unit_costs.bed_day") && table.contains("(assumed)"))
        let csv = try Repository.placehealth([
            "scenario", "show", String(shift.prefix(14)), "--db", Self.path, "--by", "decile", "--format",
            "csv",
        ])
        let rows = csv.split(separator: "\n").dropFirst().map {
            $0.split(separator: ",", omittingEmptySubsequences: false)
        }
        #expect(!rows.isEmpty && rows.allSatisfy { $0[2] == "decile" && $0[10] == "true" })
        // Counts are rounded to the nearest 10.
        #expect(
            rows.filter { $0[4] == "emergency_admissions" }.allSatisfy {
                Int($0[8]).map { $0 % 10 == 0 } ?? true
            })
        let json = try Repository.placehealth([
            "scenario", "show", shift, "--db", Self.path, "--format", "json",
        ])
        #expect(json.contains("\"synthetic\" : true") && json.contains("\"waterfall\""))

        let compared = try Repository.placehealth(["scenario", "compare", nothing, shift, "--db", Self.path])
        #expect(compared.contains("SYNTHETIC") && compared.contains("avoided admissions"))
        #expect(compared.contains("Left Shift − Do nothing"))
    }

    @Test func badInputIsRefusedAndStoresNothing() throws {
        let before = try Repository.placehealth(["scenario", "list", "--db", Self.path, "--format", "csv"])
        let text = try String(
            contentsOf: Self.folder.appendingPathComponent("do-nothing.yaml"), encoding: .utf8)
        let bad = FileManager.default.temporaryDirectory.appendingPathComponent(
            "no-data-\(UUID().uuidString).yaml")
        try text.replacingOccurrences(of: "baseline_year: 2023", with: "baseline_year: 1990")
            .replacingOccurrences(of: "horizon_year: 2033", with: "horizon_year: 2000").write(
                to: bad, atomically: true, encoding: .utf8)
        #expect(try Repository.run(["scenario", "run", bad.path, "--db", Self.path]).status != 0)
        #expect(try Repository.run(["scenario", "show", "nothing-like-this", "--db", Self.path]).status != 0)
        #expect(try Repository.run(["scenario", "compare", "only-one", "--db", Self.path]).status != 0)
        let shift = Self.folder.appendingPathComponent("left-shift.yaml").path
        #expect(
            try Repository.run(["scenario", "run", shift, "--db", Self.path, "--seed", "9223372036854775808"])
                .status != 0)
        // 100,000 runs of ten years would hold several GB of results: refused before running.
        #expect(
            try Repository.run(["scenario", "run", shift, "--db", Self.path, "--runs", "100000"]).status != 0)
        // A back-test whose last year is beyond the data.
        #expect(
            try Repository.run([
                "scenario", "backtest", "--db", Self.path, "--baseline", "2022", "--years", "5",
            ]).status
                != 0)
        #expect(
            try Repository.placehealth(["scenario", "list", "--db", Self.path, "--format", "csv"]) == before)
    }

    @Test func anInterruptedRunStoresNothing() throws {
        let before = try Repository.placehealth(["scenario", "list", "--db", Self.path, "--format", "csv"])
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(Repository.placehealthBinary))
        process.arguments = [
            "scenario", "run", Self.folder.appendingPathComponent("left-shift.yaml").path, "--db", Self.path,
            "--runs", "5000", "--seed", "99",
        ]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        // Wait until the runs have started (the first progress line), then interrupt.
        var seen = Data()
        while !String(decoding: seen, as: UTF8.self).contains("runs"), process.isRunning {
            seen.append(errors.fileHandleForReading.availableData)
        }
        #expect(process.isRunning)
        process.interrupt()
        process.waitUntilExit()
        #expect(process.terminationStatus != 0)
        #expect(
            try Repository.placehealth(["scenario", "list", "--db", Self.path, "--format", "csv"]) == before)
    }

    @Test func theBackTestComparesEveryMeasure() throws {
        let output = try Repository.placehealth([
            "scenario", "backtest", "--db", Self.path, "--baseline", "2017", "--years", "3", "--runs", "30",
        ])
        #expect(output.contains("projected from 2017 to 2020") && output.contains("SYNTHETIC"))
        for measure in ["population", "emergency admissions", "bed days per 100,000", "reablement episodes"] {
            #expect(output.contains(measure), "\(measure)")
        }
    }
}
