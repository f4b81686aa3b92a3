import Foundation
import Statistics
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

    /// A proportions input of `rows` rows, three to a group, over 2 MB so that it is read in parts;
    /// with `quoted`, the first group's name is quoted, which makes it read in one pass.
    static func countsInput(rows: Int, quoted: Bool, bad: Int? = nil) -> String {
        var text = "area,numerator,denominator\n"
        for row in 0..<rows {
            let area = row < 3 && quoted ? "\"area0\"" : "area\(row / 3)"
            text += row == bad ? "\(area),x,10\n" : "\(area),\(row % 17),\(20 + row % 1_000)\n"
        }
        return text
    }

    @Test func largeInputsReadOnBothCoresGiveOnePassResults() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("stats-parts-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var outputs: [String] = []
        for quoted in [false, true] {
            let file = directory.appendingPathComponent("counts-\(quoted).csv").path
            try Self.countsInput(rows: 150_000, quoted: quoted).write(
                toFile: file, atomically: true, encoding: .utf8)
            #expect(try FileManager.default.attributesOfItem(atPath: file)[.size] as! Int > 2 << 20)
            outputs.append(try await Self.run(["proportion", "--input", file, "--group", "area"]))
        }
        #expect(outputs[0] == outputs[1])
        #expect(outputs[0].split(separator: "\n").count == 50_001)
        // A bad row in the second half is named by its line in the whole file, and no output is left.
        let bad = directory.appendingPathComponent("bad.csv").path
        try Self.countsInput(rows: 150_000, quoted: false, bad: 130_000).write(
            toFile: bad, atomically: true, encoding: .utf8)
        let output = directory.appendingPathComponent("out.csv").path
        let error = await Self.failure(["proportion", "--input", bad, "--output", output])
        #expect(error.contains("\(bad):130002: column \"numerator\": \"x\" is not a number"), "\(error)")
        #expect(!FileManager.default.fileExists(atPath: output))
        #expect(!FileManager.default.fileExists(atPath: output + ".partial"))
    }

    @Test func largeStandardisedInputsReadOnBothCoresGiveOnePassResults() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "stats-dsr-parts-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let bands = StandardPopulation.esp2013.bands.map(\.label)
        var results: [[[Double]]] = []
        for quoted in [false, true] {
            var text = "area,age_band,numerator,denominator\n"
            for group in 0..<7_000 {
                for (index, band) in bands.enumerated() {
                    let area = group == 0 && quoted ? "\"g0\"" : "g\(group)"
                    text += "\(area),\(band),\((group + index) % 23),\(1_000 + (group * 7 + index) % 500)\n"
                }
            }
            let file = directory.appendingPathComponent("dsr-\(quoted).csv").path
            try text.write(toFile: file, atomically: true, encoding: .utf8)
            #expect(text.utf8.count > 2 << 20)
            let output = try await Self.run(["dsr", "--input", file, "--group", "area"])
            results.append(
                output.split(separator: "\n").dropFirst().map { line in
                    line.split(separator: ",", omittingEmptySubsequences: false).compactMap { Double($0) }
                })
        }
        #expect(results[0].count == 7_000)
        // A band repeated at the end, whose first reading is in the other half: named with both lines.
        let repeated = directory.appendingPathComponent("repeated.csv").path
        let text = try String(
            contentsOfFile: directory.appendingPathComponent("dsr-false.csv").path, encoding: .utf8)
        try (text + "g0,\(bands[3]),1,1000\n").write(toFile: repeated, atomically: true, encoding: .utf8)
        let error = await Self.failure(["dsr", "--input", repeated, "--group", "area"])
        #expect(
            error.contains(
                "\(repeated):\(2 + 7_000 * bands.count): column \"age_band\": the age band \"\(bands[3])\" repeats line 5"
            ),
            "\(error)")
        for (split, whole) in zip(results[0], results[1]) {
            #expect(split.count == whole.count)
            // Sums added part by part differ from one pass's at most in the last binary digits.
            for (a, b) in zip(split, whole) { #expect(abs(a - b) <= 1e-12 * max(abs(a), abs(b))) }
        }
    }
}
