import ArgumentParser
import Foundation
import PlaceModel
import Population
import Publication

/// `placehealth risk`: the risk of an emergency admission in the next 12 months.
struct RiskCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "risk",
        abstract:
            "Fit, validate, store and use the model of the risk of an emergency admission in 12 months.",
        discussion: """
            `risk train` fits a logistic regression on the persons aged 18+ on one date (features a \
            practice holds: age, sex, deprivation, registers, frailty, the year's hospital use, social \
            care), tests it out of time on a later date, and stores model and report under a version. \
            `risk report` prints a stored report; `risk list` the stored versions; `risk score` counts \
            the place's top 2% by area with a stored model. SYNTHETIC data is labelled.
            """,
        subcommands: [Train.self, Report.self, List.self, Score.self])

    /// `placehealth risk train`.
    struct Train: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Fit the model on one date, test it on a later one, store both with a version.")

        @OptionGroup var options: PopulationOptions
        @OptionGroup var pack: PackOptions
        @OptionGroup var disclosure: DisclosureOptions

        @Option(help: "Index date of the training period. Default: 1 January two years before --date.")
        var trainDate: String?

        @Option(help: "Index date of the test period. Default: 1 January a year before --date.")
        var testDate: String?

        @Option(help: "Output format: table or json.")
        var format = OutputFormat.table

        func run() async throws {
            let (opened, data) = try options.load()
            let anchor = try options.day(opened)
            let year = anchor.components.year
            let train = try parse(trainDate, "--train-date") ?? CivilDate(year: year - 2, month: 1, day: 1)!
            let test = try parse(testDate, "--test-date") ?? CivilDate(year: year - 1, month: 1, day: 1)!
            guard train.days(to: test) >= 365 else {
                throw ValidationError("--test-date must be at least a year after --train-date (out of time).")
            }
            let stamp = ISO8601DateFormatter().string(from: Date())
            let fitted = options.time("train") {
                RiskTraining(data: data, trainDate: train, testDate: test, createdAt: stamp)
            }
            let stored = try RiskModelStore(store: opened).save(fitted.model, fitted.report)
            let display = try Audience(pack, disclosure)
            try RiskReportPrinter(display: display, format: format).print(fitted.report, fitted.model)
            if format == .table {
                print(
                    stored
                        ? "Stored as version \(fitted.model.version)."
                        : "Version \(fitted.model.version) was stored already.")
            }
        }

        private func parse(_ text: String?, _ name: String) throws -> CivilDate? {
            guard let text else { return nil }
            guard let date = CivilDate(iso: text) else {
                throw ValidationError("\(name) must be a date YYYY-MM-DD.")
            }
            return date
        }
    }

    /// `placehealth risk report`.
    struct Report: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print a stored model's out-of-time report.")

        @OptionGroup var store: StoreOptions
        @OptionGroup var pack: PackOptions
        @OptionGroup var disclosure: DisclosureOptions

        @Option(help: "The model version (see `risk list`). Default: the newest.")
        var version: String?

        @Flag(help: "Also list the model's coefficients.")
        var coefficients = false

        @Option(help: "Output format: table or json.")
        var format = OutputFormat.table

        func run() async throws {
            guard let (model, report) = try RiskModelStore(store: store.open()).load(version: version) else {
                throw ValidationError(
                    version.map { "No stored model '\($0)'; see `placehealth risk list`." }
                        ?? "No stored model: run `placehealth risk train` first.")
            }
            let display = try Audience(pack, disclosure)
            try RiskReportPrinter(display: display, format: format).print(report, coefficients ? model : nil)
        }
    }

    /// `placehealth risk list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the stored model versions, newest first.")

        @OptionGroup var store: StoreOptions

        @Option(help: "Output format: table, csv or json.")
        var format = OutputFormat.table

        func run() async throws {
            let entries = try RiskModelStore(store: store.open()).list()
            if format == .json { return try OutputFormat.printJSON(entries) }
            try format.print(
                header: ["version", "created_at", "train_date", "test_date", "auroc", "brier"],
                rows: entries.map {
                    [
                        $0.version, $0.createdAt, $0.trainDate, $0.testDate, OutputFormat.number($0.auroc),
                        OutputFormat.number($0.brier),
                    ]
                })
        }
    }
}
