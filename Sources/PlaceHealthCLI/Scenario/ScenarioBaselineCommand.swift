import ArgumentParser
import Foundation
import Population
import Scenarios

/// `placehealth scenario baseline`: the activity a scenario starts from.
struct ScenarioBaselineCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "baseline",
        abstract: "Count a baseline year's activity by setting, with what the levers act on.",
        discussion: """
            Emergency and elective admissions (with their bed days and delayed days), A&E \
            attendances, care home admissions and reablement episodes dated in the year, for the \
            city, each LCP, each IMD decile of home or each segment, with how many are ambulatory-care-sensitive, \
            of frail people (65 or over, moderate or severe eFI on 1 July), at the end of life (the \
            person died within 365 days), emergency readmissions (within 30 days of a discharge) and \
            frequent A&E attenders' (5 or more attendances in the year). \
            Figures are rounded to the nearest 10. SYNTHETIC data is labelled. See docs/scenarios.md.
            """)

    @OptionGroup var store: StoreOptions

    @Option(help: "The calendar year to count.")
    var baseline: Int

    @Option(
        help:
            "Show the city (city), each LCP (lcp), each IMD decile of home (decile) or each segment on 1 July (segment)."
    )
    var by = Group.city

    @Option(help: "Output format: table or csv.")
    var format = OutputFormat.table

    /// What rows are shown for.
    enum Group: String, ExpressibleByArgument, CaseIterable { case city, lcp, decile, segment }

    func validate() throws {
        guard (1900...2200).contains(baseline) else { throw ValidationError("--baseline must be a year.") }
        guard format != .json else { throw ValidationError("--format must be table or csv.") }
    }

    static let header = [
        "group", "setting", "records", "bed days", "delayed days", "ACS", "frail", "end of life",
        "readmissions",
        "frequent attenders",
    ]

    func run() async throws {
        let opened = try store.open()
        let baseline = try ActivityBaseline(store: opened, year: self.baseline)
        let synthetic = try opened.dataset()["synthetic"] == "true"
        let groups: [(String, (ActivityKey) -> Bool)]
        switch by {
        case .city: groups = [("city", { _ in true })]
        case .lcp: groups = baseline.lcps.indices.map { l in (baseline.lcps[l], { $0.lcp == l }) }
        case .decile: groups = (1...10).map { d in ("decile \(d)", { $0.decile == d }) }
        case .segment:
            groups =
                Segment.allCases.map { s in (s.id, { $0.segment == s.rawValue }) }
                + [("not resident on 1 July", { $0.segment < 0 })]
        }
        let rounded = { (value: Int) in String(Int((Double(value) / 10).rounded()) * 10) }
        let rows = groups.flatMap { name, include in
            ActivitySetting.allCases.map { setting -> [String] in
                let all = baseline.total(setting, where: include)
                let flagged = { (flag: ActivityFlags) in
                    rounded(baseline.total(setting) { include($0) && $0.flags.contains(flag) }.count)
                }
                return [
                    name, setting.name, rounded(all.count), rounded(all.bedDays), rounded(all.delayedDays),
                    flagged(.ambulatoryCareSensitive), flagged(.frail), flagged(.endOfLife),
                    flagged(.readmission),
                    flagged(.frequentAttender),
                ]
            }
        }
        if format == .table {
            print(
                "Activity in \(self.baseline)\(synthetic ? " — SYNTHETIC data" : ""); figures rounded to the nearest 10"
            )
        }
        try format.print(header: Self.header, rows: rows)
    }
}
