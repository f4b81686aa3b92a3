import Foundation
import PlaceModel
import Testing
import TestSupport

@testable import PlaceHealthCLI

/// Golden-file tests: help texts, and the data-model documentation against the schema.
@Suite struct DocsAndHelpTests {
    static let root: URL = Repository.root

    static let golden = root.appendingPathComponent("Tests/PlaceHealthCLITests/Golden")

    /// Compares `text` with a golden file; `UPDATE_GOLDEN=1` rewrites it.
    static func check(_ text: String, against name: String) throws {
        let url = golden.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try Data(text.utf8).write(to: url)
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(
            text == expected,
            "differs from Golden/\(name); rerun with UPDATE_GOLDEN=1 if the change is intended")
    }

    @Test func dataModelDocumentationMatchesTheSchema() throws {
        let doc = try String(
            contentsOf: Self.root.appendingPathComponent("docs/data-model.md"), encoding: .utf8)
        #expect(doc.hasSuffix(SchemaCommand.markdown(PlaceSchema.tables)))
    }

    @Test(arguments: [
        ("root", PlaceHealthCommand.helpMessage(columns: 100)),
        ("synth", PlaceHealthCommand.helpMessage(for: SynthCommand.self, columns: 100)),
        ("load", PlaceHealthCommand.helpMessage(for: LoadCommand.self, columns: 100)),
        ("calibrate", PlaceHealthCommand.helpMessage(for: CalibrateCommand.self, columns: 100)),
        ("demo", PlaceHealthCommand.helpMessage(for: DemoCommand.self, columns: 100)),
        ("serve", PlaceHealthCommand.helpMessage(for: ServeCommand.self, columns: 100)),
        ("compute", PlaceHealthCommand.helpMessage(for: ComputeCommand.self, columns: 100)),
        ("indicator", PlaceHealthCommand.helpMessage(for: IndicatorCommand.self, columns: 100)),
        ("scorecard", PlaceHealthCommand.helpMessage(for: ScorecardCommand.self, columns: 100)),
        ("export", PlaceHealthCommand.helpMessage(for: ExportCommand.self, columns: 100)),
        ("segment", PlaceHealthCommand.helpMessage(for: SegmentCommand.self, columns: 100)),
        ("frailty", PlaceHealthCommand.helpMessage(for: FrailtyCommand.self, columns: 100)),
        ("risk", PlaceHealthCommand.helpMessage(for: RiskCommand.self, columns: 100)),
        ("cohort", PlaceHealthCommand.helpMessage(for: CohortCommand.self, columns: 100)),
        ("timeline", PlaceHealthCommand.helpMessage(for: TimelineCommand.self, columns: 100)),
        ("scenario", PlaceHealthCommand.helpMessage(for: ScenarioCommand.self, columns: 100)),
        ("scenario-check", PlaceHealthCommand.helpMessage(for: ScenarioCheckCommand.self, columns: 100)),
        ("scenario-run", PlaceHealthCommand.helpMessage(for: ScenarioRunCommand.self, columns: 100)),
        ("scenario-list", PlaceHealthCommand.helpMessage(for: ScenarioListCommand.self, columns: 100)),
        ("scenario-show", PlaceHealthCommand.helpMessage(for: ScenarioShowCommand.self, columns: 100)),
        ("scenario-compare", PlaceHealthCommand.helpMessage(for: ScenarioCompareCommand.self, columns: 100)),
        (
            "scenario-backtest",
            PlaceHealthCommand.helpMessage(for: ScenarioBacktestCommand.self, columns: 100)
        ),
        (
            "scenario-baseline",
            PlaceHealthCommand.helpMessage(for: ScenarioBaselineCommand.self, columns: 100)
        ),
        (
            "scenario-population",
            PlaceHealthCommand.helpMessage(for: ScenarioPopulationCommand.self, columns: 100)
        ),
        ("cohort-people", PlaceHealthCommand.helpMessage(for: CohortCommand.People.self, columns: 100)),
        ("user", PlaceHealthCommand.helpMessage(for: UserCommand.self, columns: 100)),
        ("user-add", PlaceHealthCommand.helpMessage(for: UserCommand.Add.self, columns: 100)),
        ("audit", PlaceHealthCommand.helpMessage(for: AuditCommand.self, columns: 100)),
        ("audit-review", PlaceHealthCommand.helpMessage(for: AuditCommand.Review.self, columns: 100)),
        ("audit-verify", PlaceHealthCommand.helpMessage(for: AuditVerifyCommand.self, columns: 100)),
        ("audit-disclosure", PlaceHealthCommand.helpMessage(for: AuditDisclosureCommand.self, columns: 100)),
        ("board-risks", PlaceHealthCommand.helpMessage(for: BoardRisksCommand.self, columns: 100)),
        ("board-actions", PlaceHealthCommand.helpMessage(for: BoardActionsCommand.self, columns: 100)),
        ("bcf-check", PlaceHealthCommand.helpMessage(for: BCFCheckCommand.self, columns: 100)),
        ("report-board", PlaceHealthCommand.helpMessage(for: ReportBoardCommand.self, columns: 100)),
        ("board-export", PlaceHealthCommand.helpMessage(for: BoardExportCommand.self, columns: 100)),
        ("board-import", PlaceHealthCommand.helpMessage(for: BoardImportCommand.self, columns: 100)),
    ])
    func helpIsAsDocumented(name: String, text: String) throws {
        try Self.check(text, against: "help-\(name).txt")
        #expect(text.contains("USAGE"))
    }

