/// How aggregate population figures are grouped.
public enum Breakdown: String, CaseIterable, Sendable, Codable {
    /// The whole place.
    case city
    /// Local Care Partnership (of the registered practice; of the home when not registered).
    case lcp
    /// Registered GP practice.
    case practice
    /// IMD decile of the home LSOA (1 = most deprived 10% nationally).
    case decile
    /// Ethnic group.
    case ethnicity
    /// Sex.
    case sex
    /// Age band (0-17, 18-64, 65-74, 75-84, 85+).
    case age

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
            case .age:
                let age = Int(snapshot.age[i])
                g = age < 18 ? 0 : age < 65 ? 1 : age < 75 ? 2 : age < 85 ? 3 : 4
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
        case .age: return Self.ageBands
        }
    }

    /// The age bands of ``age``.
    public static let ageBands = ["0-17", "18-64", "65-74", "75-84", "85+"]

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
        case .age: return Self.ageBands[age < 18 ? 0 : age < 65 ? 1 : age < 75 ? 2 : age < 85 ? 3 : 4]
        }
    }
}
