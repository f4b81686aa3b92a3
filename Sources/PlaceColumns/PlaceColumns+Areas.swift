extension PlaceColumns {
    /// The place's one area hierarchy, from the areas table: LSOAs with their ward, LCP and IMD
    /// decile, practices with their PCN and LCP, and every area's name.
    public var areas: AreaIndex {
        let table = table("areas")
        guard let codes = table["area_code"], let kinds = table["kind"] else {
            return AreaIndex(lsoas: [], practices: [])
        }
        let parents = table["parent_code"]
        let names = table["name"]
        let deciles = table["imd_decile"]
        var parent: [String: String] = [:]
        var named: [String: String] = [:]
        var lsoaRows: [(code: String, decile: Int)] = []
        var practiceCodes: [String] = []
        for row in 0..<table.count {
            guard let code = codes.text(row), let kind = kinds.text(row) else { continue }
            if let name = names?.text(row) { named[code] = name }
            if let up = parents?.text(row) { parent[code] = up }
            if kind == "lsoa" {
                lsoaRows.append((code, deciles?.int(row).map(Int.init) ?? 0))
            } else if kind == "practice" {
                practiceCodes.append(code)
            }
        }
        let lsoas = lsoaRows.sorted { $0.code < $1.code }.map { code, decile in
            let ward = parent[code] ?? ""
            return AreaIndex.LSOA(code: code, decile: decile, ward: ward, lcp: parent[ward] ?? "")
        }
        let practices = practiceCodes.sorted().map { code in
            let pcn = parent[code] ?? ""
            return AreaIndex.Practice(code: code, pcn: pcn, lcp: parent[pcn] ?? "")
        }
        return AreaIndex(lsoas: lsoas, practices: practices, names: named)
    }
}
