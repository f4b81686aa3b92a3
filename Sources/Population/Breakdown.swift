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
    /// not in the population).
    public func groups(_ data: PopulationData, _ snapshot: PopulationSnapshot) -> (
        labels: [String], index: [Int32]
    ) {
        var labels: [String] = []
        var position: [String: Int32] = [:]
        let fixed = fixedLabels(data)
        for label in fixed {
            position[label] = Int32(labels.count)
            labels.append(label)
        }
        var index = [Int32](repeating: -1, count: data.count)
        for i in 0..<data.count where snapshot.isPresent(i) {
            let label = self.label(i, data, age: Int(snapshot.age[i]))
            if let p = position[label] {
                index[i] = p
            } else {
                position[label] = Int32(labels.count)
                index[i] = Int32(labels.count)
                labels.append(label)
            }
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
