import PlaceModel
import Population
import TestSupport
import Testing

@testable import Publication

/// The joint disclosure control of the population aggregates on the hand-built place, with
/// threshold 5 (counts 1 to 4 are small): small counts withheld in every table that shows them,
/// none recoverable, and the figures nobody needs to withhold left published.
@Suite struct PopulationMaskTests {
    static let children = Segment.allCases.firstIndex(of: .childrenAndYoungPeople)!
    static let healthy = Segment.allCases.firstIndex(of: .healthyAdults)!
    static let ltc = Segment.allCases.firstIndex(of: .longTermConditions)!

    /// LCP1 (P1, decile 1): 2 children, 20 healthy adults; LCP2 (P3, decile 10): 10 children, 30
    /// healthy adults.
    static func twoLCPs() -> (PopulationData, PopulationSnapshot) {
        var b = PopulationBuilder(areas: HandBuilt.areas)
        var id: Int64 = 0
        HandBuilt.people(&b, 2, age: 9, id: &id)
        HandBuilt.people(&b, 20, age: 40, id: &id)
        HandBuilt.people(&b, 10, age: 9, id: &id, lsoa: "L10", practice: "P3")
        HandBuilt.people(&b, 30, age: 40, id: &id, lsoa: "L10", practice: "P3")
        let data = b.build()
        return (data, PopulationSnapshot(data: data, date: HandBuilt.date))
    }

