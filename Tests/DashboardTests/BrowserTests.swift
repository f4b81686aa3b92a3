import Dashboard
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// A real browser: headless Chromium (from Debian's packages; `scripts/setup.sh` installs it) loads
/// each kind of page from a live server, saves a screenshot, and the test fails if the page is an
/// error, lacks its key content, or the browser logs a console error (a blocked resource, a bad
/// policy). Screenshots go to `$SCREENSHOTS`, by default `.build/screenshots`. Without Chromium the
/// test passes with a note, except under CI (CI=true), where it fails.
@Suite(.serialized) struct BrowserTests {
    static let pages: [(name: String, path: String, width: Int, height: Int, expected: [String])] = [
        (
            "scorecard", "/", 1280, 2400,
            ["Health and Wellbeing Strategy scorecard", "Outcome 1", "SYNTHETIC data."]
        ),
        ("scorecard-phone", "/?area=E05S00004", 390, 2400, ["scorecard: Armley", "SYNTHETIC data."]),
        (
            "indicator", "/indicators/adults-who-smoke", 1280, 3200,
            ["Adults who smoke", "Ward map", "Inequality by deprivation", "Trend"]
        ),
        (
            "indicator-phone", "/indicators/adults-who-smoke?by=lcp", 390, 3000,
            ["Local Care Partnerships compared"]
        ),
        ("area", "/areas/E05S00004", 1280, 2400, ["Profile of the ward Armley", "Range across wards"]),
        ("about", "/about", 1280, 1800, ["About the data", "Calibration report", "What is synthetic"]),
        ("not-found", "/indicators/adult-smokers", 1280, 800, ["There is no indicator"]),
        ("api", "/api", 1280, 1000, ["JSON API", "/openapi.json"]),
        (
            "population", "/population", 1280, 2800,
            ["Population health management", "Segments by LCP", "Frailty (eFI, aged 65+)", "Cohorts"]
        ),
        (
            "segments", "/population/segments", 1280, 2800,
            ["Flows: Everyone", "Outcomes in the next 12 months"]
        ),
        (
            "cohort", "/population/cohorts/end-of-life-register", 1280, 2400,
            ["End of life: on the GP end-of-life", "By LCP"]
        ),
        ("signin", "/signin", 390, 1000, ["Sign in", "User name", "Password"]),
        ("board", "/board?on=2019-09-16", 1280, 3000, ["Board assurance", "Winter resilience risks"]),
        (
            "board-report", "/board/report?meeting=2019-09-16&last=2019-03-20", 900, 3000,
            ["Summary of main issues", "Implementing the Leeds Health and Wellbeing Strategy"]
        ),
    ]

    /// The Chromium executable, if installed.
    static let chromium: String? = [
        "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome",
    ]
    .first { FileManager.default.isExecutableFile(atPath: $0) }

    static let folder: URL = {
        let path =
            ProcessInfo.processInfo.environment["SCREENSHOTS"]
            ?? DashboardFixture.root.appendingPathComponent(".build/screenshots").path
        let url = URL(fileURLWithPath: path)
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    /// Runs Chromium headless with `arguments` and returns what it printed (standard output, standard error).
    static func chromium(_ executable: String, _ arguments: [String]) throws -> (String, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent(
            "chromium-\(UUID().uuidString)")
        process.arguments =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
                "--disable-extensions", "--user-data-dir=\(profile.path)", "--enable-logging=stderr", "--v=0",
            ] + arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: profile)
        return (String(decoding: output, as: UTF8.self), String(decoding: errors, as: UTF8.self))
    }

    @Test func pagesRenderInARealBrowser() async throws {
        guard let executable = Self.chromium else {
            if ProcessInfo.processInfo.environment["CI"] == "true" {
                Issue.record(
                    "Chromium is not installed; scripts/setup.sh installs it (apt-get install chromium)")
            } else {
                print("BrowserTests: Chromium not installed; skipped (bash scripts/setup.sh installs it)")
            }
            return
        }
        let app = Application(router: try await AccessFixture.dashboard().router())
        try await app.test(.live) { client in
            let port = try #require(client.port)
            for page in Self.pages {
                let url = "http://127.0.0.1:\(port)\(page.path)"
                let (dom, log) = try Self.chromium(
                    executable, ["--virtual-time-budget=5000", "--dump-dom", url])
                for text in page.expected {
                    #expect(dom.contains(text), "\(page.name): the browser's page lacks “\(text)”")
                }
                let consoleErrors = log.split(separator: "\n").filter {
                    $0.contains(":CONSOLE") || $0.contains("Refused to")
                }
                #expect(consoleErrors.isEmpty, "\(page.name): console errors: \(consoleErrors.prefix(3))")
                let shot = Self.folder.appendingPathComponent("\(page.name).png")
                try? FileManager.default.removeItem(at: shot)
                _ = try Self.chromium(
                    executable,
                    ["--window-size=\(page.width),\(page.height)", "--screenshot=\(shot.path)", url])
                let size = (try? FileManager.default.attributesOfItem(atPath: shot.path)[.size] as? Int) ?? 0
                #expect(size > 10_000, "\(page.name): no screenshot at \(shot.path)")
            }
        }
    }
}
