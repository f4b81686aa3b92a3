import PlacePack

extension AssuranceBook {
    /// The book with `edits` applied in order: each risk or action replaced by (or, if new, added
    /// as) its latest version; with `drafts`, drafts count too (what editors see), otherwise only
    /// published versions (what everyone sees).
    ///
    /// - Throws: ``PackError`` naming the edit and field when a version does not read as its kind,
    ///   names another item, or belongs to no register or plan of the book.
    public func applying(_ edits: [AssuranceEdit], drafts: Bool) throws -> AssuranceBook {
        var registers = self.registers
        var plans = self.plans
        for edit in edits.sorted(by: { $0.sequence < $1.sequence }) where drafts || edit.state == .published {
            let node = try PackNode.parse(text: edit.body, file: edit.origin)
            let id = try node.required("id")
            guard try id.string() == edit.item else {
                throw id.fail(.inconsistent, "the version's id is not \(edit.item)")
            }
            switch edit.kind {
            case .risk:
                guard let r = registers.firstIndex(where: { $0.id == edit.container }) else {
                    throw node.fail(.unknownReference, "no register '\(edit.container)'")
                }
                let current = Links(
                    indicators: links.indicators,
                    actions: Set(plans.flatMap { plan in plan.actions.map { "\(plan.id)/\($0.id)" } }),
                    schemes: links.schemes)
                let risk = try Self.risk(node, links: current)
                registers[r] = registers[r].replacing(risk)
            case .action:
                guard let p = plans.firstIndex(where: { $0.id == edit.container }) else {
                    throw node.fail(.unknownReference, "no action plan '\(edit.container)'")
                }
                plans[p] = plans[p].replacing(try Self.action(node))
            }
        }
        return AssuranceBook(
            matrices: matrices, registers: registers, plans: plans, bcfPlan: bcfPlan, links: links,
            bcfPlanFile: bcfPlanFile)
    }

    /// The board that owns a register or plan (`board:` in the file), if any.
    public func board(of container: String) -> String? {
        registers.first { $0.id == container }?.board ?? plans.first { $0.id == container }?.board
    }
}

extension RiskRegister {
    /// The register with `risk` in place of the risk of the same id, or added at the end.
    func replacing(_ risk: Risk) -> RiskRegister {
        var risks = self.risks
        if let i = risks.firstIndex(where: { $0.id == risk.id }) {
            risks[i] = risk
        } else {
            risks.append(risk)
        }
        return RiskRegister(
            id: id, name: name, source: source, board: board, matrix: matrix, appetite: appetite, risks: risks
        )
    }
}

extension ActionPlan {
    /// The plan with `action` in place of the action of the same id, or added at the end.
    func replacing(_ action: Action) -> ActionPlan {
        var actions = self.actions
        if let i = actions.firstIndex(where: { $0.id == action.id }) {
            actions[i] = action
        } else {
            actions.append(action)
        }
        return ActionPlan(
            id: id, name: name, source: source, board: board, staleAfterDays: staleAfterDays, actions: actions
        )
    }
}
