import PlaceColumns
import ArgumentParser
import Foundation
import PlaceModel
import Population
import Store

/// `placehealth cohort`: rule-based cohorts, their counts and case-finding lists.
struct CohortCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cohort",
        abstract: "Rule-based cohorts: the pack's predefined ones, counts by area, case-finding lists.",
        discussion: """
            A cohort is a rule such as `frailty = severe and has(dementia) and lives_in(care_home)` \
            (the language is in docs/population-health.md). `cohort list` shows the pack's predefined \
            cohorts; `cohort check` checks a rule; `cohort count` counts a cohort by LCP or practice \
            (aggregate, suppressed); `cohort people` lists the people of one practice or LCP in the \
            cohort with why they are on it (person-level: for the clinicians of that practice or LCP).
            """,
        subcommands: [List.self, Check.self, Count.self, People.self])

    /// `placehealth cohort list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the pack's predefined cohorts.")

        @OptionGroup var pack: PackOptions

        @Option(help: "Output format: table, csv or json.")
        var format = OutputFormat.table

        func run() async throws {
            let catalog = try CohortCatalog(pack: pack.load())
            if format == .json { return try OutputFormat.printJSON(catalog.cohorts) }
            try format.print(
                header: ["id", "name", "rule", "source"],
                rows: catalog.cohorts.map { [$0.id, $0.name, $0.rule, $0.source] })
        }
    }

    /// `placehealth cohort check`.
    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check a cohort rule: exit 0 if it is valid, else show where it is wrong.")

        @Argument(help: "The rule, in quotes.")
        var rule: String

        func run() async throws {
            do {
                _ = try CohortRule(rule)
                print("The rule is valid.")
            } catch let error as CohortRuleError {
                throw CommandFailure("the rule is not valid:\n\(error.pointing(into: rule))")
            }
        }
    }
}

/// The cohort a command works on: a predefined one (`--cohort ID`) or a rule (`--rule TEXT`).
struct CohortChoice: ParsableArguments {
    @Option(help: "A predefined cohort of the pack (see `placehealth cohort list`).")
    var cohort: String?

    @Option(help: "A cohort rule, in quotes (instead of --cohort).")
    var rule: String?

    @Option(help: "The risk model version for rules that use risk. Default: the newest stored.")
    var model: String?

    func validate() throws {
        guard (cohort == nil) != (rule == nil) else {
            throw ValidationError("Give either --cohort or --rule.")
        }
    }

    /// The rule, checked against the areas.
    func resolve(_ pack: PackOptions, _ areas: AreaIndex) throws -> CohortRule {
        let text = try rule ?? CohortCatalog(pack: pack.load()).cohort(cohort!).rule
        do {
            return try CohortRule(text, areas: areas)
        } catch let error as CohortRuleError {
            throw CommandFailure("the rule is not valid:\n\(error.pointing(into: text))")
        }
    }

    /// The rule, and everyone's state on the date: segments, frailty, and risk scores if the rule
    /// needs them.
    func prepare(
        _ options: PopulationOptions, _ pack: PackOptions, _ store: SQLiteStore, _ data: PopulationData
    ) throws -> (rule: CohortRule, snapshot: PopulationSnapshot, scores: [Double]?) {
        let rule = try resolve(pack, data.areas)
        let date = try options.day(store)
        let snapshot = options.time("segment+frailty") { PopulationSnapshot(data: data, date: date) }
        var scores: [Double]?
        if rule.usesRisk {
            guard let (fitted, _) = try RiskModelStore(store: store).load(version: model) else {
                throw ValidationError("This rule uses risk: run `placehealth risk train` first.")
            }
            scores = options.time("risk") { fitted.scores(data, snapshot) }
        }
        return (rule, snapshot, scores)
    }
}
