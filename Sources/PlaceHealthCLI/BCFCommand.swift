import ArgumentParser
import Assurance
import Foundation

/// `placehealth bcf`: Better Care Fund plans.
struct BCFCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bcf",
        abstract:
            "Better Care Fund plans: check a planning template before it is submitted (docs/assurance.md).",
        subcommands: [BCFCheckCommand.self])
}

/// `placehealth bcf check FILE`: every national rule and reviewer's query on a plan.
struct BCFCheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract:
            "Check a Better Care Fund planning template: every rule with its figures and pass, warning or fail.",
        discussion: """
            FILE is a plan in the YAML layout of docs/assurance.md (the Leeds 2019/20 plan is \
            packs/leeds/bcf/leeds-2019-20.yaml). Checks: every required field completed; for each \
            funding source, expenditure equal to income; the NHS out-of-hospital and adult social care \
            minimums from the CCG minimum contribution; each High Impact Change's maturity; each \
            metric's plan recomputed from its numerator and denominator; PR1 to PR9; and what a \
            reviewer would query. Exits with status 1 if any check fails.
            """)

    @Argument(help: "The plan file (YAML).")
    var file: String

    @Option(help: "Output format: table or csv.")
    var format: OutputFormat = .table

    func validate() throws {
        if format == .json { throw ValidationError("--format json is not offered yet; use table or csv.") }
    }

    func run() async throws {
        let plan = try BCFPlan.read(path: file)
        let checks = plan.checks()
        let rows = checks.map { [$0.id, $0.sheet.rawValue, $0.title, $0.outcome.rawValue, $0.figures] }
        if format == .table { print("\(plan.template) plan for \(plan.board): \(plan.source)") }
        try format.print(header: ["check", "sheet", "rule", "result", "figures"], rows: rows)
        let failed = checks.filter { $0.outcome == .fail }.count
        let warned = checks.filter { $0.outcome == .warning }.count
        if format == .table {
            print(
                "\(checks.count) checks: \(checks.count - failed - warned) pass, \(warned) warning, \(failed) fail."
            )
        }
        if failed > 0 { throw ExitCode(1) }
    }
}
