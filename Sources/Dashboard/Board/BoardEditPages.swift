import Access
import Assurance

/// The editors' pages: their registers and plans with drafts marked, the forms, and an item's
/// history of versions.
struct BoardEditPages: Sendable {
    /// The shell, the signed-in user and the session's form token.
    let account: AccountPages

    /// The registers and plans of the editor's boards, with what is still a draft.
    func overview(_ book: AssuranceBook, editor: User, ledger: [AssuranceEdit]) -> HTML {
        let latest = Dictionary(ledger.map { ("\($0.kind.rawValue)|\($0.container)|\($0.item)", $0) }) {
            _, new in new
        }
        func state(_ kind: AssuranceEdit.Kind, _ container: String, _ item: String) -> HTML {
            guard let edit = latest["\(kind.rawValue)|\(container)|\(item)"] else { return "as in the pack" }
            let history: HTML =
                "<a href=\"/board/history?kind=\(kind.rawValue)&amp;container=\(container)&amp;item=\(item)\">history</a>"
            guard edit.state == .draft else { return "published \(edit.at) by \(edit.author) (\(history))" }
            return """
                <strong>DRAFT</strong> \(edit.at) by \(edit.author) (\(history))
                <form method="post" action="/board/edit/publish" class="inline">\(account.tokenField)\
                <input type="hidden" name="kind" value="\(kind.rawValue)"><input type="hidden" name="container" value="\(container)">\
                <input type="hidden" name="item" value="\(item)"><button type="submit">Publish \(item)</button></form>
                """
        }
        var body: HTML = """
            <h1>Edit the Board's registers and plans</h1>\(account.bar)
            <p class="lead">Every change is kept as a new version with who made it and when; nothing is overwritten.
            Changes are drafts, seen by editors only, until published. Boards: \(editor.boards.joined(separator: ", ")).</p>
            """
        for register in book.registers where register.board.map(editor.boards.contains) == true {
            let rows = register.risks.map { r -> HTML in
                "<tr><td>\(r.id)</td><td>\(r.description)</td><td>\(BoardReport.rating(r.now, register.matrix.band(r.now)))</td><td>\(state(.risk, register.id, r.id))</td><td><a href=\"/board/edit/risk?register=\(register.id)&amp;risk=\(r.id)\">Edit \(r.id)</a></td></tr>"
            }
            body.append(
                """
                <h2 id="\(register.id)">\(register.name)</h2>
                <p><a href="/board/edit/risk?register=\(register.id)">Add a risk to \(register.name)</a></p>
                \(BoardReport.table(["Risk", "Description", "Now", "Version", "Change"], rows, empty: "No risks yet."))
                """)
        }
        for plan in book.plans where plan.board.map(editor.boards.contains) == true {
            let rows = plan.actions.map { a -> HTML in
                "<tr><td>\(a.id)</td><td>\(a.action)</td><td>\(a.due.description)</td><td>\(a.updates.last?.rag.rawValue ?? "not rated")</td><td>\(state(.action, plan.id, a.id))</td><td><a href=\"/board/edit/action?plan=\(plan.id)&amp;action=\(a.id)\">Update \(a.id)</a></td></tr>"
            }
            body.append(
                """
                <h2 id="\(plan.id)">\(plan.name)</h2>
                <p><a href="/board/edit/action?plan=\(plan.id)">Add an action to \(plan.name)</a></p>
                \(BoardReport.table(["Action", "What", "Due", "RAG", "Version", "Change"], rows, empty: "No actions yet."))
                """)
        }
        return account.layout.page(title: "Edit the Board's registers and plans", section: .board, body: body)
    }