    @Test func segmentsWithholdTheSmallCellAndItsComplementsInEveryTable() {
        let (data, snapshot) = Self.twoLCPs()
        let disclosure = PopulationDisclosure(data: data, snapshot: snapshot)
        // LCP, practice and decile tables split the place the same way: the 2 (primary), the 20 in
        // its row, then the 10 in its column and the 30 in that one's row. Zeros and the row
        // totals (22, 40) stay published.
        for breakdown in [Breakdown.lcp, .practice, .decile] {
            let counts = SegmentCounts(data: data, snapshot: snapshot, by: breakdown)
            #expect(counts.rows.count == 2, "\(breakdown)")
            #expect(counts.rows[0].counts[Self.children] == 2)
            let mask = disclosure.segments(counts, threshold: 5)
            for r in 0..<2 {
                for c in Segment.allCases.indices {
                    #expect(
                        mask.isWithheld(r, c) == [Self.children, Self.healthy].contains(c),
                        "\(breakdown) row \(r) column \(c)")
                }
                #expect(!mask.isRowTotalWithheld(r))
            }
        }
        // By city nothing is small, and with threshold 1 nothing is withheld anywhere.
        #expect(
            disclosure.segments(SegmentCounts(data: data, snapshot: snapshot, by: .city), threshold: 5).count
                == 0)
        let lcp = SegmentCounts(data: data, snapshot: snapshot, by: .lcp)
        #expect(disclosure.segments(lcp, threshold: 1).count == 0)
        #expect(disclosure.auditPopulation(threshold: 5).exposed.isEmpty)
    }

    @Test func outcomesWithholdSmallActivityAndWhatWouldGiveItAway() {
        // Deaths in the 12 months: LCP1 children 0, LCP1 healthy 2, LCP2 children 7, LCP2 healthy 6.
        var b = PopulationBuilder(areas: HandBuilt.areas)
        var id: Int64 = 0
        HandBuilt.people(&b, 10, age: 9, id: &id)
        let lcp1Healthy = HandBuilt.people(&b, 20, age: 40, id: &id)
        let lcp2Children = HandBuilt.people(&b, 12, age: 9, id: &id, lsoa: "L10", practice: "P3")
        let lcp2Healthy = HandBuilt.people(&b, 30, age: 40, id: &id, lsoa: "L10", practice: "P3")
        let later = HandBuilt.date.adding(days: 100)
        for i in lcp1Healthy.prefix(2) + lcp2Children.prefix(7) + lcp2Healthy.prefix(6) {
            b.setDeath(i, on: later)
        }
        let data = b.build()
        let snapshot = PopulationSnapshot(data: data, date: HandBuilt.date)
        let outcomes = SegmentOutcomes(data: data, snapshot: snapshot, by: .lcp)
        #expect(outcomes.rows.map(\.deaths) == [0, 2, 7, 6])
        let disclosure = PopulationDisclosure(data: data, snapshot: snapshot)
        let mask = disclosure.outcomes(outcomes, threshold: 5)
        let deaths = SegmentOutcomes.measures.firstIndex(of: "deaths")!
        let hidden = outcomes.rows.indices.map { mask.isWithheld($0, deaths) }
        // The 2, and at least one of the deaths beside it in the healthy adults' column (6).
        #expect(hidden[1] && hidden[3])
        #expect(!hidden[0])
        for finding in disclosure.auditOutcomes(threshold: 5) {
            #expect(finding.exposed.isEmpty, "\(finding.quantity): \(finding.exposed)")
        }
    }

    @Test func cohortCountsIncludeTheUnregisteredAndProtectTheSmallPractice() throws {
        // age >= 65: P1 3 of 13, P2 8 of 18, P3 20 of 40, unregistered 6 of 7.
        var b = PopulationBuilder(areas: HandBuilt.areas)
        var id: Int64 = 0
        for (practice, old, young) in [("P1", 3, 10), ("P2", 8, 10), ("P3", 20, 20), (nil, 6, 1)] {
            HandBuilt.people(&b, old, age: 70, id: &id, practice: practice)
            HandBuilt.people(&b, young, age: 40, id: &id, practice: practice)
        }
        let data = b.build()
        let snapshot = PopulationSnapshot(data: data, date: HandBuilt.date)
        let evaluator = try CohortEvaluator(rule: CohortRule("age >= 65"), data: data, snapshot: snapshot)
        let counts = CohortCounts(evaluator, by: .practice)
        #expect(counts.rows.map(\.group) == ["P1", "P2", "P3", "none"])
        #expect(counts.rows.map(\.persons) == [3, 8, 20, 6])
        #expect(counts.total == 37)
        let disclosure = PopulationDisclosure(data: data, snapshot: snapshot)
        let mask = disclosure.cohort(counts, threshold: 5) { CohortCounts(evaluator, by: $0) }
        // P1's 3 is withheld, and not alone in the practice table.
        #expect(mask.isWithheld(0, 0))
        #expect(counts.rows.indices.filter { mask.isWithheld($0, 0) }.count + (mask.total ? 1 : 0) >= 2)
        #expect(disclosure.auditCohort("old", evaluator, threshold: 5).exposed.isEmpty)
    }

    @Test func frailtyWithholdsTheSmallDecileAndSmallDeficits() {
        // Deciles 1 / 5 / 10: fit 6 / 9 / 12, severe (14 deficits) 2 / 7 / 15, one of decile 10's
        // fit people with a deficit nobody else has.
        var b = PopulationBuilder(areas: HandBuilt.areas)
        var id: Int64 = 0
        for (lsoa, fit, severe) in [("L1", 6, 2), ("L5", 9, 7), ("L10", 11, 15)] {
            HandBuilt.people(&b, fit, age: 70, id: &id, lsoa: lsoa)
            for i in HandBuilt.people(&b, severe, age: 80, id: &id, lsoa: lsoa) {
                HandBuilt.problems(&b, i, count: 14)
            }
        }
        let odd = HandBuilt.people(&b, 1, age: 70, id: &id, lsoa: "L10")[0]
        b.addProblem(odd, PopulationCodes.problems.last!, on: HandBuilt.ago(years: 1))
        let data = b.build()
        let snapshot = PopulationSnapshot(data: data, date: HandBuilt.date)
        let summary = FrailtySummary(data: data, snapshot: snapshot, by: .decile)
        #expect(summary.rows.map(\.counts) == [[6, 0, 0, 2], [9, 0, 0, 7], [12, 0, 0, 15]])
        let disclosure = PopulationDisclosure(data: data, snapshot: snapshot)
        let mask = disclosure.frailty(summary, threshold: 5)
        #expect(mask.isWithheld(0, 3))
        #expect((0..<3).filter { mask.isWithheld($0, 3) }.count >= 2)
        #expect((0..<4).filter { mask.isWithheld(0, $0) }.count >= 2 || mask.isRowTotalWithheld(0))
        let deficits = PopulationDisclosure.deficits(summary, threshold: 5)
        #expect(zip(summary.deficits, deficits).filter(\.1).map(\.0.persons) == [1])
        #expect(PopulationDisclosure.deficits(summary, threshold: 1).allSatisfy { !$0 })
        #expect(disclosure.auditPopulation(threshold: 5).exposed.isEmpty)
    }

    @Test func aTableWhoseColumnsAddUpWithholdsASecondCellInTheSmallOnesColumn() {
        let mask = Withheld(columnsOf: [[2, 10], [6, 20], [9, 30]], threshold: 5)
        #expect(mask.isWithheld(0, 0))
        #expect((0..<3).filter { mask.isWithheld($0, 0) }.count == 2)
        #expect(!(0..<3).contains { mask.isWithheld($0, 1) })
        #expect(Withheld(columnsOf: [[2, 10], [6, 20]], threshold: 1).count == 0)
        #expect(Withheld(columnsOf: [], threshold: 5).count == 0)
    }
}
