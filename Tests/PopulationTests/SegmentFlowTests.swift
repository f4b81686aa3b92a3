import PlaceModel
import Population
import TestSupport
import Testing

/// Segment flows on the hand-built place: who moved between segments in a year, for everyone and
/// split by the IMD decile of home.
@Suite struct SegmentFlowTests {
    static let children = Segment.allCases.firstIndex(of: .childrenAndYoungPeople)!
    static let healthy = Segment.allCases.firstIndex(of: .healthyAdults)!

    /// Flows from 2022-01-01 to 2023-01-01: in decile 1 (L1) 10 children stay children and 3 turn
    /// 18 (healthy adults); in decile 10 (L10) 7 children with asthma turn 18 (long-term
    /// conditions), 20 healthy adults stay, 8 get diabetes, 9 with diabetes stay.
    static func flows(deciles: ClosedRange<Int>? = nil) -> SegmentFlows {
        var b = PopulationBuilder(areas: HandBuilt.areas)
        var id: Int64 = 0
        HandBuilt.people(&b, 10, age: 9, id: &id)
        HandBuilt.people(&b, 3, age: 18, id: &id)
        for i in HandBuilt.people(&b, 7, age: 18, id: &id, lsoa: "L10", practice: "P3") {
            b.addCondition(i, "ASTHMA", on: HandBuilt.ago(years: 5))
        }
        HandBuilt.people(&b, 20, age: 40, id: &id, lsoa: "L10", practice: "P3")
        for i in HandBuilt.people(&b, 8, age: 40, id: &id, lsoa: "L10", practice: "P3") {
            b.addCondition(i, "DIABETES", on: HandBuilt.ago(years: 0.5))
        }
        for i in HandBuilt.people(&b, 9, age: 50, id: &id, lsoa: "L10", practice: "P3") {
            b.addCondition(i, "DIABETES", on: HandBuilt.ago(years: 5))
        }
        let data = b.build()
        let first = PopulationSnapshot(data: data, date: CivilDate(year: 2022, month: 1, day: 1)!)
        let second = PopulationSnapshot(data: data, date: HandBuilt.date)
        return SegmentFlows(data: data, first: first, second: second, deciles: deciles)
    }

    @Test func flowsByDeprivationSplitThePlace() {
        let all = Self.flows()
        let deprived = Self.flows(deciles: 1...1)
        let rest = Self.flows(deciles: 2...10)
        #expect(deprived.deciles == 1...1 && all.deciles == nil)
        let (c, h) = (Self.children, Self.healthy)
        #expect(deprived.counts[c][c] == 10 && deprived.counts[c][h] == 3)
        #expect(deprived.counts.joined().reduce(0, +) == 13)
        #expect(rest.counts[c][c] == 0 && rest.counts[h][h] == 20)
        for r in all.counts.indices {
            #expect(all.counts[r] == zip(deprived.counts[r], rest.counts[r]).map { $0 + $1 })
        }
        #expect(Self.flows(deciles: 5...5).counts.joined().allSatisfy { $0 == 0 })
    }
}
