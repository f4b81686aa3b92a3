extension BCFPlan {
    /// The share of the pool above which schemes of type Other draw a reviewer's query.
    public static let otherShareLimit = 0.2

    /// What a reviewer would query: much of the pool in Other schemes, a type a requirement says is
    /// funded with no money from the CCG minimum, a metric no scheme claims an impact on.
    func warningChecks() -> [BCFCheck] {
        var checks: [BCFCheck] = []
        let other = schemes.filter { $0.type == .other }.compactMap(\.expenditure).sum()
        let share = pool.pence > 0 ? Double(other.pence) / Double(pool.pence) : 0
        checks.append(
            BCFCheck(
                id: "query.other-share", sheet: .expenditure,
                title:
                    "Share of the pool in schemes of type Other at most \(Self.format(Self.otherShareLimit * 100))%",
                outcome: share > Self.otherShareLimit ? .warning : .pass,
                figures: "\(other) of \(pool) (\(Self.format(share * 100, places: 1))%)"))
        // PR7's key lines of enquiry: the CCG contribution funds Care Act duties, carer-specific
        // support and reablement.
        if requirements.first(where: { $0.code == "PR7" })?.met == true {
            for (key, what, matches) in Self.fundedByRequirement {
                let spend = schemes.filter { $0.funding == .minimumCCG && matches($0) }.compactMap(
                    \.expenditure
                ).sum()
                checks.append(
                    BCFCheck(
                        id: "query.funded.\(key)", sheet: .expenditure,
                        title: "\(what) funded from the CCG minimum, as PR7 says",
                        outcome: spend > .zero ? .pass : .warning,
                        figures: spend > .zero
                            ? "\(spend)" : "PR7 is answered Yes, but no scheme funds it from the CCG minimum")
                )
            }
        }
        for metric in BCFMetric.allCases {
            let claiming = schemes.filter { $0.claims(metric) }
            checks.append(
                BCFCheck(
                    id: "query.impact.\(metric.key)", sheet: .expenditure,
                    title: "\(metric.name): some scheme claims an impact",
                    outcome: claiming.isEmpty ? .warning : .pass,
                    figures: claiming.isEmpty
                        ? "no scheme claims an impact"
                        : "\(claiming.count) schemes, \(claiming.compactMap(\.expenditure).sum())"))
        }
        return checks
    }

    /// The kinds of spend PR7 names, and how a scheme is recognised as one.
    static let fundedByRequirement: [(String, String, @Sendable (BCFScheme) -> Bool)] = [
        ("care-act", "Care Act implementation duties", { $0.type == .careAct }),
        ("carers", "Carer-specific support", { $0.type == .carers }),
        (
            "reablement", "Reablement",
            { scheme in
                [scheme.name, scheme.subType].contains { $0?.lowercased().contains("reablement") == true }
            }
        ),
    ]
}
