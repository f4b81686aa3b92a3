import PlaceModel

/// Every group of every breakdown, numbered densely, and the groups each person belongs to: counts
/// are added straight into these groups, so no grouping by key happens afterwards.
package struct GroupLayout {
    /// One group: a breakdown and its code (an area code, decile, sex, ethnic group or age band).
    struct Group {
        let breakdown: String
        let code: String
    }

    /// Every breakdown the engine knows.
    static let names = Breakdown.indicators.map(\.rawValue)
    /// The breakdowns a person belongs to one group of, whatever their age (all but `age`). The
    /// last is within each LCP (codes `LCP|deprived`, `LCP|rest`), for the LCP's own gap; it is not
    /// published as results.
    static let fixed = [
        "city", "ward", "lcp", "pcn", "practice", "decile", "deprivation", "sex", "ethnicity",
        "lcp-deprivation",
    ]
    /// The within-LCP breakdowns.
    static let withinLCP = ["lcp-deprivation"]

    private(set) var groups: [Group] = []
    /// The groups of each breakdown, in code order.
    private(set) var members: [String: [Int]] = [:]
    /// Each person's group in each fixed breakdown (`stride` per person), −1 for none.
    private(set) var personGroups: [Int32] = []
    /// The first age group (band 0); band b is `ageStart + b`.
    private(set) var ageStart = 0
    /// Each person's atoms, three a person: their LSOA, their practice (−1 for none), and their sex
    /// and ethnic group (`sex × ethnic groups + ethnic group`). Every fixed group follows from one
    /// of them (``AtomCounts``).
    private(set) var personAtoms: [Int32] = []
    /// The groups of each LSOA: city, ward, LCP, decile, deprivation, LCP × deprivation.
    private(set) var lsoaGroups: [[Int]] = []
    /// The groups of each practice: PCN, practice.
    private(set) var practiceGroups: [[Int]] = []
    /// The groups of each sex and ethnic group: sex, ethnic group.
    private(set) var sexEthnicGroups: [[Int]] = []

    /// Groups per person in ``personGroups``.
    var stride: Int { Self.fixed.count }

    init(_ p: PersonIndex) {
        var index: [String: [String: Int]] = [:]
        func group(_ breakdown: String, _ code: String) -> Int {
            if let g = index[breakdown]?[code] { return g }
            groups.append(Group(breakdown: breakdown, code: code))
            index[breakdown, default: [:]][code] = groups.count - 1
            return groups.count - 1
        }
        let city = group("city", p.cityCode)
        let ward = p.lsoaWard.map { group("ward", $0) }
        let lcp = p.lsoaLCP.map { group("lcp", $0) }
        let decile = p.lsoaDecile.map { group("decile", String($0)) }
        let deprivation = p.lsoaDecile.map { group("deprivation", $0 == 1 ? "deprived" : "rest") }
        let practice = p.practiceCodes.map { group("practice", $0) }
        let pcn = p.practicePCN.map { group("pcn", $0) }
        let sex = [group("sex", "M"), group("sex", "F")]
        let ethnic = PersonIndex.ethnicGroups.map { group("ethnicity", $0) }
        let lcpDeprivation = p.lsoaLCP.indices.map {
            group("lcp-deprivation", "\(p.lsoaLCP[$0])|\(p.lsoaDecile[$0] == 1 ? "deprived" : "rest")")
        }
        ageStart = groups.count
        for band in Breakdown.ageBands { _ = group("age", band) }
        var flat = [Int32](repeating: -1, count: p.birth.count * Self.fixed.count)
        flat.withUnsafeMutableBufferPointer { out in
            for i in 0..<p.birth.count {
                let l = Int(p.lsoa[i])
                let k = Int(p.practice[i])
                let at = i * Self.fixed.count
                out[at] = Int32(city)
                out[at + 1] = Int32(ward[l])
                out[at + 2] = Int32(lcp[l])
                if k >= 0 {
                    out[at + 3] = Int32(pcn[k])
                    out[at + 4] = Int32(practice[k])
                }
                out[at + 5] = Int32(decile[l])
                out[at + 6] = Int32(deprivation[l])
                out[at + 7] = Int32(sex[p.female[i] ? 1 : 0])
                out[at + 8] = Int32(ethnic[Int(p.ethnic[i])])
                out[at + 9] = Int32(lcpDeprivation[l])
            }
        }
        personGroups = flat
        let ethnicCount = PersonIndex.ethnicGroups.count
        lsoaGroups = p.lsoaLCP.indices.map {
            [city, ward[$0], lcp[$0], decile[$0], deprivation[$0], lcpDeprivation[$0]]
        }
        practiceGroups = p.practiceCodes.indices.map { [pcn[$0], practice[$0]] }
        sexEthnicGroups = (0..<2 * ethnicCount).map { [sex[$0 / ethnicCount], ethnic[$0 % ethnicCount]] }
        var atoms = [Int32](repeating: -1, count: p.birth.count * 3)
        for i in 0..<p.birth.count {
            atoms[3 * i] = Int32(p.lsoa[i])
            atoms[3 * i + 1] = Int32(p.practice[i])
            atoms[3 * i + 2] = Int32((p.female[i] ? ethnicCount : 0) + Int(p.ethnic[i]))
        }
        personAtoms = atoms
        for (breakdown, codes) in index {
            members[breakdown] = codes.sorted { Self.order($0.key, $1.key) }.map(\.value)
        }
    }

    /// Code order: numbers (deciles, age bands) numerically, everything else as text.
    package static func order(_ a: String, _ b: String) -> Bool {
        let x = Int(a.prefix { $0.isNumber })
        let y = Int(b.prefix { $0.isNumber })
        if let x, let y, x != y { return x < y }
        return a < b
    }

    /// The breakdowns to compute for an indicator that allows `allowed` (the city always; deprived
    /// Leeds and the rest whenever deciles are allowed).
    static func selected(_ allowed: [Breakdown]) -> [String] {
        var names = ["city"] + allowed.map(\.rawValue).filter { Self.names.contains($0) && $0 != "city" }
        if names.contains("decile"), !names.contains("deprivation") { names.append("deprivation") }
        return names
    }
}
