/// How results are grouped: the city, areas of a kind, deprivation, or person characteristics.
struct Breakdown {
    let name: String
    let group:
        (_ parts: (base: Int, lsoa: Int, practice: Int, female: Bool, ethnic: Int, band: Int)) -> String?

    /// Every breakdown the engine knows.
    static let names = [
        "city", "ward", "lcp", "pcn", "practice", "decile", "deprivation", "sex", "age", "ethnicity",
    ]

    /// The breakdowns to compute for an indicator that allows `allowed` (the city always; deprived
    /// Leeds and the rest whenever deciles are allowed).
    static func selected(_ allowed: [String], persons: PersonIndex) -> [Breakdown] {
        var names = ["city"] + allowed.filter { Self.names.contains($0) && $0 != "city" }
        if names.contains("decile"), !names.contains("deprivation") { names.append("deprivation") }
        return names.map { make($0, persons) }
    }

    static func make(_ name: String, _ p: PersonIndex) -> Breakdown {
        switch name {
        case "ward": return Breakdown(name: name) { p.lsoaWard[$0.lsoa] }
        case "lcp": return Breakdown(name: name) { p.lsoaLCP[$0.lsoa] }
        case "pcn": return Breakdown(name: name) { $0.practice >= 0 ? p.practicePCN[$0.practice] : nil }
        case "practice":
            return Breakdown(name: name) { $0.practice >= 0 ? p.practiceCodes[$0.practice] : nil }
        case "decile": return Breakdown(name: name) { String(p.lsoaDecile[$0.lsoa]) }
        case "deprivation": return Breakdown(name: name) { p.lsoaDecile[$0.lsoa] == 1 ? "deprived" : "rest" }
        case "sex": return Breakdown(name: name) { $0.female ? "F" : "M" }
        case "age":
            return Breakdown(name: name) { $0.band == 18 ? "90+" : "\($0.band * 5)-\($0.band * 5 + 4)" }
        case "ethnicity": return Breakdown(name: name) { PersonIndex.ethnicGroups[$0.ethnic] }
        default: return Breakdown(name: "city") { _ in p.cityCode }
        }
    }
}
