import Population

/// A case-finding list as CSV (person-level; SYNTHETIC labelled in its first line).
enum CaseFindingCSV {
    /// The CSV text of `list`.
    static func text(_ list: CaseFindingList) -> String {
        var lines = [
            "# case-finding list for \(list.scope) on \(list.date): \(list.rule)"
                + (list.synthetic ? " (SYNTHETIC data)" : "") + " - PERSON-LEVEL, audited",
            "person_id,age,sex,practice,segment,frailty,risk,why",
        ]
        for e in list.entries {
            let fields = [
                String(e.personID), String(e.age), e.sex, e.practice, e.segment, e.frailty ?? "",
                e.risk.map { String(format: "%.4f", $0) } ?? "", e.reasons.joined(separator: "; "),
            ]
            lines.append(fields.map(JSONAPI.csvField).joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }
}
