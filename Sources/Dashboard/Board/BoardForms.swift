import Assurance
import Foundation
import PlaceModel

/// The editor's form for a risk: every field as typed (numbers and dates are checked when the
/// version is read, so a bad one is refused naming its field).
struct RiskForm: Decodable {
    let csrf: String
    let register: String
    let id: String
    let description: String
    let owner: String
    let beforeLikelihood: String, beforeConsequence: String
    let nowLikelihood: String, nowConsequence: String
    let targetLikelihood: String, targetConsequence: String
    let controls: String?
    let actions: String?
    let review: String
    /// The day of the review that set the rating now, if one was held: added to the history.
    let reviewed: String?
    let indicators: String?

    enum CodingKeys: String, CodingKey {
        case csrf, register, id, description, owner, controls, actions, review, reviewed, indicators
        case beforeLikelihood = "before_likelihood", beforeConsequence = "before_consequence"
        case nowLikelihood = "now_likelihood", nowConsequence = "now_consequence"
        case targetLikelihood = "target_likelihood", targetConsequence = "target_consequence"
    }

    /// The version's JSON body; `current` keeps what the form does not show (history, links).
    func body(current: Risk?) -> String {
        var history: [[String: Any]] =
            current?.history.map {
                [
                    "date": $0.date.description, "likelihood": $0.rating.likelihood,
                    "consequence": $0.rating.consequence,
                ]
            } ?? []
        if let reviewed = reviewed?.trimmingCharacters(in: .whitespaces), !reviewed.isEmpty {
            history.append([
                "date": reviewed, "likelihood": Self.number(nowLikelihood),
                "consequence": Self.number(nowConsequence),
            ])
        }
        let fields: [String: Any] = [
            "id": id.trimmingCharacters(in: .whitespaces), "description": description, "owner": owner,
            "before": [
                "likelihood": Self.number(beforeLikelihood), "consequence": Self.number(beforeConsequence),
            ],
            "now": ["likelihood": Self.number(nowLikelihood), "consequence": Self.number(nowConsequence)],
            "target": [
                "likelihood": Self.number(targetLikelihood), "consequence": Self.number(targetConsequence),
            ],
            "controls": Self.lines(controls), "actions": Self.lines(actions), "review": review,
            "history": history,
            "indicators": Self.list(indicators), "linked_actions": current?.linkedActions ?? [],
            "schemes": current?.schemes ?? [],
        ]
        return Self.json(fields)
    }

    /// A whole number as a number; anything else as typed (the reader names the field).
    static func number(_ text: String) -> Any { Int(text.trimmingCharacters(in: .whitespaces)) ?? text }

    /// One item per non-empty line.
    static func lines(_ text: String?) -> [String] {
        (text ?? "").split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter
        {
            !$0.isEmpty
        }
    }

    /// Items separated by commas or spaces.
    static func list(_ text: String?) -> [String] {
        (text ?? "").split(whereSeparator: { $0 == "," || $0.isWhitespace }).map(String.init)
    }

    static func json(_ object: Any) -> String {
        let data = try! JSONSerialization.data(
            withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }
}

/// The editor's form for an action, with an optional progress update to add.
struct ActionForm: Decodable {
    let csrf: String
    let plan: String
    let id: String
    let action: String
    let owner: String
    let raised: String
    let due: String
    let updateDate: String?
    let updateNote: String?
    let updateRag: String?
    let updateDone: String?

    enum CodingKeys: String, CodingKey {
        case csrf, plan, id, action, owner, raised, due
        case updateDate = "update_date", updateNote = "update_note", updateRag = "update_rag"
        case updateDone = "update_done"
    }

    /// The version's JSON body: the action's fields, its updates so far and the new one, if given.
    func body(current: Action?) -> String {
        var updates: [[String: Any]] =
            current?.updates.map {
                ["date": $0.date.description, "note": $0.note, "rag": $0.rag.rawValue, "done": $0.done]
            } ?? []
        if let date = updateDate?.trimmingCharacters(in: .whitespaces), !date.isEmpty {
            updates.append([
                "date": date, "note": updateNote ?? "", "rag": updateRag ?? "", "done": updateDone == "yes",
            ])
        }
        return RiskForm.json([
            "id": id.trimmingCharacters(in: .whitespaces), "action": action, "owner": owner, "raised": raised,
            "due": due,
            "updates": updates,
        ])
    }
}

/// Publishing the latest draft of one item.
struct PublishForm: Decodable {
    let csrf: String
    let kind: String
    let container: String
    let item: String
}
