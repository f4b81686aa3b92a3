import PlaceModel
import Population
import Testing

/// Primary and secondary suppression of the population aggregates, on hand-built people whose
/// withheld cells are worked out by hand (threshold 5: counts 1 to 4 are small).
@Suite struct WithheldTests {
    static let children = Segment.allCases.firstIndex(of: .childrenAndYoungPeople)!
    static let healthy = Segment.allCases.firstIndex(of: .healthyAdults)!
    static let ltc = Segment.allCases.firstIndex(of: .longTermConditions)!

    /// Adds `count` people aged `age` (ids from `id`), returning their positions.
    @discardableResult
    static func people(
        _ b: inout PopulationBuilder, _ count: Int, age: Int, id: inout Int64, lsoa: String = "L1",
        practice: String? = "P1"
    ) -> [Int] {
        (0..<count).map { _ in
            id += 1
            return HandBuilt.person(&b, id: id, age: age, lsoa: lsoa, practice: practice)
        }
    }

    /// LCP1 (P1): 2 children, 20 healthy adults; LCP2 (P3): 10 children, 30 healthy adults.
    static func twoLCPs() -> (PopulationData, PopulationSnapshot) {
        var b = PopulationBuilder(areas: HandBuilt.areas)
        var id: Int64 = 0
        Self.people(&b, 2, age: 9, id: &id)
        Self.people(&b, 20, age: 40, id: &id)
        Self.people(&b, 10, age: 9, id: &id, lsoa: "L10", practice: "P3")
        Self.people(&b, 30, age: 40, id: &id, lsoa: "L10", practice: "P3")
        let data = b.build()
        return (data, PopulationSnapshot(data: data, date: HandBuilt.date))
    }

    @Test func segmentCountsWithholdTheSmallCellAndEnoughOthers() {
        let (data, snapshot) = Self.twoLCPs()
        let counts = SegmentCounts(data: data, snapshot: snapshot, by: .lcp)
        #expect(counts.rows.map(\.group) == ["LCP1", "LCP2"])
        #expect(counts.rows[0].counts[Self.children] == 2)
        let withheld = counts.withheld(threshold: 5)
        // LCP1: the 2 (primary), then the 20 in its row; the children's column then withholds
        // LCP2's 10, and LCP2's row its 30. Zeros and the row totals (22, 40) stay published.
        for r in 0..<2 {
            for c in Segment.allCases.indices {
                #expect(withheld.isWithheld(r, c) == [Self.children, Self.healthy].contains(c))
            }
        }
        #expect(withheld.rowTotals == [false, false])
        #expect(!withheld.total)
        #expect(counts.withheld(threshold: 1).count == 0)
        #expect(counts.withheld(threshold: 3).count == 4)
        #expect(counts.withheld(threshold: 2).count == 0)
    }

    @Test func outcomesWithholdPersonsAsSegmentCountsDo() {
        let (data, snapshot) = Self.twoLCPs()
        let counts = SegmentCounts(data: data, snapshot: snapshot, by: .lcp).withheld(threshold: 5)
        let outcomes = SegmentOutcomes(data: data, snapshot: snapshot, by: .lcp)
        let withheld = outcomes.withheld(threshold: 5)
        #expect(outcomes.rows.count == 4)
        for (r, row) in outcomes.rows.enumerated() {
            let g = row.group == "LCP1" ? 0 : 1
            let c = Segment.allCases.firstIndex { $0.id == row.segment }!
            #expect(withheld.isWithheld(r, 0) == counts.isWithheld(g, c))
        }
    }

