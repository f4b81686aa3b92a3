import ArgumentParser
import Foundation
import PlacePack
import Publication

/// `placehealth audit-disclosure`: proves that nothing a public reader can fetch gives a withheld
/// count away.
struct AuditDisclosureCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit-disclosure",
        abstract: "Prove that no suppressed count can be worked out from what is published to anyone.",
        discussion: """
            Reads every figure an unauthenticated reader can fetch (each indicator's published results; \
            the segment, frailty and cohort tables of every breakdown), sets up the published figures and \
            every identity linking them (area levels, deprived = decile 1, practices within LCPs, ...), \
            and checks by exact arithmetic that no withheld count is determined or bounded to an interval \
            narrower than the small-number range. Exits 1 if any is. See docs/disclosure.md.
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var pack: PackOptions

    @Option(help: "Output format: table, csv or json.")
    var format = OutputFormat.table

    func run() async throws {
        let line = ProgressLine()
        let audit = try DisclosureAudit.run(store: store.open(), pack: pack.load()) {
            line.show("audit-disclosure: \($0)")
        }
        line.finish()
        if format == .json {
            try OutputFormat.printJSON(audit)
        } else {
            try format.print(
                header: ["quantity", "cells", "identities", "withheld", "small", "exposed", "exact"],
                rows: audit.findings.map {
                    [
                        $0.quantity, String($0.cells), String($0.identities), String($0.withheld),
                        String($0.small), String($0.exposed.count), $0.analysed ? "yes" : "rule only",
                    ]
                })
            if format == .table { print(audit.summary) }
        }
        if !audit.passed { throw ExitCode(1) }
    }
}
