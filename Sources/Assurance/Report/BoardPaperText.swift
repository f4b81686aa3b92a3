import Foundation
import PlacePack

/// The parts of a Board paper that people write (purpose, background, governance, conclusions,
/// recommendations, the strategy questions), read from a short YAML file; the report fills the
/// rest from the data (docs/assurance.md).
public struct BoardPaperText: Sendable, Equatable {
    /// Who the report is from (a role or a partnership) and to.
    public let reportOf: String, reportTo: String
    /// The paper's subject (`--subject` may replace it).
    public var subject: String
    /// The report's author: a role or a team.
    public let author: String
    /// Areas the report affects (none: "No").
    public let areas: [String]
    /// The header's yes/no answers.
    public let equalityImplications: Bool, callIn: Bool, confidential: Bool
    /// Written points of the summary, before the ones the data give.
    public let summary: [String]
    /// What the Board is asked to do.
    public let recommendations: [String]
    /// Sections 1 and 2.
    public let purpose: [String], background: [String]
    /// Section 4.1 to 4.4, and the written part of 4.5.
    public let consultation: [String], equality: [String], resources: [String], legal: [String],
        risk: [String]
    /// Section 5.
    public let conclusions: [String]
    /// Section 7.
    public let backgroundDocuments: [String]
    /// The strategy the closing page is about ("Leeds Health and Wellbeing Strategy 2016-21").
    public let strategyName: String
    /// The closing page's answers: how the paper helps reduce health inequalities, create a high
    /// quality system, and a financially sustainable one; and its future challenges or opportunities.
    public let inequalities: String, quality: String, sustainability: String
    /// Future challenges or opportunities.
    public let challenges: [String]
    /// Strategy priorities (1–12) the paper serves beyond those of the indicators it reports.
    public let priorities: [Int]

    /// The pack's example, relative to its folder.
    public static let file = "reports/board-paper.yaml"

    /// Reads the file at `path` (errors name it as given).
    public static func read(path: String) throws -> BoardPaperText {
        let base = URL(fileURLWithPath: path.hasPrefix("/") ? "/" : FileManager.default.currentDirectoryPath)
        let root = try PackNode.parse(file: path, in: base)
        func text(_ key: String) throws -> String { try root.required(key).string() }
        func paragraphs(_ node: PackNode, _ key: String) throws -> [String] {
            try node.optional(key)?.strings() ?? []
        }
        func yes(_ key: String) throws -> Bool { try root.required(key).bool() }
        let governance = try root.required("governance")
        let strategy = try root.required("strategy")
        let prioritiesNode = try strategy.optional("priorities")
        let priorities = try prioritiesNode?.list().map { try $0.int() } ?? []
        if let prioritiesNode, let wrong = priorities.first(where: { !(1...12).contains($0) }) {
            throw prioritiesNode.fail(.outOfRange, "priority \(wrong) is not 1 to 12")
        }
        return BoardPaperText(
            reportOf: try text("report_of"), reportTo: try text("report_to"), subject: try text("subject"),
            author: try text("report_author"), areas: try paragraphs(root, "geographical_areas"),
            equalityImplications: try yes("equality_implications"), callIn: try yes("eligible_for_call_in"),
            confidential: try yes("confidential"), summary: try paragraphs(root, "summary"),
            recommendations: try root.required("recommendations").strings(),
            purpose: try paragraphs(root, "purpose"),
            background: try paragraphs(root, "background"),
            consultation: try paragraphs(governance, "consultation"),
            equality: try paragraphs(governance, "equality"),
            resources: try paragraphs(governance, "resources"),
            legal: try paragraphs(governance, "legal"), risk: try paragraphs(governance, "risk"),
            conclusions: try paragraphs(root, "conclusions"),
            backgroundDocuments: try paragraphs(root, "background_documents"),
            strategyName: try strategy.required("name").string(),
            inequalities: try strategy.required("inequalities").string(),
            quality: try strategy.required("quality").string(),
            sustainability: try strategy.required("sustainability").string(),
            challenges: try paragraphs(strategy, "challenges"), priorities: priorities)
    }
}
