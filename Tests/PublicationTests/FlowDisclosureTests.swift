import Population
import Testing

@testable import Publication

/// The three flow tables the population pages publish (everyone, the most deprived decile, the
/// rest) add up cell by cell, so they are masked jointly (issue 11).
@Suite struct FlowDisclosureTests {
    @Test(arguments: [(3_000, 5), (2_000, 8)] as [(Int, UInt64)])
    func noFlowCellIsRecoveredFromTheOtherTwoOrFromTheTotals(persons: Int, seed: UInt64) throws {
        let store = try PublicationPlace.make(persons: persons, seed: seed)
        let data = try PopulationLoader(store: store).load()
        let date = try #require(try PopulationLoader(store: store).lastStudyYearStart())
        let snapshot = PopulationSnapshot(data: data, date: date)
        let first = PopulationSnapshot(data: data, date: date.yearBefore)
        let tables = PopulationDisclosure.publishedDeciles.map {
            SegmentFlows(data: data, first: first, second: snapshot, deciles: $0)
        }
        let masks = PopulationDisclosure.flows(tables, threshold: 5)
        var withheld = 0
        for r in tables[0].counts.indices {
            for c in tables[0].toStates.indices {
                // The intruder's own subtraction: everyone − deprived − rest.
                let hidden = masks.map { $0.isWithheld(r, c) }
                #expect(hidden.filter { $0 }.count != 1, "cell \(r), \(c) recovered by subtraction")
                for (t, table) in tables.enumerated() where (1...4).contains(table.counts[r][c]) {
                    #expect(hidden[t], "a small count shown: table \(t), cell \(r), \(c)")
                }
                withheld += hidden.filter { $0 }.count
            }
        }
        #expect(withheld > 0)
        let audit = PopulationDisclosure.auditFlows(tables, threshold: 5)
        #expect(audit.exposed.isEmpty, "\(audit.exposed)")
        #expect(audit.small > 0)
    }
}