    /// The form for a new risk, or to update `risk`.
    func riskForm(_ register: RiskRegister, _ risk: Risk?) -> HTML {
        func field(_ name: String, _ label: String, _ value: String, type: String = "text") -> HTML {
            "<p><label for=\"\(name)\">\(label)</label> <input id=\"\(name)\" name=\"\(name)\" type=\"\(type)\" value=\"\(value)\" required></p>"
        }
        func rating(_ prefix: String, _ label: String, _ value: Rating?) -> HTML {
            """
            <fieldset><legend>\(label)</legend>\
            <label for="\(prefix)_likelihood">Likelihood (1–5)</label> <input id="\(prefix)_likelihood" name="\(prefix)_likelihood" type="number" min="1" max="5" value="\(value.map { String($0.likelihood) } ?? "")" required>
            <label for="\(prefix)_consequence">Consequence (1–5)</label> <input id="\(prefix)_consequence" name="\(prefix)_consequence" type="number" min="1" max="5" value="\(value.map { String($0.consequence) } ?? "")" required></fieldset>
            """
        }
        let title = risk.map { "Update risk \($0.id)" } ?? "Add a risk"
        let body: HTML = """
            <h1>\(title): \(register.name)</h1>\(account.bar)
            <form method="post" action="/board/edit/risk" class="edit">\(account.tokenField)
            <input type="hidden" name="register" value="\(register.id)">
            \(field("id", "Risk id", risk?.id ?? ""))
            <p><label for="description">Description (… due to … resulting in …)</label>
            <textarea id="description" name="description" rows="3" required>\(risk?.description ?? "")</textarea></p>
            \(field("owner", "Owner (a role or a board, not a person's name)", risk?.owner ?? ""))
            \(rating("before", "Before mitigation", risk?.before))
            \(rating("now", "Now", risk?.now))
            \(rating("target", "Target", risk?.target))
            <p><label for="controls">Controls (one a line)</label> <textarea id="controls" name="controls" rows="3">\(risk?.controls.joined(separator: "\n") ?? "")</textarea></p>
            <p><label for="actions">Actions planned (one a line)</label> <textarea id="actions" name="actions" rows="3">\(risk?.actions.joined(separator: "\n") ?? "")</textarea></p>
            \(field("review", "Next review", risk?.review.description ?? "", type: "date"))
            <p><label for="reviewed">Reviewed on (adds the rating now to the history)</label> <input id="reviewed" name="reviewed" type="date"></p>
            <p><label for="indicators">Indicators (ids, separated by commas)</label> <input id="indicators" name="indicators" type="text" value="\(risk?.indicators.joined(separator: ", ") ?? "")"></p>
            <p><button type="submit">Save as a draft</button></p></form>
            """
        return account.layout.page(title: title, section: .board, body: body)
    }

    /// The form for a new action, or to update `action` and add progress.
    func actionForm(_ plan: ActionPlan, _ action: Action?) -> HTML {
        func field(_ name: String, _ label: String, _ value: String, type: String = "text") -> HTML {
            "<p><label for=\"\(name)\">\(label)</label> <input id=\"\(name)\" name=\"\(name)\" type=\"\(type)\" value=\"\(value)\" required></p>"
        }
        let title = action.map { "Update action \($0.id)" } ?? "Add an action"
        let updates = (action?.updates ?? []).map { u -> HTML in
            "<li>\(u.date.description): \(u.rag.rawValue)\(u.done ? ", done" : ""): \(u.note)</li>"
        }
        let body: HTML = """
            <h1>\(title): \(plan.name)</h1>\(account.bar)
            <form method="post" action="/board/edit/action" class="edit">\(account.tokenField)
            <input type="hidden" name="plan" value="\(plan.id)">
            \(field("id", "Action id", action?.id ?? ""))
            <p><label for="action">What is to be done</label> <textarea id="action" name="action" rows="2" required>\(action?.action ?? "")</textarea></p>
            \(field("owner", "Owner (a role or a board)", action?.owner ?? ""))
            \(field("raised", "Raised", action?.raised.description ?? "", type: "date"))
            \(field("due", "Due", action?.due.description ?? "", type: "date"))
            <h2>Progress so far</h2>\(updates.isEmpty ? "<p>No update yet.</p>" : "<ul>\(updates)</ul>" as HTML)
            <fieldset><legend>Add a progress update (optional)</legend>
            <p><label for="update_date">Date</label> <input id="update_date" name="update_date" type="date"></p>
            <p><label for="update_note">What was done</label> <input id="update_note" name="update_note" type="text"></p>
            <p><label for="update_rag">Rating</label> <select id="update_rag" name="update_rag">
            <option value="green">green: done or on track</option><option value="amber">amber: in progress</option>
            <option value="red">red: insufficient or no progress</option></select></p>
            <p><input id="update_done" name="update_done" type="checkbox" value="yes"> <label for="update_done">This completes the action</label></p>
            </fieldset>
            <p><button type="submit">Save as a draft</button></p></form>
            """
        return account.layout.page(title: title, section: .board, body: body)
    }

    /// Every version of one item, oldest first, with who and when.
    func history(_ kind: AssuranceEdit.Kind, _ container: String, _ item: String, _ versions: [AssuranceEdit])
        -> HTML
    {
        let rows = versions.map { v -> HTML in
            "<tr><td>\(v.sequence)</td><td>\(v.at)</td><td>\(v.author)</td><td>\(v.state.rawValue)</td><td><code>\(v.body)</code></td></tr>"
        }
        let title = "History of \(kind.rawValue) \(container)/\(item)"
        let body: HTML = """
            <h1>\(title)</h1>\(account.bar)
            <p class="lead">Every version kept, oldest first. Before the first, the item is as the place pack has it.</p>
            \(BoardReport.table(["Version", "When", "Who", "State", "Content"], rows, empty: "No version has been stored: the item is as the pack has it."))
            """
        return account.layout.page(title: title, section: .board, body: body)
    }
}
