import Population
import Statistics

/// Disclosure control of a risk model's report, solved over all its tables at once.
///
/// Cells: the training period's persons and admitted; the test period's persons, admitted, flagged
/// (the top 2%) and flagged who were admitted (shown through the PPV), overall and for each
/// deprivation decile and ethnic group; each tenth of predicted risk's persons and admitted (shown
/// through the observed share). Identities: each column of the decile table, of the ethnic table and
/// of the tenths adds up to the overall figure. A rate, AUROC, Brier score or mean made of a withheld
/// count is withheld with it.
public struct RiskDisclosure: Sendable {
    /// The figures of one row (overall, a group) and whether each is withheld.
    public struct Row: Sendable, Equatable {
        /// Persons, and the mean predicted risk (their sum over them).
        public let persons: Bool
        /// Admitted persons.
        public let events: Bool
        /// Persons flagged in the top 2%.
        public let flagged: Bool
        /// The observed rate, AUROC and Brier score (made of persons and admitted).
        public var rate: Bool { persons || events }
        /// The PPV (flagged who were admitted over flagged).
        public let ppv: Bool
        /// The sensitivity (flagged who were admitted over admitted).
        public let sensitivity: Bool
    }

    /// The tables of the report, as keys of the problem.
    enum Table: String, CaseIterable {
        case decile, ethnic
    }

    let problem: DisclosureProblem
    let withheld: [Bool]

    /// The mask of `report` at `threshold` (1 withholds nothing).
    public init(_ report: RiskReport, threshold: Int) {
        problem = Self.problem(report)
        withheld = problem.solve(threshold: threshold).withheld
    }

    func hidden(_ key: String) -> Bool { problem.index(key).map { withheld[$0] } ?? false }

    /// The training period's persons and admitted.
    public var training: (persons: Bool, events: Bool) { (hidden("train|persons"), hidden("train|events")) }

    /// The test period's figures for everyone.
    public var overall: Row { row("all") }

    /// Row `r` of the deprivation decile table.
    public func decile(_ r: Int) -> Row { row("decile|\(r)") }

    /// Row `r` of the ethnic group table.
    public func ethnic(_ r: Int) -> Row { row("ethnic|\(r)") }

    /// Tenth `r` of predicted risk: its persons (and mean prediction), and its observed share.
    public func tenth(_ r: Int) -> (persons: Bool, observed: Bool) {
        let persons = hidden("tenth|\(r)|persons")
        return (persons, persons || hidden("tenth|\(r)|events"))
    }

    func row(_ prefix: String) -> Row {
        let (p, e, f, h) = (
            hidden("\(prefix)|persons"), hidden("\(prefix)|events"), hidden("\(prefix)|flagged"),
            hidden("\(prefix)|hit")
        )
        return Row(persons: p, events: e, flagged: f, ppv: f || h, sensitivity: e || h)
    }

    static let columns = ["persons", "events", "flagged", "hit"]

    /// A row's counts: persons, admitted, flagged, and flagged who were admitted (from the PPV, which
    /// shows it).
    static func counts(_ row: RiskReport.Performance) -> [Int] {
        [row.persons, row.events, row.flagged, Int(((row.ppvTop2 ?? 0) * Double(row.flagged)).rounded())]
    }

    /// The report's cells and identities.
    static func problem(_ report: RiskReport) -> DisclosureProblem {
        var problem = DisclosureProblem()
        problem.cell("train|persons", report.trainPersons)
        problem.cell("train|events", report.trainEvents)
        for (column, value) in zip(columns, Self.counts(report.overall)) {
            problem.cell("all|\(column)", value)
        }
        for (table, groups) in [(Table.decile, report.byDeprivationDecile), (.ethnic, report.byEthnicGroup)] {
            for (r, group) in groups.enumerated() {
                for (column, value) in zip(columns, Self.counts(group)) {
                    problem.cell("\(table.rawValue)|\(r)|\(column)", value)
                }
            }
            for column in columns {
                problem.identity(
                    total: "all|\(column)", parts: groups.indices.map { "\(table.rawValue)|\($0)|\(column)" })
            }
        }
        let tenths = report.calibrationDeciles
        for (r, tenth) in tenths.enumerated() {
            problem.cell("tenth|\(r)|persons", tenth.persons)
            problem.cell("tenth|\(r)|events", Int((tenth.observed * Double(tenth.persons)).rounded()))
        }
        for column in ["persons", "events"] {
            problem.identity(total: "all|\(column)", parts: tenths.indices.map { "tenth|\($0)|\(column)" })
        }
        return problem
    }
}

extension RiskDisclosure {
    /// The audit of the report as published: every count withheld as the mask withholds it.
    func audit(threshold: Int) -> DisclosureAudit.Finding {
        DisclosureAudit.check(
            "risk report", keys: problem.keys, measures: [problem.values], hidden: withheld,
            identities: problem.identities, threshold: threshold)
    }
}
