import Assurance
import Testing
import TestSupport

/// Each rule broken once on an altered copy of the Leeds plan: the rule's check changes, with its figures.
@Suite("Better Care Fund rules, each broken once")
struct BCFRuleTests {
    @Test("An iBCF scheme spending £1 more than planned unbalances iBCF and the pool, and contradicts PR7")
    func fundingBalance() throws {
        let checks = try BCFFixture.checks([(#""£270,812""#, #""£270,813""#)])
        #expect(checks["funding.ibcf"]?.outcome == .fail)
        #expect(
            checks["funding.ibcf"]?.figures == "income £27,399,640; expenditure £27,399,641; difference -£1")
        #expect(checks["funding.total"]?.outcome == .fail)
        #expect(checks["funding.dfg"]?.outcome == .pass)
        #expect(checks["requirement.pr7"]?.outcome == .fail)
        #expect(checks["requirement.pr7"]?.figures.contains("expenditure equal to income") == true)
    }

    @Test("An out-of-hospital minimum above the planned spend fails, and contradicts PR5's Yes")
    func outOfHospital() throws {
        let checks = try BCFFixture.checks([
            (#"nhs_out_of_hospital: "£15,697,310""#, #"nhs_out_of_hospital: "£30,000,000""#)
        ])
        #expect(checks["minimum.nhs-out-of-hospital"]?.outcome == .fail)
        #expect(checks["minimum.nhs-out-of-hospital"]?.figures.hasSuffix("shortfall £525,840") == true)
        #expect(checks["requirement.pr5"]?.outcome == .fail)
    }

    @Test("A social care minimum at the planned spend is met")
    func socialCareMet() throws {
        let checks = try BCFFixture.checks([
            (#"adult_social_care: "£15,988,500""#, #"adult_social_care: "£15,464,674""#)
        ])
        #expect(checks["minimum.adult-social-care"]?.outcome == .pass)
    }

    @Test("PR4 answered Yes while the figures fall short fails")
    func contradictedAnswer() throws {
        let checks = try BCFFixture.checks([
            (
                "    met: no\n    actions: \"This is being dealt",
                "    met: yes\n    actions: \"This is being dealt"
            )
        ])
        #expect(checks["requirement.pr4"]?.outcome == .fail)
        #expect(checks["requirement.pr4"]?.figures.contains("the adult social care minimum") == true)
    }

    @Test("A requirement not met with no actions or timeframe fails")
    func unmetWithoutActions() throws {
        let checks = try BCFFixture.checks([
            (
                "    actions: \"This is being dealt with through the Leeds System Resilience Assurance Board - part of this in response to Newton Europe\"\n    timeframe: \"This will be delivered before 2020/21\"\n",
                ""
            )
        ])
        #expect(checks["requirement.pr4"]?.outcome == .fail)
        #expect(checks["requirement.pr4"]?.figures == "not met, with no actions")
    }

    @Test("A change planned below Established with no reason fails; planned below current is queried")
    func changes() throws {
        let reasonless = try BCFFixture.checks([
            (
                "      reason: >-\n        Increasingly more services",
                "      notes: >-\n        Increasingly more services"
            )
        ])
        #expect(reasonless["hicm.change-5"]?.outcome == .fail)
        let backwards = try BCFFixture.checks([
            (
                #"change: 8, name: "Enhancing health in care homes", current: "Established", planned: "Mature""#,
                #"change: 8, name: "Enhancing health in care homes", current: "Mature", planned: "Established""#
            )
        ])
        #expect(backwards["hicm.change-8"]?.outcome == .warning)
        #expect(backwards["hicm.change-8"]?.figures.contains("planned below current") == true)
    }

    @Test("A plan more than half a unit from its numerator over denominator fails")
    func metricRecomputed() throws {
        let checks = try BCFFixture.checks([("numerator: 700", "numerator: 720")])
        #expect(checks["metric.residential-admissions"]?.outcome == .fail)
        #expect(checks["metric.residential-admissions"]?.figures.contains("720 / 124017 = 580.5656") == true)
        let percent = try BCFFixture.checks([("denominator: 500", "denominator: 499")])
        #expect(percent["metric.reablement"]?.outcome == .fail)
    }

    @Test("A scheme of type Other with nothing to say what, and a blank contributor, are incomplete")
    func blanks() throws {
        let plan = try BCFPlan.read(
            path: BCFFixture.copy([
                (
                    "    other_type: \"The purpose is to provide training and prevention advice to providers\"\n",
                    ""
                ),
                (#"contributor: "NHS Leeds CCG""#, "contributor: "),
            ]))
        let checks = plan.byID
        #expect(checks["complete.income"]?.outcome == .fail)
        #expect(checks["complete.income"]?.figures.contains("income[1].contributor") == true)
        let before = BCFFixture.leeds.blanks.filter { $0.sheet == .expenditure }.count
        let after = plan.blanks.filter { $0.sheet == .expenditure }
        #expect(after.count == before + 1)
        #expect(after.contains { $0.field.hasSuffix(".other_type") && $0.line != nil })
    }

    @Test("A metric no scheme claims an impact on is queried")
    func unclaimedMetric() throws {
        var text = try String(contentsOfFile: BCFFixture.path, encoding: .utf8)
        for level in ["High", "Medium", "Low", "high"] {
            text = text.replacingOccurrences(
                of: "reablement: \"\(level)\"", with: "reablement: \"Not applicable\"")
        }
        let path = try SyntheticStore.scratch("bcf").appendingPathComponent("plan.yaml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let checks = try BCFPlan.read(path: path).byID
        #expect(checks["query.impact.reablement"]?.outcome == .warning)
        #expect(checks["query.impact.delayed-transfers"]?.outcome == .pass)
    }
}
