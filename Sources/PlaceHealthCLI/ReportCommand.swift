import ArgumentParser
import Assurance
import Dashboard
import Foundation
import PlaceModel
import Publication

/// `placehealth report`: papers for the partnership's boards.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Papers for the partnership's boards, as web pages or PDF (docs/assurance.md).",
        subcommands: [ReportBoardCommand.self])
}

/// `placehealth report board`: the Board's assurance paper in the partnership's template.
struct ReportBoardCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "board",
        abstract: "Write the Health and Wellbeing Board's assurance paper as HTML or PDF.",
        discussion: """
            The paper follows the Board's report template. The sections people write (purpose, \
            background, governance, conclusions, recommendations, the strategy questions) come from \
            --text; the summary's figures, section 3 (the scorecard's new results since the last \
            meeting, the risks above appetite, the actions off track, the Better Care Fund checks), \
            4.5 (the linked risks) and the priorities checklist come from the data. Figures are the \
            published (suppressed) scorecard's. A PDF is printed by headless Chromium, A4, with page \
            numbers. Run `placehealth compute` first.
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var pack: PackOptions

    @Option(help: "The day of the meeting (YYYY-MM-DD).")
    var meeting: String

    @Option(help: "The day of the last meeting (YYYY-MM-DD); default: three months before --meeting.")
    var lastMeeting: String?

    @Option(help: "The paper's subject; default: the text file's.")
    var subject: String?

    @Option(help: "The written sections (YAML); default: the pack's reports/board-paper.yaml.")
    var text: String?

    @Option(help: "A Better Care Fund plan to check (YAML); default: the pack's assurance.yaml bcf_plan.")
    var bcf: String?

    @Option(help: "Where to write the paper: a .html or .pdf file.")
    var out: String

    func validate() throws {
        guard CivilDate(iso: meeting) != nil else {
            throw ValidationError("--meeting \(meeting) is not a date (YYYY-MM-DD).")
        }
        if let lastMeeting {
            guard let last = CivilDate(iso: lastMeeting) else {
                throw ValidationError("--last-meeting \(lastMeeting) is not a date (YYYY-MM-DD).")
            }
            guard last < CivilDate(iso: meeting)! else {
                throw ValidationError("--last-meeting \(lastMeeting) is not before --meeting \(meeting).")
            }
        }
        guard out.hasSuffix(".html") || out.hasSuffix(".pdf") else {
            throw ValidationError("--out \(out) must end in .html or .pdf.")
        }
    }

    func run() async throws {
        let day = CivilDate(iso: meeting)!
        let last = lastMeeting.flatMap { CivilDate(iso: $0) } ?? BoardReport.threeMonths(before: day)
        let place = try pack.load()
        let book = try AssuranceBook.read(from: place)
        var paper = try BoardPaperText.read(
            path: text ?? place.directory.appendingPathComponent(BoardPaperText.file).path)
        if let subject { paper.subject = subject }
        let plan = try bcf.map { try BCFPlan.read(path: $0) } ?? book.bcfPlan
        let scorecard = try ScorecardBuilder(store: store.open(), pack: place).scorecard()
        let report = BoardReport(
            text: paper, meeting: day, lastMeeting: last, scorecard: scorecard, book: book, plan: plan,
            priorities: place.strategy.priorities)
        let html = report.html()
        let url = URL(fileURLWithPath: out)
        if out.hasSuffix(".pdf") {
            try PDFPrinter.find().print(html: html, to: url)
        } else {
            try html.write(to: url, atomically: true, encoding: .utf8)
        }
        print(
            "Wrote \(out): \(report.changes.count) indicators with new results since \(last), "
                + "\(report.risksAboveAppetite.count) risks above appetite, \(report.actionsOffTrack.count) actions off track"
                + (plan.map { _ in
                    ", \(report.checks.filter { $0.outcome == .fail }.count) failing BCF checks"
                }
                    ?? "")
                + (scorecard.synthetic ? " (SYNTHETIC data)." : "."))
    }

}
