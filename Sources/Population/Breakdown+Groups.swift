import PlaceModel

extension Breakdown {
    /// Every person's group on a date: labels, and each person's position among them (-1 when
    /// not in the population). Computed from area and code positions, not from text.
    public func groups(_ data: PopulationData, _ snapshot: PopulationSnapshot) -> (
        labels: [String], index: [Int32]
    ) {
        var labels = fixedLabels(data)
        var extra: [String: Int32] = [:]
        func position(_ label: String) -> Int32 {
            if let p = extra[label] { return p }
            let p = Int32(labels.count)
            labels.append(label)
            extra[label] = p
            return p
        }
        let areas = data.areas
        let lcpPosition = Dictionary(uniqueKeysWithValues: areas.lcps.enumerated().map { ($1, Int32($0)) })
        let practiceLCP = areas.practices.map { lcpPosition[$0.lcp] ?? -1 }
        let lsoaLCP = areas.lsoas.map { lcpPosition[$0.lcp] ?? -1 }
        let wardPosition = Self.positions(areas.lsoas.map(\.ward), labels)
        let pcnPosition = Self.positions(areas.practices.map(\.pcn), labels)
        var index = [Int32](repeating: -1, count: data.count)
        for i in 0..<data.count where snapshot.isPresent(i) {
            let p = Int(data.practice[i])
            var g: Int32
            switch self {
            case .city: g = 0
            case .lcp: g = p >= 0 ? practiceLCP[p] : lsoaLCP[Int(data.lsoa[i])]
            case .practice: g = p >= 0 ? Int32(p) : -1
            case .decile:
                let decile = data.decile(i)
                g = (1...10).contains(decile) ? Int32(decile - 1) : -1
            case .ethnicity: g = Int32(data.ethnic[i])
            case .sex: g = data.female[i] ? 0 : 1
            case .lifeStage: g = Int32(Self.lifeStage(age: Int(snapshot.age[i])))
            case .age: g = Int32(min(Int(snapshot.age[i]) / 5, 18))
            case .ward: g = wardPosition[Int(data.lsoa[i])]
            case .pcn: g = p >= 0 ? pcnPosition[p] : -1
            case .deprivation: g = data.decile(i) == 1 ? 0 : (2...10).contains(data.decile(i)) ? 1 : -1
            }
            if g < 0 { g = position(label(i, data, age: Int(snapshot.age[i]))) }
            index[i] = g
        }
        return (labels, index)
    }

    private func fixedLabels(_ data: PopulationData) -> [String] {
        switch self {
        case .city: return ["city"]
        case .lcp: return data.areas.lcps
        case .practice: return data.areas.practices.map(\.code)
        case .decile: return (1...10).map(String.init)
        case .ethnicity: return PopulationCodes.ethnicGroups
        case .sex: return ["F", "M"]
        case .lifeStage: return Self.lifeStages
        case .age: return Self.ageBands
        case .ward: return Array(Set(data.areas.lsoas.map(\.ward))).sorted()
        case .pcn: return Array(Set(data.areas.practices.map(\.pcn))).sorted()
        case .deprivation: return ["deprived", "rest"]
        }
    }

    /// Each of `codes` as its position in `labels` (−1 when not there).
    private static func positions(_ codes: [String], _ labels: [String]) -> [Int32] {
        let position = Dictionary(
            labels.enumerated().map { ($1, Int32($0)) }, uniquingKeysWith: { first, _ in first })
        return codes.map { position[$0] ?? -1 }
    }

    /// Person `i`'s group label.
    public func label(_ i: Int, _ data: PopulationData, age: Int) -> String {
        switch self {
        case .city: return "city"
        case .lcp: return data.lcp(i)
        case .practice:
            let p = Int(data.practice[i])
            return p >= 0 ? data.areas.practices[p].code : "none"
        case .decile: return String(data.decile(i))
        case .ethnicity: return PopulationCodes.ethnicGroups[Int(data.ethnic[i])]
        case .sex: return data.female[i] ? "F" : "M"
        case .lifeStage: return Self.lifeStages[Self.lifeStage(age: age)]
        case .age: return Self.ageBands[min(age / 5, 18)]
        case .ward: return data.areas.lsoas[Int(data.lsoa[i])].ward
        case .pcn:
            let p = Int(data.practice[i])
            return p >= 0 ? data.areas.practices[p].pcn : "none"
        case .deprivation:
            let decile = data.decile(i)
            return decile == 1 ? "deprived" : (2...10).contains(decile) ? "rest" : "unknown"
        }
    }
}
