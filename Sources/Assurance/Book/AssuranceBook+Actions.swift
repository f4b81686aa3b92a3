import PlaceModel
import PlacePack

extension AssuranceBook {
    static func plan(_ node: PackNode) throws -> ActionPlan {
        let staleNode = try node.required("stale_after_days")
        let stale = try staleNode.int()
        guard stale > 0 else { throw staleNode.fail(.outOfRange, "a number of days above 0") }
        let actions = try unique(node.required("actions").list(), "action", id: \.id, read: action)
        return ActionPlan(
            id: try node.required("id").string(), name: try node.required("name").string(),
            source: try node.required("source").string(), board: try node.optional("board")?.string(),
            staleAfterDays: stale, actions: actions)
    }

    static func action(_ node: PackNode) throws -> Action {
        let raised = try date(node.required("raised"))
        let dueNode = try node.required("due")
        let due = try date(dueNode)
        guard due >= raised else {
            throw dueNode.fail(.inconsistent, "due \(due), before it was raised (\(raised))")
        }
        var updates: [Action.Update] = []
        for u in try node.optional("updates")?.list() ?? [] {
            let dateNode = try u.required("date")
            let day = try date(dateNode)
            guard day >= raised, updates.last.map({ $0.date <= day }) ?? true else {
                throw dateNode.fail(
                    .inconsistent, "updates run in date order, from the day the action was raised")
            }
            let ragNode = try u.required("rag")
            guard let rag = RAG(rawValue: try ragNode.string()) else {
                throw ragNode.fail(
                    .outOfRange,
                    "green (done or on track), amber (in progress) or red (insufficient or no progress)")
            }
            updates.append(
                Action.Update(
                    date: day, note: try u.required("note").string(), rag: rag,
                    done: try u.optional("done")?.bool() ?? false))
        }
        return Action(
            id: try node.required("id").string(), action: try node.required("action").string(),
            owner: try node.required("owner").string(), raised: raised, due: due, updates: updates)
    }
}
