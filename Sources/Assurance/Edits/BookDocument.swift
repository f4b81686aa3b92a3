import Foundation
import PlaceModel
import Yams

/// The book in the layout of `assurance.yaml`, for writing: the export of the registers and plans
/// (with their edits applied), and one risk or action as the JSON body of an edit.
struct BookDocument: Encodable {
    struct RatingDoc: Encodable {
        let likelihood: Int, consequence: Int
        init(_ r: Rating) { (likelihood, consequence) = (r.likelihood, r.consequence) }
    }

    struct ReviewDoc: Encodable {
        let date: String, likelihood: Int, consequence: Int
    }

    struct RiskDoc: Encodable {
        let id: String, description: String, owner: String
        let before: RatingDoc, now: RatingDoc, target: RatingDoc
        let controls: [String], actions: [String], review: String, history: [ReviewDoc]
        let indicators: [String], linkedActions: [String], schemes: [String]

        enum CodingKeys: String, CodingKey {
            case id, description, owner, before, now, target, controls, actions, review, history, indicators
            case linkedActions = "linked_actions", schemes
        }

        init(_ r: Risk) {
            (id, description, owner) = (r.id, r.description, r.owner)
            (before, now, target) = (RatingDoc(r.before), RatingDoc(r.now), RatingDoc(r.target))
            (controls, actions, review) = (r.controls, r.actions, r.review.description)
            history = r.history.map {
                ReviewDoc(
                    date: $0.date.description, likelihood: $0.rating.likelihood,
                    consequence: $0.rating.consequence)
            }
            (indicators, linkedActions, schemes) = (r.indicators, r.linkedActions, r.schemes)
        }
    }

    struct UpdateDoc: Encodable {
        let date: String, note: String, rag: String, done: Bool
    }

    struct ActionDoc: Encodable {
        let id: String, action: String, owner: String, raised: String, due: String, updates: [UpdateDoc]

        init(_ a: Action) {
            (id, action, owner, raised, due) = (
                a.id, a.action, a.owner, a.raised.description, a.due.description
            )
            updates = a.updates.map {
                UpdateDoc(date: $0.date.description, note: $0.note, rag: $0.rag.rawValue, done: $0.done)
            }
        }
    }

    struct BandDoc: Encodable {
        let id: String, name: String, colour: String, priority: Int, scores: [Int]?, response: String?
    }

    struct MatrixDoc: Encodable {
        let id: String, name: String, source: String, bands: [BandDoc], cells: [[String]]?

        init(_ m: BandMatrix) {
            (id, name, source) = (m.id, m.name, m.source)
            switch m.banding {
            case .cells(let grid):
                bands = m.bands.map {
                    BandDoc(
                        id: $0.id, name: $0.name, colour: $0.colour, priority: $0.priority, scores: nil,
                        response: $0.response)
                }
                // Rows from likelihood 5 down to 1, as the file writes them.
                cells = grid.reversed().map { row in row.map { m.bands[$0].id } }
            case .scores(let ranges):
                bands = zip(m.bands, ranges).map { band, range in
                    BandDoc(
                        id: band.id, name: band.name, colour: band.colour, priority: band.priority,
                        scores: [range.lowerBound, range.upperBound], response: band.response)
                }
                cells = nil
            }
        }
    }

    struct RegisterDoc: Encodable {
        let id: String, name: String, source: String, board: String?, matrix: String, appetite: String
        let risks: [RiskDoc]
    }

    struct PlanDoc: Encodable {
        let id: String, name: String, source: String, board: String?, staleAfterDays: Int,
            actions: [ActionDoc]

        enum CodingKeys: String, CodingKey {
            case id, name, source, board, staleAfterDays = "stale_after_days", actions
        }
    }

    let bcfPlan: String?
    let matrices: [MatrixDoc]
    let registers: [RegisterDoc]
    let actionPlans: [PlanDoc]

    enum CodingKeys: String, CodingKey {
        case bcfPlan = "bcf_plan", matrices, registers, actionPlans = "action_plans"
    }

    init(_ book: AssuranceBook) {
        bcfPlan = book.bcfPlanFile
        matrices = book.matrices.map(MatrixDoc.init)
        registers = book.registers.map {
            RegisterDoc(
                id: $0.id, name: $0.name, source: $0.source, board: $0.board, matrix: $0.matrix.id,
                appetite: $0.appetite.id, risks: $0.risks.map(RiskDoc.init))
        }
        actionPlans = book.plans.map {
            PlanDoc(
                id: $0.id, name: $0.name, source: $0.source, board: $0.board,
                staleAfterDays: $0.staleAfterDays,
                actions: $0.actions.map(ActionDoc.init))
        }
    }

    /// `value` as one line of JSON (which YAML reads too).
    static func json(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try! encoder.encode(value), as: UTF8.self)
    }
}

extension AssuranceBook {
    /// The registers and plans (and the matrices they use) as an `assurance.yaml` that reads back
    /// as this book.
    public func yaml() throws -> String {
        "# Exported by placehealth board export: the registers and plans with their published edits.\n"
            + (try YAMLEncoder().encode(BookDocument(self)))
    }
}

extension Risk {
    /// The risk as the JSON body of an edit.
    public var body: String { BookDocument.json(BookDocument.RiskDoc(self)) }
}

extension Action {
    /// The action as the JSON body of an edit.
    public var body: String { BookDocument.json(BookDocument.ActionDoc(self)) }
}
