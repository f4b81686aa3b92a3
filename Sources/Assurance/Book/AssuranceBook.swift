import Foundation
import PlaceModel
import PlacePack

/// The partnership's risk matrices, risk registers and action plans, read from the pack's
/// `assurance.yaml`.
public struct AssuranceBook: Sendable {
    /// The band matrices, in file order.
    public let matrices: [BandMatrix]
    /// The registers, in file order.
    public let registers: [RiskRegister]
    /// The action plans, in file order.
    public let plans: [ActionPlan]
    /// The Better Care Fund plan the book's risks link to (`bcf_plan`, a path in the pack), if any.
    public let bcfPlan: BCFPlan?
    /// What a risk may link to.
    let links: Links
    /// The `bcf_plan` path as the file gives it.
    let bcfPlanFile: String?

    /// The file the book is read from, in the pack folder.
    public static let file = "assurance.yaml"

    /// Reads `assurance.yaml` from `pack`'s folder.
    ///
    /// - Throws: ``PackError`` naming the file, line and field: a likelihood or consequence outside
    ///   1–5, a matrix that does not band all 25 cells exactly once, an unknown band or matrix, a
    ///   date that does not exist, an action due before it was raised, a rating that is not green,
    ///   amber or red, a repeated id, a link to an action or scheme that does not exist.
    ///   A risk's indicators must be the pack's.
    public static func read(from pack: PlacePack) throws -> AssuranceBook {
        try read(directory: pack.directory, indicators: Set(pack.indicators().indicators.map(\.id)))
    }

    /// Reads `file` (default `assurance.yaml`) from a folder; with `indicators`, a risk may link
    /// only to them.
    public static func read(directory: URL, file: String = file, indicators: Set<String>? = nil) throws
        -> AssuranceBook
    {
        let root = try PackNode.parse(file: file, in: directory)
        let matrices = try unique(root.required("matrices").list(), "matrix", id: \.id, read: matrix)
        let plans = try unique(
            root.optional("action_plans")?.list() ?? [], "action plan", id: \.id, read: plan)
        let bcfPlanFile = try root.optional("bcf_plan")?.string()
        let bcfPlan = try bcfPlanFile.map {
            try BCFPlan.read(path: directory.appendingPathComponent($0).path)
        }
        let links = Links(
            indicators: indicators,
            actions: Set(plans.flatMap { plan in plan.actions.map { "\(plan.id)/\($0.id)" } }),
            schemes: bcfPlan.map { Set($0.schemes.map(\.id)) })
        let registers = try unique(root.required("registers").list(), "register", id: \.id) {
            try register($0, matrices: matrices, links: links)
        }
        return AssuranceBook(
            matrices: matrices, registers: registers, plans: plans, bcfPlan: bcfPlan, links: links,
            bcfPlanFile: bcfPlanFile)
    }

    /// What a risk may link to: the pack's indicators (when known), the plans' actions, and the
    /// Better Care Fund plan's schemes (when the book names one).
    struct Links: Sendable {
        let indicators: Set<String>?
        let actions: Set<String>
        let schemes: Set<String>?
    }

    /// Each node read, refusing a repeated id at the node that repeats it.
    static func unique<Item>(
        _ nodes: [PackNode], _ kind: String, id: (Item) -> String, read: (PackNode) throws -> Item
    ) throws -> [Item] {
        var items: [Item] = []
        var seen = Set<String>()
        for node in nodes {
            let item = try read(node)
            guard seen.insert(id(item)).inserted else {
                throw node.fail(.duplicateCode, "\(kind) '\(id(item))' appears twice", field: "id")
            }
            items.append(item)
        }
        return items
    }

    /// The register with `id`.
    public func register(id: String) -> RiskRegister? { registers.first { $0.id == id } }

    /// The action plan with `id`.
    public func plan(id: String) -> ActionPlan? { plans.first { $0.id == id } }
}