    @Test func outcomesWithholdSmallActivityAndItsComplements() {
        // Deaths in the 12 months: LCP1 children 0, LCP1 healthy 2, LCP2 children 7, LCP2 healthy 6.
        var b = PopulationBuilder(areas: HandBuilt.areas)
        var id: Int64 = 0
        Self.people(&b, 10, age: 9, id: &id)
        let lcp1Healthy = Self.people(&b, 20, age: 40, id: &id)
        let lcp2Children = Self.people(&b, 12, age: 9, id: &id, lsoa: "L10", practice: "P3")
        let lcp2Healthy = Self.people(&b, 30, age: 40, id: &id, lsoa: "L10", practice: "P3")
        let later = HandBuilt.date.adding(days: 100)
        for i in lcp1Healthy.prefix(2) + lcp2Children.prefix(7) + lcp2Healthy.prefix(6) {
            b.setDeath(i, on: later)
        }
        let data = b.build()
        let outcomes = SegmentOutcomes(
            data: data, snapshot: PopulationSnapshot(data: data, date: HandBuilt.date), by: .lcp)
        #expect(outcomes.rows.map(\.deaths) == [0, 2, 7, 6])
        let withheld = outcomes.withheld(threshold: 5)
        let deaths = SegmentOutcomes.measures.firstIndex(of: "deaths")!
        // The 2 (primary; LCP1's deaths, 2, are small too): the healthy adults' column withholds
        // LCP2's 6; LCP2's deaths in all (13) then go with LCP1's, so the 7 stays. Persons (10,
        // 20, 12, 30) and the other measures (all 0) stay published.
        #expect(outcomes.rows.indices.map { withheld.isWithheld($0, deaths) } == [false, true, false, true])
        #expect(withheld.count == 2)
    }

    @Test func cohortCountsIncludeTheUnregisteredSoTheTotalIsExact() throws {
        // age >= 65: P1 3 of 13, P2 8 of 18, P3 20 of 40, unregistered 6 of 7.
        var b = PopulationBuilder(areas: HandBuilt.areas)
        var id: Int64 = 0
        for (practice, old, young) in [("P1", 3, 10), ("P2", 8, 10), ("P3", 20, 20), (nil, 6, 1)] {
            Self.people(&b, old, age: 70, id: &id, practice: practice)
            Self.people(&b, young, age: 40, id: &id, practice: practice)
        }
        let data = b.build()
        let snapshot = PopulationSnapshot(data: data, date: HandBuilt.date)
        let counts = CohortCounts(
            try CohortEvaluator(rule: CohortRule("age >= 65"), data: data, snapshot: snapshot), by: .practice)
        #expect(counts.rows.map(\.group) == ["P1", "P2", "P3", "none"])
        #expect(counts.rows.map(\.persons) == [3, 8, 20, 6])
        #expect(counts.total == 37)
        let withheld = counts.withheld(threshold: 5)
        // P1's 3 (primary); the total 37 is published, so the smallest other count, the 6 of the
        // unregistered, is withheld too. No population is small.
        #expect(withheld.cells == [[true, false], [false, false], [false, false], [true, false]])
        #expect(!withheld.total)
        // Counted by city, 37 of 78 is the only row and the total: nothing to withhold.
        let city = CohortCounts(
            try CohortEvaluator(rule: CohortRule("age >= 65"), data: data, snapshot: snapshot), by: .city)
        #expect(city.withheld(threshold: 5).count == 0)
        // A small total is withheld, and so are its parts.
        let few = CohortCounts(
            try CohortEvaluator(
                rule: CohortRule("age >= 65 and practice = P1"), data: data, snapshot: snapshot),
            by: .practice)
        let fewWithheld = few.withheld(threshold: 5)
        #expect(fewWithheld.total)
        #expect(fewWithheld.cells.map(\.[0]) == [true, false, false, false])
    }

