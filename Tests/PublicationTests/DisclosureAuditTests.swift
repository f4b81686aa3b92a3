import Engine
import Population
import Testing

@testable import Publication

/// The disclosure audit on synthetic places small enough to have many small counts: everything an
/// unauthenticated reader can fetch, with every identity, and no withheld count found.
@Suite(.serialized) struct DisclosureAuditTests {
    @Test(arguments: [(2_000, 3), (4_000, 11)] as [(Int, UInt64)])
    func nothingPublishedGivesAWithheldCountAway(persons: Int, seed: UInt64) throws {
        let store = try PublicationPlace.make(persons: persons, seed: seed)
        let audit = try DisclosureAudit.run(store: store, pack: PublicationPlace.pack)
        let indicators = audit.findings.filter { $0.quantity.hasPrefix("indicator ") }
        #expect(indicators.count == (try PublicationPlace.pack.indicators().indicators.count))
        #expect(audit.findings.contains { $0.quantity == "population" })
        #expect(audit.findings.contains { $0.quantity.hasPrefix("cohort ") })
        // Small enough that there is much to protect.
        #expect(audit.findings.map(\.small).reduce(0, +) > 100)
        for finding in audit.findings {
            #expect(finding.exposed.isEmpty, "\(finding.quantity): \(finding.exposed)")
        }
        #expect(audit.passed)
    }

    /// An intruder's own subtraction, independent of the analysis: an LCP's published count minus
    /// its practices' published counts, column by column, never recovers a withheld practice.
    @Test func anLCPMinusItsPracticesRecoversNothing() throws {
        let store = try PublicationPlace.make(persons: 3_000, seed: 5)
        let data = try PopulationLoader(store: store).load()
        let snapshot = PopulationSnapshot(
            data: data, date: try PopulationLoader(store: store).lastStudyYearStart()!)
        let disclosure = PopulationDisclosure(data: data, snapshot: snapshot)
        let byLCP = SegmentCounts(data: data, snapshot: snapshot, by: .lcp)
        let byPractice = SegmentCounts(data: data, snapshot: snapshot, by: .practice)
        let lcpMask = disclosure.segments(byLCP, threshold: 5)
        let practiceMask = disclosure.segments(byPractice, threshold: 5)
        var hiddenPractices = 0
        for (l, lcp) in byLCP.rows.enumerated() {
            let members = byPractice.rows.indices.filter { r in
                data.areas.practices.first { $0.code == byPractice.rows[r].group }?.lcp == lcp.group
            }
            for c in byLCP.segments.indices where !lcpMask.isWithheld(l, c) {
                let hidden = members.filter { practiceMask.isWithheld($0, c) }
                hiddenPractices += hidden.count
                #expect(
                    hidden.count != 1,
                    "practice \(hidden.first.map { byPractice.rows[$0].group } ?? "") recovered")
            }
        }
        #expect(hiddenPractices > 0)
    }
}
