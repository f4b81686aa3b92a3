import PlaceModel
import ArgumentParser
import Foundation
import Population
import Publication
import Access

extension CohortCommand {
    /// `placehealth cohort count`.
    struct Count: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Count a cohort by LCP, practice or another group on a date (aggregate, suppressed).",
            discussion: """
                Counts from 1 to the pack's suppression threshold minus 1, and the others needed so that \
                none of them can be worked out from the total (secondary suppression), are shown as * \
                (null in JSON), with their rates.
                """)

        @OptionGroup var options: PopulationOptions
        @OptionGroup var choice: CohortChoice
        @OptionGroup var pack: PackOptions
        @OptionGroup var disclosure: DisclosureOptions

        @Option(help: Breakdown.optionHelp)
        var by = Breakdown.lcp

        @Option(help: "Output format: table, csv or json.")
        var format = OutputFormat.table

        func run() async throws {
            let (opened, data) = try options.load()
            let (rule, snapshot, scores) = try choice.prepare(options, pack, opened, data)
            let evaluator = try CohortEvaluator(rule: rule, data: data, snapshot: snapshot, scores: scores)
            let counts = options.time("count") { CohortCounts(evaluator, by: by) }
            let display = try Audience(pack, disclosure)
            let withheld = PopulationDisclosure(data: data, snapshot: snapshot).cohort(
                counts, threshold: display.applied
            ) { CohortCounts(evaluator, by: $0) }
            if format == .json {
                return try OutputFormat.printJSON(
                    PopulationDocument.Cohort(
                        choice.cohort, counts, mask: withheld, audience: display, name: data.areas.name))
            }
            if format == .table {
                print(
                    display.header(
                        "Cohort on \(counts.date), by \(by.rawValue): \(counts.rule)",
                        synthetic: counts.synthetic))
            }
            try format.print(
                header: [by.rawValue, "persons", "population", "per_1000"],
                rows: counts.rows.enumerated().map { r, row in
                    let rate =
                        withheld.isWithheld(r, 0) || withheld.isWithheld(r, 1)
                        ? "*" : String(format: "%.2f", Double(row.persons) * 1000 / Double(row.population))
                    return [
                        row.group, display.show(row.persons, withheld: withheld.isWithheld(r, 0)),
                        display.show(row.population, withheld: withheld.isWithheld(r, 1)), rate,
                    ]
                })
            if format == .table { print("total: \(display.show(counts.total, withheld: withheld.total))") }
        }
    }

    /// `placehealth cohort people`.
    struct People: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "List the people of one practice or LCP in a cohort, with why (case finding; person-level).")

        @OptionGroup var options: PopulationOptions
        @OptionGroup var choice: CohortChoice
        @OptionGroup var pack: PackOptions

        @OptionGroup var scopeOptions: ScopeOptions

        @Option(help: "Output format: table, csv or json.")
        var format = OutputFormat.table

        func run() async throws {
            let scope = scopeOptions.scope
            let (opened, data) = try options.load()
            try scope.validate(data.areas)
            let (rule, snapshot, scores) = try choice.prepare(options, pack, opened, data)
            let gate = PersonLevelGate(
                store: opened, policy: AccessPolicy(areas: data.areas), audit: AuditLog(store: opened))
            let list = try options.time("list") {
                try scopeOptions.audited {
                    try gate.caseFindingList(
                        rule: rule, subject: choice.cohort.map { "cohort:\($0)" } ?? "rule:\(rule.text)",
                        data: data,
                        snapshot: snapshot, scores: scores, scope: scope, request: scopeOptions.request)
                }
            }
            if format == .json { return try OutputFormat.printJSON(list) }
            if format == .table {
                print(
                    "Case-finding list for \(scope) on \(list.date) (\(list.entries.count) people)"
                        + "\(list.synthetic ? " — SYNTHETIC data" : ""): \(list.rule)")
                print(
                    "PERSON-LEVEL: for the clinicians of this \(scopeOptions.practice == nil ? "LCP" : "practice") only."
                )
            }
            try format.print(
                header: ["person_id", "age", "sex", "practice", "segment", "frailty", "risk", "why"],
                rows: list.entries.map {
                    [
                        String($0.personID), String($0.age), $0.sex, $0.practice, $0.segment,
                        $0.frailty ?? "",
                        $0.risk.map { String(format: "%.3f", $0) } ?? "", $0.reasons.joined(separator: "; "),
                    ]
                })
        }
    }
}
