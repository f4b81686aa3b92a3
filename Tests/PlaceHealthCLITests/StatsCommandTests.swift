import Foundation
import Testing

@testable import PlaceHealthCLI

/// `placehealth stats`: its help and sample outputs against golden files (Golden/stats-*), and its
/// messages for bad input. `UPDATE_GOLDEN=1` rewrites the golden files.
@Suite struct StatsCommandTests {
    static let golden: URL = {
        var url = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        while url.path != "/",
            !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path)
        {
            url.deleteLastPathComponent()
        }
        return url.appendingPathComponent("Tests/PlaceHealthCLITests/Golden")
    }()

    static func check(_ text: String, against name: String) throws {
        let url = golden.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" { try Data(text.utf8).write(to: url) }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(text == expected, "differs from Golden/\(name); rerun with UPDATE_GOLDEN=1 if intended")
    }

    /// Runs `placehealth stats` with an output file and returns what it wrote.
    static func run(_ arguments: [String]) async throws -> String {
        let output = FileManager.default.temporaryDirectory
            .appendingPathComponent("stats-\(UUID().uuidString).csv").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        let command = try StatsCommand.parse(arguments + ["--output", output])
        try await command.run()
        return try String(contentsOfFile: output, encoding: .utf8)
    }

    static func input(_ name: String) -> String { golden.appendingPathComponent(name).path }

    @Test func helpExplainsEveryOption() throws {
        let help = PlaceHealthCommand.helpMessage(for: StatsCommand.self, columns: 100)
        try Self.check(help, against: "stats-help.txt")
        for option in [
            "--input", "--output", "--numerator", "--denominator", "--group", "--age-band",
            "--standard-population",
            "--multiplier", "--confidence", "--event-frequency", "--reference-numerator", "--value",
            "--quantile",
            "--standard-error", "--repetitions", "--seed", "--quantiles", "--statistic", "--limits",
        ] {
            #expect(help.contains(option), "help mentions \(option)")
        }
    }

    @Test(arguments: [
        ("proportion", ["--group", "area"], "stats-input-counts.csv", "stats-proportion.csv"),
        (
            "rate", ["--group", "area", "--group", "year", "--confidence", "95,99.8,90"],
            "stats-input-counts.csv",
            "stats-rate.csv"
        ),
        ("dsr", ["--group", "area"], "stats-input-dsr.csv", "stats-dsr.csv"),
        (
            "life-expectancy", ["--group", "area", "--confidence", "0.95"], "stats-input-le.csv",
            "stats-life-expectancy.csv"
        ),
        (
            "sii",
            [
                "--group", "area", "--standard-error", "standard_error", "--repetitions", "2000", "--seed",
                "7",
            ],
            "stats-input-sii.csv", "stats-sii.csv"
        ),
        (
            "quantile", ["--quantiles", "4", "--group", "area", "--no-invert"], "stats-input-sii.csv",
            "stats-quantile.csv"
        ),
    ])
    func sampleOutput(method: String, options: [String], input: String, golden: String) async throws {
        let text = try await Self.run([method, "--input", Self.input(input)] + options)
        try Self.check(text, against: golden)
    }

    @Test func dsrOutputMatchesTheReference() async throws {
        // testdata_big and testdata_small per 100,000: PHEindicatormethods' testresults_DSR rows 5 and 6.
        let text = try await Self.run([
            "dsr", "--input", Self.input("stats-input-dsr.csv"), "--group", "area",
        ])
        let lines = text.split(separator: "\n").map {
            $0.split(separator: ",", omittingEmptySubsequences: false)
        }
        #expect(
            lines[0].prefix(6) == [
                "area", "value", "lower95_0cl", "upper95_0cl", "lower99_8cl", "upper99_8cl",
            ])
        let big = try #require(lines.first { $0[0] == "testdata_big" })
        #expect(abs(Double(big[1])! / 10430.247991469423 - 1) < 1e-9)
        #expect(abs(Double(big[2])! / 9717.709067985681 - 1) < 1e-9)
        let tiny = try #require(lines.first { $0[0] == "testdata_tiny" })
        #expect(tiny[1] == "" && tiny.last == "total count < 10")
    }

    static func failure(_ arguments: [String]) async -> String {
        do {
            _ = try await run(arguments)
            return "no error"
        } catch {
            return String(describing: error)
        }
    }

    @Test func badInputNamesTheLineAndColumn() async throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(
            "stats-bad-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: file) }
        let cases: [(String, String, String)] = [
            ("proportion", "b,x,10", ":3: column \"numerator\": \"x\" is not a number"),
            ("proportion", "b,,10", ":3: column \"numerator\": is empty (a number is required)"),
            ("rate", "c,3,0", ":3: column \"denominator\": 0 must be greater than zero"),
            ("rate", "d,-1,4", ":3: column \"numerator\": -1 is negative"),
            ("proportion", "e,5,4", ":3: column \"numerator\": 5 is greater than the denominator 4"),
        ]
        for (method, row, message) in cases {
            try "area,numerator,denominator\na,1,10\n\(row)\nf,1,10\n".write(
                to: file, atomically: true, encoding: .utf8)
            let error = await Self.failure([method, "--input", file.path])
            #expect(error.contains(file.path + message), "\(error)")
        }
        let missing = await Self.failure(["proportion", "--input", file.path, "--numerator", "deaths"])
        #expect(missing.contains("no column \"deaths\" (--numerator)"))
        let noFile = await Self.failure(["rate", "--input", "/nonexistent/x.csv"])
        #expect(noFile.contains("/nonexistent/x.csv"))
        #expect(throws: (any Error).self) {
            _ = try StatsCommand.parse(["rate", "--input", "x", "--confidence", "0.5"])
        }
        #expect(throws: (any Error).self) { _ = try StatsCommand.parse(["median", "--input", "x"]) }
    }

    @Test func missingAgeBandIsAnError() async throws {
        let text = try String(contentsOfFile: Self.input("stats-input-dsr.csv"), encoding: .utf8)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(
            "stats-dsr-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: file) }
        try text.split(separator: "\n").filter { !$0.contains(",5-9,") }.joined(separator: "\n")
            .write(to: file, atomically: true, encoding: .utf8)
        let error = await Self.failure(["dsr", "--input", file.path, "--group", "area"])
        #expect(error.contains("group area=testdata_big") && error.contains("\"5-9\" is missing"), "\(error)")
        try (text + "testdata_big,0-4,1,10\n").write(to: file, atomically: true, encoding: .utf8)
        let repeated = await Self.failure(["dsr", "--input", file.path, "--group", "area"])
        #expect(repeated.contains("column \"age_band\": the age band \"0-4\" repeats line 2"), "\(repeated)")
    }
}
