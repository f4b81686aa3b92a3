import Access
import ArgumentParser
import Foundation

/// `placehealth audit`: the audit log of person-level access, for the governance lead.
struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "The audit log of person-level access: review a month, or verify the log is intact.",
        discussion: """
            Every view or export of person-level data (case-finding lists, timelines, on the web, the API or \
            this command line), and every refused request for one by a signed-in user, is appended to the \
            log; the store refuses any change, deletion or insertion but at its end, and each entry holds \
            the hash of the one before. Refused requests by no signed-in user are counted by minute.
            """,
        subcommands: [Review.self, AuditVerifyCommand.self], defaultSubcommand: Review.self)
}

extension AuditCommand {
    /// `placehealth audit review` (the default): one month's use by user and area.
    struct Review: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Review one month's use of person-level data by user and area (the default).",
            discussion: "--entries lists the month's entries as well.")

        @Option(help: "The month (YYYY-MM). Default: this month (UTC).")
        var month: String?

        @Flag(help: "List every entry of the month as well.")
        var entries = false

        @OptionGroup var store: StoreOptions

        @Option(help: "Output format: table, csv or json.")
        var format = OutputFormat.table

        func validate() throws {
            if let month, month.count != 7 || month.split(separator: "-").count != 2 {
                throw ValidationError("--month must be YYYY-MM, found '\(month)'.")
            }
        }

        func run() async throws {
            let log = AuditLog(store: try store.open())
            let chosen = month ?? String(ISO8601DateFormatter().string(from: Date()).prefix(7))
            let review = try log.review(month: chosen)
            let lines = entries ? try log.entries(month: chosen) : []
            if format == .json {
                struct Document: Encodable {
                    let review: AuditReview
                    let entries: [AuditEntry]
                }
                return try OutputFormat.printJSON(Document(review: review, entries: lines))
            }
            if format == .table {
                print("Person-level access in \(chosen): \(review.granted) shown, \(review.refused) refused")
            }
            try format.print(
                header: ["user", "role", "area", "shown", "refused", "persons", "purposes"],
                rows: review.rows.map {
                    [
                        $0.user, $0.role, $0.scope?.description ?? "", String($0.granted), String($0.refused),
                        String($0.persons), $0.purposes.joined(separator: "; "),
                    ]
                })
            guard entries else { return }
            if format == .table { print("") }
            try format.print(
                header: [
                    "at", "user", "role", "action", "subject", "area", "purpose", "outcome", "persons",
                    "channel",
                ],
                rows: lines.map {
                    [
                        $0.at, $0.user, $0.role.rawValue, $0.action.rawValue, $0.subject,
                        $0.scope?.description ?? "",
                        $0.purpose?.rawValue ?? "", $0.outcome.rawValue, String($0.records),
                        $0.channel.rawValue,
                    ]
                })
        }
    }
}
