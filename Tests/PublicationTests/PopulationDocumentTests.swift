import Foundation
import Population
import TestSupport
import Testing

@testable import Publication

/// The population documents' one wire convention: every member present, a withheld count null for
/// an audience that does not see it, and a number for one that does.
@Suite struct PopulationDocumentTests {
    static func json(_ value: some Encodable) throws -> [String: Any] {
        let data = try JSONEncoder().encode(value)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func withheldCountsAreNullForThePublicAndShownToAnAnalyst() throws {
        let (data, snapshot) = PopulationMaskTests.twoLCPs()
        let counts = SegmentCounts(data: data, snapshot: snapshot, by: .lcp)
        let mask = PopulationDisclosure(data: data, snapshot: snapshot).segments(counts, threshold: 5)
        let children = PopulationMaskTests.children
        for unsuppressed in [false, true] {
            let audience = Audience(threshold: 5, unsuppressed: unsuppressed)
            let document = try Self.json(
                PopulationDocument.Table(segments: counts, mask: mask, audience: audience) { "Area \($0)" })
            #expect(document["suppressed"] as? Bool == !unsuppressed)
            #expect(document["suppressionThreshold"] as? Int == 5)
            #expect(document["synthetic"] as? Bool == data.synthetic)
            #expect(document["deficits"] == nil)
            let rows = try #require(document["rows"] as? [[String: Any]])
            #expect(rows.map { $0["name"] as? String } == ["Area LCP1", "Area LCP2"])
            let first = try #require(rows[0]["counts"] as? [Any])
            #expect(first.count == Segment.allCases.count)
            if unsuppressed {
                #expect(first[children] as? Int == 2)
            } else {
                #expect(first[children] is NSNull)
            }
            #expect(rows[0]["total"] as? Int == 22)
            #expect(rows[0]["meanScore"] == nil)
        }
    }

    @Test func aWithheldCohortCountIsNullAndItsMembersArePresent() throws {
        let (data, snapshot) = PopulationMaskTests.twoLCPs()
        let evaluator = try CohortEvaluator(rule: CohortRule("age < 18"), data: data, snapshot: snapshot)
        let counts = CohortCounts(evaluator, by: .lcp)
        let mask = PopulationDisclosure(data: data, snapshot: snapshot).cohort(counts, threshold: 5) {
            CohortCounts(evaluator, by: $0)
        }
        let document = try Self.json(
            PopulationDocument.Cohort(
                nil, counts, mask: mask, audience: Audience(threshold: 5, unsuppressed: false)
            ) { $0 })
        #expect(document["cohort"] is NSNull)
        let rows = try #require(document["rows"] as? [[String: Any]])
        #expect(rows[0]["persons"] is NSNull)
        #expect(rows[0]["population"] as? Int == 22)
        #expect(document["total"] as? Int == 12)
    }
}
