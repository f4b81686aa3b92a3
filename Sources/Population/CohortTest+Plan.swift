extension CohortTest {
    /// The same test with the parts of every `all` and `any` in order of cost, cheapest first, so
    /// that most people are decided by a field already in memory before any of their records is
    /// read. The parts are pure, so the answer is the same; reasons are still given in the order
    /// of the rule as written.
    var plan: CohortTest {
        switch self {
        case .all(let parts): return .all(parts.map(\.plan).sorted { $0.cost < $1.cost })
        case .any(let parts): return .any(parts.map(\.plan).sorted { $0.cost < $1.cost })
        case .none(let inner, let source): return .none(inner.plan, source: source)
        case .atom: return self
        }
    }

    /// A rough cost of evaluating the test for one person (measured on the synthetic Leeds: a
    /// snapshot field is about a tenth of a scan of the person's records).
    var cost: Int {
        switch self {
        case .all(let parts), .any(let parts): return parts.map(\.cost).reduce(0, +)
        case .none(let inner, _): return inner.cost
        case .atom(let atom, _): return atom.cost
        }
    }
}

extension CohortAtom {
    /// A rough cost of the atom for one person: 1 for a field of the snapshot or the person, more
    /// for a scan of their records, most for a category that is looked up by name.
    var cost: Int {
        switch self {
        case .number(let term, _, _):
            switch term {
            case .age, .efi, .deficits, .conditions, .decile, .risk: return 1
            case .courses, .admissions, .attendances: return 4
            }
        case .riskTop: return 1
        case .prescribed: return 4
        case .register, .problem: return 6
        case .careHome, .receives: return 6
        case .category(let field, _, _):
            switch field {
            case .sex, .lcp, .practice, .pcn, .ward, .ethnic_group, .frailty, .segment: return 2
            case .smoking: return 8
            }
        }
    }
}
