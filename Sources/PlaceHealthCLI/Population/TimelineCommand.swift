import ArgumentParser
import Foundation
import Population
import Access

/// `placehealth timeline`: one person's joined-up record, in date order.
struct TimelineCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Show one person's joined-up timeline across organisations (person-level).",
        discussion: """
            Everything the store holds about the person, a page of 500 events at a time (page 1 the most recent), oldest first: GP registers, problems, medicines \
            and observations; A&E attendances and admissions; Mental Health Act detentions; social care \
            requests, packages, reablement and care homes; births and death. The person must be registered \
            with the --practice (or be in the --lcp) given: a person outside it, or not held, is refused \
            with the same message. SYNTHETIC data is labelled. Every request is written to the audit log as \
            cli:USER with the --purpose given (see `placehealth audit`).
            """)

    @Argument(help: "The pseudonymous person identifier.")
    var personID: Int64

    @OptionGroup var store: StoreOptions

    @OptionGroup var scopeOptions: ScopeOptions

    @Option(help: "Output format: table, csv or json.")
    var format = OutputFormat.table

    @Option(
        help:
            "The page of events: 1 holds the \(TimelineReader.pageSize) most recent, 2 the ones before them, ..."
    )
    var page = 1

    func validate() throws {
        guard (1...TimelineReader.deepestPage).contains(page) else {
            throw ValidationError("--page must be from 1 to \(TimelineReader.deepestPage) (got \(page)).")
        }
    }

    func run() async throws {
        let scope = scopeOptions.scope
        let timeline: PersonTimeline
        let opened = try store.open()
        let gate = PersonLevelGate(
            store: opened, policy: AccessPolicy(areas: try PopulationLoader(store: opened).areas()),
            audit: AuditLog(store: opened))
        do {
            timeline = try scopeOptions.audited {
                try gate.timeline(of: personID, scope: scope, request: scopeOptions.request, page: page)
            }
        } catch let error as PopulationError {
            throw CommandFailure(error.description)
        }
        if format == .json { return try OutputFormat.printJSON(timeline) }
        if format == .table {
            print(
                "Timeline of person \(timeline.personID) (\(timeline.sex), born \(timeline.birthDate), "
                    + "\(timeline.ethnicGroup.replacingOccurrences(of: "_", with: " ")), practice "
                    + "\(timeline.practice.isEmpty ? "none" : timeline.practice), LSOA \(timeline.lsoa))"
                    + "\(timeline.synthetic ? " — SYNTHETIC data" : "")")
            print("PERSON-LEVEL: for the clinicians of \(scope) only.")
            let pages = max(1, (timeline.total + timeline.pageSize - 1) / timeline.pageSize)
            print(
                "Page \(timeline.page) of \(pages) (\(timeline.entries.count) of \(timeline.total) events; "
                    + "page 1 is the most recent)")
        }
        try format.print(
            header: ["date", "source", "kind", "detail"],
            rows: timeline.entries.map { [$0.date, $0.source, $0.kind, $0.detail] })
    }
}