    @Test func frailtyWithholdsByDecileAndSmallDeficits() {
        // Deciles 1 / 5 / 10 (LSOAs L1, L5, L10): fit 6 / 9 / 12, severe (14 deficits) 2 / 7 / 15,
        // and one more fit person in decile 10 with a deficit nobody else has.
        var b = PopulationBuilder(areas: HandBuilt.areas)
        var id: Int64 = 0
        for (lsoa, fit, severe) in [("L1", 6, 2), ("L5", 9, 7), ("L10", 11, 15)] {
            Self.people(&b, fit, age: 70, id: &id, lsoa: lsoa)
            for i in Self.people(&b, severe, age: 80, id: &id, lsoa: lsoa) {
                HandBuilt.problems(&b, i, count: 14)
            }
        }
        let odd = Self.people(&b, 1, age: 70, id: &id, lsoa: "L10")[0]
        b.addProblem(odd, PopulationCodes.problems.last!, on: HandBuilt.ago(years: 1))
        let data = b.build()
        let summary = FrailtySummary(
            data: data, snapshot: PopulationSnapshot(data: data, date: HandBuilt.date), by: .decile)
        #expect(summary.rows.map(\.group) == ["1", "5", "10"])
        #expect(summary.rows.map(\.counts) == [[6, 0, 0, 2], [9, 0, 0, 7], [12, 0, 0, 15]])
        let withheld = summary.withheld(threshold: 5)
        // Decile 1's 2 (primary), then its 6; the fit column withholds decile 5's 9, the severe
        // column its 7. Decile 10 and every row total stay published.
        #expect(
            withheld.cells == [
                [true, false, false, true], [true, false, false, true], [false, false, false, false],
            ])
        #expect(withheld.rowTotals == [false, false, false])
        let deficits = summary.withheldDeficits(threshold: 5)
        #expect(zip(summary.deficits, deficits).filter(\.1).map(\.0.persons) == [1])
        #expect(summary.withheldDeficits(threshold: 1).allSatisfy { !$0 })
    }

    /// Flows from 2022-01-01 to 2023-01-01: in decile 1 (L1) 10 children stay children and 3 turn
    /// 18 (healthy adults); in decile 10 (L10) 7 children with asthma turn 18 (long-term
    /// conditions), 20 healthy adults stay, 8 get diabetes, 9 with diabetes stay.
    static func flows(deciles: ClosedRange<Int>? = nil) -> SegmentFlows {
        var b = PopulationBuilder(areas: HandBuilt.areas)
        var id: Int64 = 0
        Self.people(&b, 10, age: 9, id: &id)
        Self.people(&b, 3, age: 18, id: &id)
        for i in Self.people(&b, 7, age: 18, id: &id, lsoa: "L10", practice: "P3") {
            b.addCondition(i, "ASTHMA", on: HandBuilt.ago(years: 5))
        }
        Self.people(&b, 20, age: 40, id: &id, lsoa: "L10", practice: "P3")
        for i in Self.people(&b, 8, age: 40, id: &id, lsoa: "L10", practice: "P3") {
            b.addCondition(i, "DIABETES", on: HandBuilt.ago(years: 0.5))
        }
        for i in Self.people(&b, 9, age: 50, id: &id, lsoa: "L10", practice: "P3") {
            b.addCondition(i, "DIABETES", on: HandBuilt.ago(years: 5))
        }
        let data = b.build()
        let first = PopulationSnapshot(data: data, date: CivilDate(year: 2022, month: 1, day: 1)!)
        let second = PopulationSnapshot(data: data, date: HandBuilt.date)
        return SegmentFlows(data: data, first: first, second: second, deciles: deciles)
    }

    @Test func flowsWithholdTheSmallFlowAndItsNeighbours() {
        let flows = Self.flows()
        let (c, l, h) = (Self.children, Self.ltc, Self.healthy)
        #expect([flows.counts[c][c], flows.counts[c][l], flows.counts[c][h]] == [10, 7, 3])
        #expect([flows.counts[l][l], flows.counts[h][l], flows.counts[h][h]] == [9, 8, 20])
        let withheld = flows.withheld(threshold: 5)
        // The 3 (primary); its row withholds the 7; the long-term conditions column then the 8 and
        // the healthy adults column the 20. The 10 and the 9 stay published.
        var expected = Set([[c, l], [c, h], [h, l], [h, h]])
        for r in flows.fromStates.indices {
            for k in flows.toStates.indices {
                #expect(withheld.isWithheld(r, k) == expected.contains([r, k]), "cell \(r), \(k)")
            }
        }
        // Among the most deprived only: the 3 and the 10 beside it.
        let deprived = Self.flows(deciles: 1...1)
        expected = [[c, c], [c, h]]
        let mask = deprived.withheld(threshold: 5)
        #expect(mask.count == 2 && expected.allSatisfy { mask.isWithheld($0[0], $0[1]) })
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

    @Test func anyTableByColumnsOrByRowsAndColumns() {
        let counts = [[2, 10], [6, 20], [9, 30]]
        // Columns only: the 2, then the smallest other of its column, the 6.
        let columns = Withheld(table: counts, threshold: 5, rowsAdd: false)
        #expect(columns.cells == [[true, false], [true, false], [false, false]])
        #expect(columns.rowTotals.isEmpty && !columns.total)
        // Rows too: the 2's row withholds the 10, then the columns the 6 and the 20.
        let both = Withheld(table: counts, threshold: 5, rowsAdd: true)
        #expect(both.cells == [[true, true], [true, true], [false, false]])
        #expect(both.rowTotals == [false, false, false] && !both.total)
        #expect(both.isWithheld(0, 0) && !both.isWithheld(2, 1) && !both.isWithheld(7, 0))
        #expect(Withheld(table: [], threshold: 5, rowsAdd: true).count == 0)
    }
}
