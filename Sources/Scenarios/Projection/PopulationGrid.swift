/// A sex, for the projection's population (persons recorded with another sex or none are counted
/// with females; see docs/scenarios.md).
public enum Sex: Int, CaseIterable, Sendable, Codable {
    /// Female.
    case female = 0
    /// Male.
    case male = 1

    /// The data model's code (`F`, `M`).
    public var code: String { self == .female ? "F" : "M" }
}

/// Persons by area, sex and single year of age, the last age open-ended (that age and over):
/// the population a projection starts from and each year it projects.
public struct PopulationGrid: Sendable, Equatable {
    /// The areas (for the city, one area).
    public let areas: [String]
    /// The last age, which counts everyone of that age and over.
    public let oldest: Int
    /// The values, area by area, then sex, then age.
    public private(set) var values: [Double]

    /// A grid of zeros.
    public init(areas: [String], oldest: Int) {
        self.areas = areas
        self.oldest = oldest
        values = Array(repeating: 0, count: areas.count * 2 * (oldest + 1))
    }

    private func index(_ area: Int, _ sex: Sex, _ age: Int) -> Int {
        (area * 2 + sex.rawValue) * (oldest + 1) + min(age, oldest)
    }

    /// Persons of `area` (its index), `sex` and `age` (ages past ``oldest`` are the oldest group).
    public subscript(area: Int, sex: Sex, age: Int) -> Double {
        get { values[index(area, sex, age)] }
        set { values[index(area, sex, age)] = newValue }
    }

    /// Persons of `area` (every area when nil), `sex` (both when nil) and ages in `ages` (every
    /// age when nil).
    public func total(area: Int? = nil, sex: Sex? = nil, ages: ClosedRange<Int>? = nil) -> Double {
        var sum = 0.0
        for a in area.map({ [$0] }) ?? Array(areas.indices) {
            for s in sex.map({ [$0] }) ?? Sex.allCases {
                for age in (ages ?? 0...oldest).clamped(to: 0...oldest) { sum += self[a, s, age] }
            }
        }
        return sum
    }
}