    /// The Leeds registers and action plan on fixed days, as the built binary prints them.
    @Test func boardRisksPrintAsDocumented() throws {
        let pack = Repository.leedsFolder.path
        try Self.check(
            try Repository.placehealth(["board", "risks", "--pack", pack, "--on", "2018-12-01"]),
            against: "board-risks.txt")
        try Self.check(
            try Repository.placehealth([
                "board", "risks", "--pack", pack, "--on", "2019-09-01", "--format", "csv",
            ]),
            against: "board-risks.csv")
        try Self.check(
            try Repository.placehealth(["board", "actions", "--pack", pack, "--on", "2019-09-15"]),
            against: "board-actions.txt")
        #expect(throws: (any Error).self) { _ = try BoardRisksCommand.parse(["--on", "2019-02-30"]) }
        #expect(throws: (any Error).self) { _ = try BoardActionsCommand.parse(["--format", "json"]) }
    }

    /// The Leeds Better Care Fund plan's checks, as the built binary prints them: it exits with 1
    /// because the adult social care minimum is not met.
    @Test func bcfCheckPrintsAsDocumented() throws {
        let plan = Repository.leedsFolder.appendingPathComponent("bcf/leeds-2019-20.yaml").path
        let table = try Repository.run(["bcf", "check", plan])
        #expect(table.status == 1)
        try Self.check(
            table.output.replacingOccurrences(of: Self.root.path + "/", with: ""), against: "bcf-check.txt")
        let csv = try Repository.run(["bcf", "check", plan, "--format", "csv"])
        #expect(csv.status == 1)
        try Self.check(csv.output, against: "bcf-check.csv")
        #expect(throws: (any Error).self) { _ = try BCFCheckCommand.parse([plan, "--format", "json"]) }
        #expect(throws: (any Error).self) {
            _ = try ReportBoardCommand.parse(["--meeting", "2019-02-30", "--out", "x.pdf"])
        }
        #expect(throws: (any Error).self) {
            _ = try ReportBoardCommand.parse(["--meeting", "2019-09-16", "--out", "x.docx"])
        }
        #expect(throws: (any Error).self) {
            _ = try ReportBoardCommand.parse([
                "--meeting", "2019-09-16", "--last-meeting", "2019-10-01", "--out", "x.pdf",
            ])
        }
    }

    /// Export, change one risk, import into a store: one new published version, which `board risks
    /// --db` then shows; importing again stores nothing; a bad file is refused with its line.
    @Test func boardExportImportRoundTrip() throws {
        let pack = Repository.leedsFolder.path
        let folder = try SyntheticStore.scratch("import")
        let store = folder.appendingPathComponent("store.sqlite").path
        _ = try Repository.placehealth(["init", "--db", store, "--pack", pack])
        let yaml = try Repository.placehealth(["board", "export", "--pack", pack, "--db", store])
        let old = "A&E Delivery Board"
        #expect(yaml.components(separatedBy: old).count == 2, "one risk owned by \(old)")
        let changed = folder.appendingPathComponent("assurance.yaml")
        try yaml.replacingOccurrences(of: old, with: "Urgent Care Board").write(
            to: changed, atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(
            at: Repository.leedsFolder.appendingPathComponent("bcf"), to: folder.appendingPathComponent("bcf")
        )
        let first = try Repository.placehealth([
            "board", "import", changed.path, "--pack", pack, "--db", store, "--author", "tester",
        ])
        #expect(first.contains("Stored 1 new published versions"), "\(first)")
        let again = try Repository.placehealth([
            "board", "import", changed.path, "--pack", pack, "--db", store,
        ])
        #expect(again.contains("Stored 0 new"), "\(again)")
        let risks = try Repository.placehealth([
            "board", "risks", "--pack", pack, "--db", store, "--on", "2019-01-01",
        ])
        #expect(risks.contains("Urgent Care Board"))
        try yaml.replacingOccurrences(of: "likelihood: 5", with: "likelihood: 9").write(
            to: changed, atomically: true, encoding: .utf8)
        let bad = try Repository.run(["board", "import", changed.path, "--pack", pack, "--db", store])
        #expect(bad.status != 0)
    }

    @Test func badArgumentsAreRefusedWithAMessage() throws {
        #expect(throws: (any Error).self) { _ = try SynthCommand.parse(["--persons", "10"]) }
        #expect(throws: (any Error).self) { _ = try LoadCommand.parse(["--table", "nope", "x.csv"]) }
        #expect(throws: (any Error).self) {
            _ = try LoadCommand.parse(["--dir", "d", "--table", "persons", "x.csv"])
        }
        #expect(throws: (any Error).self) { _ = try IndicatorCommand.parse(["x", "--by", "county"]) }
        #expect(throws: (any Error).self) { _ = try IndicatorCommand.parse(["x", "--format", "xml"]) }
        #expect(throws: (any Error).self) { _ = try ScorecardCommand.parse(["--format", "pdf"]) }
        let message = SynthCommand.message(for: ValidationErrorProbe.persons)
        #expect(message.contains("--persons"))
    }
}

/// Produces the validation error `synth` gives for too few persons.
enum ValidationErrorProbe {
    static var persons: any Error {
        do {
            _ = try SynthCommand.parse(["--persons", "10"])
            return CancellationError()
        } catch { return error }
    }
}
