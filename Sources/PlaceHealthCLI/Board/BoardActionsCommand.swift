import ArgumentParser
import Assurance
import Foundation
import PlaceModel

/// `placehealth board actions`: each action of a plan with its latest rating and flags, and the
/// plan's summary.
struct BoardActionsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actions",
        abstract: "Show an action plan: each action's RAG, overdue and stale flags, and the summary.",
        discussion: """
            Reads the pack's assurance.yaml. For each action: its owner, due date, the rating of its \
            latest update on or before --on (green: done or on track; amber: in progress; red: \
            insufficient or no progress), whether it is done, overdue, or has had no update for the \
            plan's number of days; then the plan's summary ("36 actions: 27 green, 9 amber, 0 red").
            """)

    @OptionGroup var options: BoardOptions

    @Option(help: "The plan's id; default: every plan.")
    var plan: String?

    func run() async throws {
        let day = try options.day()
        let plans = try options.select(options.book().plans, id: plan, kind: "action plan", key: \.id)
        try options.print(
            plans, header: Self.header, id: \.id,
            title: { p in "\(p.name) (\(p.id)); no update for \(p.staleAfterDays) days is flagged; on \(day)"
            },
            rows: { $0.statuses(on: day).map(Self.row) },
            footer: { "\($0.summary(on: day))." })
    }

    static let header = [
        "action", "owner", "due", "rag", "done", "overdue", "no recent update", "last update",
    ]

    static func row(_ s: ActionStatus) -> [String] {
        [
            s.action.id, s.action.owner, "\(s.action.due)", s.rag?.rawValue ?? "not yet rated",
            s.done ? "yes" : "no",
            s.overdue ? "yes" : "no", s.stale ? "yes" : "no", s.lastUpdate.map { "\($0)" } ?? "",
        ]
    }
}
