import Assurance
import Testing

/// The Leeds 2019/20 plan gives the results its own template reports (seed 000, Appendix 1,
/// "3. Summary"): income equal to expenditure for every source, the out-of-hospital minimum met,
/// and the adult social care minimum of £15,988,500 not met by £15,464,674 planned.
@Suite("The Leeds Better Care Fund plan 2019/20")
struct BCFLeedsPlanTests {
    let checks = BCFFixture.leeds.byID

    @Test("Income by source as the seed's summary, each spent exactly")
    func funding() throws {
        let seed: [(String, String)] = [
            ("dfg", "£7,302,720"), ("minimum-ccg", "£55,238,834"), ("ibcf", "£27,399,640"),
            ("winter-pressures", "£3,310,729"), ("additional-la", "£2,462,000"), ("total", "£95,713,923"),
        ]
        for (key, amount) in seed {
            let check = try #require(checks["funding.\(key)"])
            #expect(check.outcome == .pass)
            #expect(check.figures == "income \(amount); expenditure \(amount); difference £0")
        }
        #expect(checks["funding.additional-ccg"] == nil, "no additional CCG contribution")
        #expect(BCFFixture.leeds.pool == Money(pounds: 95_713_923))
        #expect(BCFFixture.leeds.schemes.count == 78)
    }

    @Test("The adult social care minimum is not met, by £523,826; the out-of-hospital minimum is")
    func minimums() throws {
        let care = try #require(checks["minimum.adult-social-care"])
        #expect(care.outcome == .fail)
        #expect(care.figures == "minimum £15,988,500; planned £15,464,674; shortfall £523,826")
        let hospital = try #require(checks["minimum.nhs-out-of-hospital"])
        #expect(hospital.outcome == .pass)
        #expect(hospital.figures.hasPrefix("minimum £15,697,310; planned £29,474,160"))
        // PR4 answers No, with its actions and timeframe: not met, as the figures say.
        let pr4 = try #require(checks["requirement.pr4"])
        #expect(pr4.outcome == .warning)
        #expect(pr4.figures.contains("actions: This is being dealt with"))
    }

    @Test("Metrics recomputed from their numerators and denominators")
    func metrics() throws {
        let residential = try #require(checks["metric.residential-admissions"])
        #expect(residential.outcome == .pass)
        #expect(residential.figures.contains("700 / 124017 = 564.4387"))
        // 85.0% planned against 90.0% the year before: less ambitious, which a reviewer queries.
        let reablement = try #require(checks["metric.reablement"])
        #expect(reablement.outcome == .warning)
        #expect(reablement.figures.contains("425 / 500 = 85"))
        #expect(checks["metric.delayed-transfers"]?.figures == "plan 77.2")
    }

    @Test("High Impact Changes: seven-day services stay below Established, with the plan's reason")
    func changes() {
        for n in 1...8 {
            #expect(checks["hicm.change-\(n)"]?.outcome == (n == 5 ? .warning : .pass), "change \(n)")
        }
    }

    @Test("What a reviewer would query: 57% of the pool in Other schemes, no Care Act duties funded")
    func queries() {
        #expect(checks["query.other-share"]?.outcome == .warning)
        #expect(checks["query.other-share"]?.figures == "£54,591,960 of £95,713,923 (57%)")
        #expect(checks["query.funded.care-act"]?.outcome == .warning)
        #expect(checks["query.funded.carers"]?.outcome == .pass)
        for metric in [
            "non-elective-admissions", "delayed-transfers", "residential-admissions", "reablement",
        ] {
            #expect(checks["query.impact.\(metric)"]?.outcome == .pass, "\(metric)")
        }
    }

    @Test("Completeness: names withheld from the pack and output estimates left blank")
    func completeness() {
        #expect(checks["complete.cover"]?.outcome == .fail)
        #expect(checks["complete.income"]?.outcome == .pass)
        #expect(checks["complete.hicm"]?.outcome == .pass)
        #expect(checks["complete.metrics"]?.outcome == .pass)
        #expect(checks["complete.requirements"]?.outcome == .pass)
        let blanks = BCFFixture.leeds.blanks.filter { $0.sheet == .expenditure }.map(\.field)
        #expect(blanks.contains { $0.hasSuffix(".output.estimate") }, "\(blanks)")
        #expect(checks["complete.expenditure"]?.outcome == .fail)
    }

    @Test("Checks come in the template's sheet order")
    func order() {
        let sheets = BCFFixture.leeds.checks().map(\.sheet)
        #expect(sheets == sheets.sorted())
    }
}
