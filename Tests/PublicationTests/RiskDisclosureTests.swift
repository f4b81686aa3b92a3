import Foundation
import PlaceModel
import Population
import Testing

@testable import Publication

/// A risk model's report is masked over all its tables at once: the deprivation decile table, the
/// ethnic group table and the calibration tenths each add up to the overall figures, so no withheld
/// count can be found from the others, and the published document nulls what the mask withholds.
@Suite struct RiskDisclosureTests {
    static let report: RiskReport = {
        let store = try! PublicationPlace.make(persons: 3_000, seed: 5)
        let data = try! PopulationLoader(store: store).load()
        let year = try! PopulationLoader(store: store).lastStudyYearStart()!.year
        return RiskTraining(
            data: data, trainDate: CivilDate(year: year - 2, month: 1, day: 1)!,
            testDate: CivilDate(year: year - 1, month: 1, day: 1)!, createdAt: "test"
        ).report
    }()

    @Test func smallCountsAreWithheldAndNoneIsRecovered() throws {
        let report = Self.report
        let mask = RiskDisclosure(report, threshold: 5)
        let columns: [((RiskReport.Performance) -> Int, (RiskDisclosure.Row) -> Bool)] = [
            ({ $0.persons }, { $0.persons }), ({ $0.events }, { $0.events }),
            ({ $0.flagged }, { $0.flagged }),
        ]
        var small = 0
        for (groups, hidden) in [
            (report.byDeprivationDecile, mask.decile), (report.byEthnicGroup, mask.ethnic),
        ] {
            for (count, withheld) in columns {
                for (r, group) in groups.enumerated() where (1...4).contains(count(group)) {
                    small += 1
                    #expect(withheld(hidden(r)), "\(group.group): \(count(group)) shown")
                }
                // The intruder's subtraction: the overall figure minus a column's published rows.
                let hiddenRows = groups.indices.filter { withheld(hidden($0)) }
                #expect(hiddenRows.count != 1, "one withheld row recovered by subtraction")
            }
        }
        #expect(small > 0, "the place is small enough to have small counts")
        let finding = mask.audit(threshold: 5)
        #expect(finding.exposed.isEmpty, "\(finding.exposed)")
        #expect(RiskDisclosure(report, threshold: 1).withheld.allSatisfy { !$0 })
    }

    @Test func theDocumentNullsWhatTheMaskWithholds() throws {
        let report = Self.report
        let mask = RiskDisclosure(report, threshold: 5)
        let data = try JSONEncoder().encode(
            RiskReportDocument(report, mask: mask, audience: Audience(threshold: 5, unsuppressed: false)))
        let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let rows = try #require(document["byEthnicGroup"] as? [[String: Any]])
        #expect(rows.count == report.byEthnicGroup.count)
        for (r, row) in rows.enumerated() {
            let hidden = mask.ethnic(r)
            #expect((row["persons"] is NSNull) == hidden.persons)
            #expect((row["observedRate"] is NSNull) == hidden.rate)
            #expect((row["ppvTop2"] is NSNull) == (hidden.ppv || report.byEthnicGroup[r].ppvTop2 == nil))
            #expect(row.keys.count == 10, "every member present")
        }
        #expect(document["suppressed"] as? Bool == true)
        let analyst = try JSONEncoder().encode(
            RiskReportDocument(report, mask: mask, audience: Audience(threshold: 5, unsuppressed: true)))
        #expect(!String(decoding: analyst, as: UTF8.self).contains("\"persons\":null"))
    }
}
