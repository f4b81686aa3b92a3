import Access
import Assurance
import Hummingbird
import PlacePack
import Population

extension Dashboard {
    /// The editors' pages: their boards' registers and plans with drafts, forms to add and update
    /// risks, actions and progress, publishing, and each item's history.
    func addBoardEditing(to router: Router<DashboardContext>) {
        router.get("/board/edit") { _, context in
            let (editor, book) = try await editorsBook(context)
            return Self.page(
                try await boardEditPages(context).overview(book, editor: editor, ledger: ledger.edits()))
        }
        router.get("/board/edit/risk") { request, context in
            let (editor, book) = try await editorsBook(context)
            let query = try Query(request, allowed: ["register", "risk"])
            let register = try Self.container(
                book.registers, query["register"], editor: editor, book: book, key: \.id)
            let risk = try query["risk"].map { id in
                guard let risk = register.risks.first(where: { $0.id == id }) else {
                    throw DashboardError.noSuch("risk", "‘\(id)’ is not a risk of \(register.id).")
                }
                return risk
            }
            return Self.page(try await boardEditPages(context).riskForm(register, risk))
        }
        router.get("/board/edit/action") { request, context in
            let (editor, book) = try await editorsBook(context)
            let query = try Query(request, allowed: ["plan", "action"])
            let plan = try Self.container(book.plans, query["plan"], editor: editor, book: book, key: \.id)
            let action = try query["action"].map { id in
                guard let action = plan.actions.first(where: { $0.id == id }) else {
                    throw DashboardError.noSuch("action", "‘\(id)’ is not an action of \(plan.id).")
                }
                return action
            }
            return Self.page(try await boardEditPages(context).actionForm(plan, action))
        }
        router.post("/board/edit/risk") { request, context in
            let form = try await self.form(request, context, as: RiskForm.self)
            try Self.checkToken(form.csrf, context)
            let (editor, book) = try await editorsBook(context)
            let register = try Self.container(
                book.registers, form.register, editor: editor, book: book, key: \.id)
            let current = register.risks.first { $0.id == form.id.trimmingCharacters(in: .whitespaces) }
            try save(.risk, register.id, form.id, form.body(current: current), editor: editor)
            return Response(status: .seeOther, headers: [.location: "/board/edit#\(register.id)"])
        }
        router.post("/board/edit/action") { request, context in
            let form = try await self.form(request, context, as: ActionForm.self)
            try Self.checkToken(form.csrf, context)
            let (editor, book) = try await editorsBook(context)
            let plan = try Self.container(book.plans, form.plan, editor: editor, book: book, key: \.id)
            let current = plan.actions.first { $0.id == form.id.trimmingCharacters(in: .whitespaces) }
            try save(.action, plan.id, form.id, form.body(current: current), editor: editor)
            return Response(status: .seeOther, headers: [.location: "/board/edit#\(plan.id)"])
        }
        router.post("/board/edit/publish") { request, context in
            let form = try await self.form(request, context, as: PublishForm.self)
            try Self.checkToken(form.csrf, context)
            let (editor, book) = try await editorsBook(context)
            guard let kind = AssuranceEdit.Kind(rawValue: form.kind) else {
                throw DashboardError.badField("kind", "risk or action.")
            }
            try Self.refuse { try AccessPolicy.checkEditor(editor, board: book.board(of: form.container)) }
            guard let draft = try ledger.history(kind, container: form.container, item: form.item).last,
                draft.state == .draft
            else {
                throw DashboardError.badField(
                    "item", "there is no draft of \(form.container)/\(form.item) to publish.")
            }
            try save(kind, form.container, form.item, draft.body, editor: editor, state: .published)
            watch.cache.clear()
            return Response(status: .seeOther, headers: [.location: "/board/edit#\(form.container)"])
        }
        router.get("/board/history") { request, context in
            let query = try Query(request, allowed: ["kind", "container", "item"])
            guard let kind = try query.choice("kind", ["risk", "action"]).flatMap(AssuranceEdit.Kind.init)
            else {
                throw DashboardError.badParameter("kind", "risk or action.")
            }
            guard let container = query["container"], let item = query["item"] else {
                throw DashboardError.badParameter(
                    "item", "give the register or plan (container) and the item.")
            }
            let editor = context.identity?.role.editsAssurance == true ? context.identity : nil
            let versions = try ledger.history(kind, container: container, item: item).filter {
                editor != nil || $0.state == .published
            }
            return Self.page(try await boardEditPages(context).history(kind, container, item, versions))
        }
    }

    /// The signed-in editor and the book as editors see it (every draft applied).
    func editorsBook(_ context: DashboardContext) async throws -> (User, AssuranceBook) {
        guard let user = context.identity else { throw DashboardError.refused(.signInToEdit) }
        guard user.role.editsAssurance else {
            throw DashboardError.refused(.notAllowed(user.role, "edit the Board's registers and plans"))
        }
        guard let book = catalog.book else {
            throw DashboardError.notFound("register", "any", suggestions: [], listPath: "/board")
        }
        return (user, try book.applying(ledger.edits(), drafts: true))
    }

    /// Appends a version, turning a version that does not read into a 400 naming its field.
    func save(
        _ kind: AssuranceEdit.Kind, _ container: String, _ item: String, _ body: String, editor: User,
        state: AssuranceEdit.State = .draft
    ) throws {
        guard let book = catalog.book else {
            throw DashboardError.notFound("register", "any", suggestions: [], listPath: "/board")
        }
        let id = item.trimmingCharacters(in: .whitespaces)
        guard AccessScope.isCode(id) else {
            throw DashboardError.badField("id", "1 to 16 letters, digits, '-', '_' or '.'.")
        }
        do {
            try ledger.append(
                kind, container: container, item: id, body: body, author: editor.name, state: state, to: book)
        } catch let error as PackError {
            throw DashboardError.badField(error.field.isEmpty ? "form" : error.field, error.message)
        }
    }

    /// The register or plan named `id`, which the editor's boards keep.
    static func container<Item>(
        _ items: [Item], _ id: String?, editor: User, book: AssuranceBook, key: (Item) -> String
    ) throws -> Item {
        guard let id, let item = items.first(where: { key($0) == id }) else {
            throw DashboardError.noSuch("register", "‘\(id ?? "")’ is not a register or plan of the book.")
        }
        try refuse { try AccessPolicy.checkEditor(editor, board: book.board(of: id)) }
        return item
    }

    /// Runs `check`, turning an access refusal into the page that says so.
    static func refuse(_ check: () throws -> Void) throws {
        do { try check() } catch let error as AccessError { throw DashboardError.refused(error) }
    }

    /// The editors' pages for this request.
    func boardEditPages(_ context: DashboardContext) async -> BoardEditPages {
        let csrf = context.sessions.session?.csrf ?? ""
        return BoardEditPages(
            account: AccountPages(layout: await watch.current().layout, user: context.identity, csrf: csrf))
    }
}
