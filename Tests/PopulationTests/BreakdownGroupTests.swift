import PlaceModel
import Population
import TestSupport
import Testing

/// Every breakdown of the one vocabulary groups the people present on a date: each in exactly one
/// group, with the labels the vocabulary gives.
@Suite struct BreakdownGroupTests {
    @Test(arguments: Breakdown.allCases)
    func everyoneIsInOneGroup(breakdown: Breakdown) {
        var b = PopulationBuilder(areas: HandBuilt.areas)
        var id: Int64 = 0
        HandBuilt.people(&b, 3, age: 9, id: &id)
        HandBuilt.people(&b, 4, age: 70, id: &id, lsoa: "L5", practice: "P2")
        HandBuilt.people(&b, 5, age: 40, id: &id, lsoa: "L10", practice: nil)
        let data = b.build()
        let snapshot = PopulationSnapshot(data: data, date: HandBuilt.date)
        let (labels, index) = breakdown.groups(data, snapshot)
        #expect(index.allSatisfy { (0..<Int32(labels.count)).contains($0) })
        let sizes = Dictionary(grouping: index.map { labels[Int($0)] }, by: { $0 }).mapValues(\.count)
        let expected: [String: Int]
        switch breakdown {
        case .city: expected = ["city": 12]
        case .ward: expected = ["W1": 7, "W2": 5]
        case .lcp: expected = ["LCP1": 7, "LCP2": 5]
        case .pcn: expected = ["N1": 7, "none": 5]
        case .practice: expected = ["P1": 3, "P2": 4, "none": 5]
        case .decile: expected = ["1": 3, "5": 4, "10": 5]
        case .deprivation: expected = ["deprived": 3, "rest": 9]
        case .sex: expected = ["M": 12]
        case .age: expected = ["5-9": 3, "70-74": 4, "40-44": 5]
        case .lifeStage: expected = ["0-17": 3, "65-74": 4, "18-64": 5]
        case .ethnicity: expected = ["white": 12]
        }
        #expect(sizes == expected)
    }
}
