import ArgumentParser
import Assurance
import Foundation
import PlaceModel

/// `placehealth board`: the Board's assurance papers: its risk registers and action plans.
struct BoardCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "board",
        abstract: "Board assurance: the partnership's risk registers and action plans (docs/assurance.md).",
        subcommands: [
            BoardRisksCommand.self, BoardActionsCommand.self, BoardExportCommand.self,
            BoardImportCommand.self,
        ])
}

/// `placehealth board risks`: each risk of a register with its bands, movement, review and appetite.
struct BoardRisksCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "risks",
        abstract: "Show a risk register: each risk's band before mitigation, now and as target.",
        discussion: """
            Reads the pack's assurance.yaml. For each risk: its owner, its likelihood x consequence \
            and band before mitigation, now and as its target (banded by the register's matrix, cell \
            by cell or by score), the movement since its last review, whether the review is overdue \
            and whether it is above the register's appetite, all as on --on (default: today).
            """)

    @OptionGroup var options: BoardOptions

    @Option(help: "The register's id; default: every register.")
    var register: String?

    func run() async throws {
        let day = try options.day()
        let registers = try options.select(
            options.book().registers, id: register, kind: "register", key: \.id)
        try options.print(
            registers, header: Self.header, id: \.id,
            title: { r in
                "\(r.name) (\(r.id)), banded by \(r.matrix.name); appetite: \(r.appetite.name); on \(day)"
            },
            rows: { $0.statuses(on: day).map(Self.row) },
            footer: { r in
                let statuses = r.statuses(on: day)
                let above = statuses.filter(\.aboveAppetite).count
                let overdue = statuses.filter(\.reviewOverdue).count
                return "\(statuses.count) risks; above appetite: \(above); reviews overdue: \(overdue)."
            })
    }

    static let header = [
        "risk", "owner", "before", "now", "target", "movement", "review", "overdue", "above appetite",
    ]

    static func row(_ s: RiskStatus) -> [String] {
        [
            s.risk.id, s.risk.owner, cell(s.risk.before, s.before), cell(s.risk.now, s.now),
            cell(s.risk.target, s.target), s.movement.rawValue, "\(s.risk.review)",
            s.reviewOverdue ? "yes" : "no", s.aboveAppetite ? "yes" : "no",
        ]
    }

    /// "3x4=12 Medium Priority".
    static func cell(_ rating: Rating, _ band: Band?) -> String {
        "\(rating.likelihood)x\(rating.consequence)=\(rating.score) \(band?.name ?? "unbanded")"
    }
}
