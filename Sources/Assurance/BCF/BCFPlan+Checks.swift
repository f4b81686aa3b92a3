extension BCFPlan {
    /// Every check of the national rules and every reviewer's query, in the template's sheet order
    /// (docs/assurance.md lists them with their sources).
    public func checks() -> [BCFCheck] {
        let all =
            completenessChecks() + fundingChecks() + minimumChecks() + changeChecks() + metricChecks()
            + requirementChecks() + warningChecks()
        return all.enumerated().sorted { ($0.element.sheet, $0.offset) < ($1.element.sheet, $1.offset) }.map(
            \.element)
    }

    /// Every required field completed, sheet by sheet.
    func completenessChecks() -> [BCFCheck] {
        BCFSheet.allCases.map { sheet in
            let missing = blanks.filter { $0.sheet == sheet }
            let listed = missing.prefix(5).map { b in b.line.map { "\(b.field) (line \($0))" } ?? b.field }
            let more = missing.count > 5 ? ", and \(missing.count - 5) more" : ""
            return BCFCheck(
                id: "complete.\(sheet.key)", sheet: sheet, title: "Every required field completed",
                outcome: missing.isEmpty ? .pass : .fail,
                figures: missing.isEmpty
                    ? "all completed" : "\(missing.count) blank: " + listed.joined(separator: ", ") + more)
        }
    }

    /// For each funding source, expenditure equal to income.
    func fundingChecks() -> [BCFCheck] {
        let sources = BCFFundingSource.allCases.filter { source in
            income.contains { $0.source == source } || schemes.contains { $0.funding == source }
        }
        let rows = sources.map { source -> BCFCheck in
            let received = income.filter { $0.source == source }.compactMap(\.amount).sum()
            let spent = schemes.filter { $0.funding == source }.compactMap(\.expenditure).sum()
            return balance(
                id: "funding.\(source.key)", title: "\(source.rawValue): expenditure equals income", received,
                spent)
        }
        let total = balance(
            id: "funding.total", title: "The whole pool: expenditure equals income", pool,
            schemes.compactMap(\.expenditure).sum())
        return rows + [total]
    }

    private func balance(id: String, title: String, _ received: Money, _ spent: Money) -> BCFCheck {
        BCFCheck(
            id: id, sheet: .expenditure, title: title, outcome: received == spent ? .pass : .fail,
            figures: "income \(received); expenditure \(spent); difference \(received - spent)")
    }

    /// The two minimums from the CCG's minimum contribution.
    func minimumChecks() -> [BCFCheck] {
        [
            minimum(
                id: "minimum.nhs-out-of-hospital",
                title: "NHS commissioned out-of-hospital spend from the CCG minimum at or above its minimum",
                minimumOutOfHospital, outOfHospitalSpend),
            minimum(
                id: "minimum.adult-social-care",
                title: "Adult social care spend from the CCG minimum at or above its minimum",
                minimumSocialCare, socialCareSpend),
        ]
    }

    private func minimum(id: String, title: String, _ required: Money, _ planned: Money) -> BCFCheck {
        let short = required - planned
        return BCFCheck(
            id: id, sheet: .expenditure, title: title, outcome: planned >= required ? .pass : .fail,
            figures: "minimum \(required); planned \(planned)"
                + (short > .zero ? "; shortfall \(short)" : "; above the minimum by \(planned - required)"))
    }

    /// Spend from the CCG minimum on schemes whose area of spend is social care.
    public var socialCareSpend: Money {
        schemes.filter { $0.funding == .minimumCCG && $0.areaOfSpend == "Social Care" }.compactMap(
            \.expenditure
        ).sum()
    }

    /// Spend from the CCG minimum that the CCG commissions outside social care and acute care.
    public var outOfHospitalSpend: Money {
        schemes.filter {
            $0.funding == .minimumCCG && !["Social Care", "Acute"].contains($0.areaOfSpend ?? "")
        }
        .map(\.commissionedByCCG).sum()
    }
}

extension BCFSheet {
    /// The sheet's short key in check ids.
    var key: String {
        switch self {
        case .cover: "cover"
        case .narrative: "narrative"
        case .income: "income"
        case .expenditure: "expenditure"
        case .hicm: "hicm"
        case .metrics: "metrics"
        case .requirements: "requirements"
        }
    }
}

extension BCFFundingSource {
    /// The source's short key in check ids.
    var key: String {
        switch self {
        case .dfg: "dfg"
        case .minimumCCG: "minimum-ccg"
        case .iBCF: "ibcf"
        case .winterPressures: "winter-pressures"
        case .additionalLA: "additional-la"
        case .additionalCCG: "additional-ccg"
        }
    }
}
