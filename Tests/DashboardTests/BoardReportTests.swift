import Assurance
import Dashboard
import Engine
import Foundation
import PlaceModel
import Publication
import Testing
import TestSupport

/// The Board paper: the template's sections in order, in HTML and in the PDF's text, and figures
/// equal to the published scorecard's.
@Suite struct BoardReportTests {
    static let meeting = CivilDate(year: 2019, month: 9, day: 16)!
    static let lastMeeting = CivilDate(year: 2019, month: 3, day: 20)!

    static let report: BoardReport = {
        let pack = DashboardFixture.pack
        let text = try! BoardPaperText.read(
            path: pack.directory.appendingPathComponent("reports/board-paper.yaml").path)
        let book = try! AssuranceBook.read(from: pack)
        return BoardReport(
            text: text, meeting: meeting, lastMeeting: lastMeeting,
            scorecard: try! ScorecardBuilder(store: DashboardFixture.store, pack: pack).scorecard(),
            book: book,
            plan: book.bcfPlan, priorities: pack.strategy.priorities)
    }()

    /// The template's headings, in order.
    static let headings = [
        "Report of:", "Report to:", "Date:", "Subject:", "Are specific geographical areas affected?",
        "Are there implications for equality and diversity and cohesion and integration?",
        "Is the decision eligible for call-In?",
        "Does the report contain confidential or exempt information?",
        "Summary of main issues", "Recommendations", "Report author:", "Purpose of this report",
        "Background information", "Main issues", "Health and Wellbeing Board governance",
        "Consultation, engagement and hearing citizen voice",
        "Equality and diversity / cohesion and integration",
        "Resources and value for money", "Legal Implications, access to information and call In",
        "Risk management",
        "Conclusions", "Recommendations", "Background documents",
        "Implementing the Leeds Health and Wellbeing Strategy 2016-21",
        "How does this help reduce health inequalities in Leeds?",
        "How does this help create a high quality health and care system?",
        "How does this help to have a financially sustainable health and care system?",
        "Future challenges or opportunities", "Priorities of the Leeds Health and Wellbeing Strategy 2016-21",
    ]

    /// Whether `headings` appear in `text` in order (each after the one before).
    static func inOrder(_ text: String) -> String? {
        var rest = text[...]
        for heading in headings {
            guard let found = rest.range(of: heading) else { return heading }
            rest = rest[found.upperBound...]
        }
        return nil
    }

    @Test("The HTML has the template's sections in order, labelled SYNTHETIC")
    func htmlSections() {
        let html = Self.report.html().replacingOccurrences(of: "&#39;", with: "'")
        #expect(Self.inOrder(html) == nil, "missing or out of order: \(Self.inOrder(html) ?? "")")
        #expect(html.contains("SYNTHETIC data"))
        #expect(html.contains("16 September 2019"))
    }

    @Test("Each new result is the published scorecard's for its period, suppressed where small")
    func figuresAreTheScorecards() throws {
        let changes = Self.report.changes
        #expect(!changes.isEmpty)
        let html = Self.report.html()
        let builder = try ScorecardBuilder(store: DashboardFixture.store, pack: DashboardFixture.pack)
        for change in changes {
            let period = try #require(Period(change.now.period))
            #expect(period.end > Self.lastMeeting && period.end <= Self.meeting)
            if let before = change.before { #expect(Period(before.period)!.end <= Self.lastMeeting) }
            let card = try builder.scorecard(period: change.now.period)
            let rows = card.outcomes.flatMap { $0.priorities.flatMap(\.rows) } + card.sets.flatMap(\.rows)
            let row = try #require(rows.first { $0.definition.id == change.row.definition.id })
            let published = try #require(row.latest)
            #expect(published.suppressed == change.now.suppressed)
            #expect(published.value == change.now.value)
            let shown =
                published.suppressed
                ? "\(published.period): *"
                : "\(published.period): \(Self.interval(published))"
            #expect(html.contains(shown), "\(change.row.definition.id): \(shown)")
        }
    }

    /// "690.3 (644.4 to 738.6)", as the pages print a value with its interval.
    static func interval(_ r: PublishedResult) -> String {
        func f(_ v: Double?) -> String {
            guard let v else { return "–" }
            let text = String(format: "%.1f", abs(v))
            let parts = text.split(separator: ".")
            var whole = String(parts[0])
            var grouped = ""
            while whole.count > 3 {
                grouped = "," + whole.suffix(3) + grouped
                whole.removeLast(3)
            }
            return (v < 0 && text != "0.0" ? "−" : "") + whole + grouped + "." + parts[1]
        }
        guard r.lower95 != nil, r.upper95 != nil else { return f(r.value) }
        return "\(f(r.value)) (\(f(r.lower95)) to \(f(r.upper95)))"
    }

    @Test("Verdicts follow the intervals and the polarity")
    func verdicts() {
        for change in Self.report.changes {
            guard let before = change.before, !before.suppressed, !change.now.suppressed,
                let bl = before.lower95, let bu = before.upper95, let nl = change.now.lower95,
                let nu = change.now.upper95
            else { continue }
            let apart = nl > bu || nu < bl
            #expect(change.verdict.hasPrefix("significantly") == apart, "\(change.row.definition.id)")
        }
    }

    @Test("Risks above appetite and actions off track are those of the registers and plans on the day")
    func assurance() {
        let report = Self.report
        let above = report.book.registers.flatMap { $0.statuses(on: Self.meeting) }.filter(\.aboveAppetite)
        #expect(report.risksAboveAppetite.map(\.status.risk.id) == above.map(\.risk.id))
        #expect(!report.actionsOffTrack.isEmpty)
        for a in report.actionsOffTrack {
            #expect(a.status.rag == .red || a.status.overdue || a.status.stale)
        }
        let served = report.prioritiesServed
        #expect(served.contains(12))
        let html = report.html()
        let marks = html.components(separatedBy: "<td class=\"mark\">X</td>").count - 1
        #expect(marks == served.count)
    }

    @Test("The PDF is A4, numbered, and its text has the sections in order")
    func pdf() throws {
        guard let printer = try? PDFPrinter.find(),
            let pdftotext = ["/usr/bin/pdftotext"].first(where: FileManager.default.isExecutableFile(atPath:))
        else {
            if ProcessInfo.processInfo.environment["CI"] == "true" {
                Issue.record("Chromium and pdftotext are needed under CI (scripts/setup.sh installs them)")
            }
            return
        }
        let folder = try SyntheticStore.scratch("board")
        let pdf = folder.appendingPathComponent("board.pdf")
        try printer.print(html: Self.report.html(), to: pdf)
        let text = try Self.run(pdftotext, ["-raw", pdf.path, "-"])
        let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(Self.inOrder(flat) == nil, "missing or out of order: \(Self.inOrder(flat) ?? "")")
        #expect(flat.contains("Page 1 of"))
        #expect(flat.contains("SYNTHETIC data"))
        let info = try Self.run("/usr/bin/pdfinfo", [pdf.path])
        #expect(info.contains("(A4)"), "\(info)")
    }

    static func run(_ executable: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
