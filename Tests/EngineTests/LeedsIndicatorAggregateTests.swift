import Statistics
import Testing

@testable import Engine

/// The Leeds indicators read from `aggregate_values`, each on hand-written published rows.
///
/// For each: rows under the definition's `aggregate` id for the city (2019 and 2018) and ward W1 (2019)
/// with numerator and denominator, a value-only row for ward W2 (2019), and decoy rows under other ids
/// that must not be read. Percentages (multiplier 100) take Wilson intervals, rates (per 1,000) Byar's;
/// a row without a denominator has no interval.
@Suite struct LeedsIndicatorAggregateTests {
    /// One aggregate indicator's hand-written rows and hand-worked values.
    struct Case: Sendable, CustomTestStringConvertible {
        /// The Leeds indicator id.
        let id: String
        /// The `indicator_id` its rows are stored under (the definition's `aggregate`).
        let stored: String
        /// City 2019 numerator, denominator and hand-worked value.
        let city: (Double, Double?, Double)
        /// Ward W1 2019 numerator, denominator and hand-worked value.
        let ward: (Double, Double?, Double)
        /// The test's name.
        var testDescription: String { id }
    }

    static let cases: [Case] = [
        // 400 of 1,000 pupils = 40%; W1 36 of 120 = 30%.
        Case(
            id: "educational-attainment-16", stored: "educational-attainment-16", city: (400, 1000, 40),
            ward: (36, 120, 30)),
        // 770 of 1,000 jobs = 77%; W1 60 of 80 = 75%.
        Case(id: "living-wage", stored: "living-wage", city: (770, 1000, 77), ward: (60, 80, 75)),
        // 2,800 incidents / 100,000 aged 16+ × 1,000 = 28; W1 150 / 5,000 × 1,000 = 30.
        Case(
            id: "domestic-violence", stored: "domestic-violence", city: (2800, 100_000, 28),
            ward: (150, 5000, 30)),
        // 300 / 100,000 × 1,000 = 3; W1 20 / 4,000 × 1,000 = 5.
        Case(id: "hate-crime", stored: "hate-crime", city: (300, 100_000, 3), ward: (20, 4000, 5)),
        // 880 of 1,000 households = 88%; W1 170 of 200 = 85%.
        Case(
            id: "affording-to-heat-home", stored: "affording-to-heat-home", city: (880, 1000, 88),
            ward: (170, 200, 85)),
        // 935 of 1,000 = 93.5%; W1 90 of 100 = 90%.
        Case(
            id: "young-people-eet", stored: "young-people-eet", city: (935, 1000, 93.5), ward: (90, 100, 90)),
        // 740 of 1,000 = 74%; W1 140 of 200 = 70%.
        Case(
            id: "adults-in-employment", stored: "adults-in-employment", city: (740, 1000, 74),
            ward: (140, 200, 70)),
        // 640 of 1,000 = 64%; W1 55 of 100 = 55%.
        Case(
            id: "physically-active-adults", stored: "physically-active-adults", city: (640, 1000, 64),
            ward: (55, 100, 55)),
        // 350 of 1,000 = 35%; W1 48 of 120 = 40%.
        Case(
            id: "children-above-healthy-weight", stored: "children-above-healthy-weight",
            city: (350, 1000, 35),
            ward: (48, 120, 40)),
        // 620 of 1,000 = 62%; W1 30 of 50 = 60%.
        Case(
            id: "supported-to-manage-condition", stored: "supported-to-manage-condition",
            city: (620, 1000, 62),
            ward: (30, 50, 60)),
        // 790 of 1,000 = 79%; W1 75 of 100 = 75%.
        Case(
            id: "children-wellbeing", stored: "children-wellbeing", city: (790, 1000, 79), ward: (75, 100, 75)
        ),
        // 80 of 1,000 = 8%; W1 3 of 50 = 6%.
        Case(
            id: "employment-mental-illness", stored: "employment-mental-illness", city: (80, 1000, 8),
            ward: (3, 50, 6)),
        // A count without a denominator: the city 1,280 children, W1 40; no intervals.
        Case(
            id: "cyp-children-in-care", stored: "children-in-care", city: (1280, nil, 1280),
            ward: (40, nil, 40)),
        // 200 of 1,000 children = 20%; W1 60 of 250 = 24%.
        Case(
            id: "cyp-children-in-poverty", stored: "children-in-poverty", city: (200, 1000, 20),
            ward: (60, 250, 24)),
    ]

    @Test("aggregate indicators read their stored rows for the city and wards", arguments: cases)
    func aggregate(_ c: Case) throws {
        let definition = try LeedsPack.definition(c.id)
        #expect(definition.method == .aggregate)
        #expect(definition.aggregate == c.stored)
        let place = HandBuiltPlace()
        place.aggregate(c.stored, "C", "2019", numerator: c.city.0, denominator: c.city.1, value: c.city.2)
        place.aggregate(c.stored, "W1", "2019", numerator: c.ward.0, denominator: c.ward.1, value: c.ward.2)
        place.aggregate(c.stored, "W2", "2019", numerator: nil, denominator: nil, value: 41.5)
        let earlier = c.city.1.map { (c.city.0 - 1) / $0 * definition.multiplier } ?? c.city.0 - 1
        place.aggregate(c.stored, "C", "2018", numerator: c.city.0 - 1, denominator: c.city.1, value: earlier)
        // Decoys: another indicator's rows, and (where they differ) rows under the definition's own id.
        place.aggregate("some-other-indicator", "C", "2019", numerator: 1, denominator: 2, value: 50)
        if c.stored != c.id { place.aggregate(c.id, "C", "2019", numerator: 9, denominator: 10, value: 90) }
        let r = try place.compute(c.id)
        #expect(r.results.count == 4)
        #expect(r.results.allSatisfy { $0.indicator == c.id })
        for (period, breakdown, group, row) in [
            ("2019", "city", "C", c.city), ("2019", "ward", "W1", c.ward),
        ] {
            let result = try #require(r.result(period, breakdown, group), "\(c.id) \(breakdown) \(group)")
            #expect(result.numerator == row.0)
            #expect(result.denominator == row.1)
            #expect(LeedsResults.close(result.value, row.2), "\(c.id) \(group) value")
            let expected: Estimate?
            if let d = row.1 {
                expected =
                    definition.multiplier == 100
                    ? try Proportion.estimate(numerator: row.0, denominator: d, multiplier: 100)
                    : try CrudeRate.estimate(
                        numerator: row.0, denominator: d, multiplier: definition.multiplier)
                #expect(LeedsResults.close(expected?.value, row.2), "hand value ≠ library value")
            } else {
                expected = nil
            }
            #expect(LeedsResults.close(result.lower95, expected?.interval(at: 0.95)?.lower))
            #expect(LeedsResults.close(result.upper95, expected?.interval(at: 0.95)?.upper))
            #expect(LeedsResults.close(result.lower998, expected?.interval(at: 0.998)?.lower))
            #expect(LeedsResults.close(result.upper998, expected?.interval(at: 0.998)?.upper))
        }
        // W2 published a value only: that value, no denominator, no interval.
        let w2 = try #require(r.result("2019", "ward", "W2"))
        #expect(w2.value == 41.5)
        #expect(w2.denominator == nil)
        #expect(w2.lower95 == nil && w2.upper998 == nil)
        // The 2018 city row is read under its own period label, numerator one less than 2019's.
        #expect(r.result("2018")?.numerator == c.city.0 - 1)
        #expect(LeedsResults.close(r.result("2018")?.value, earlier))
    }

    @Test("an aggregate result's value is the published value, even where it is not numerator / denominator")
    func publishedValueIsKept() throws {
        // A survey's published percentage is weighted: 57.3% of adults active in W1, from 55 of 100
        // respondents unweighted. docs/indicators.md: the value of an aggregate indicator is "the
        // published value … from aggregate_values"; the interval comes from numerator and denominator.
        let place = HandBuiltPlace()
        place.aggregate(
            "physically-active-adults", "W1", "2019", numerator: 55, denominator: 100, value: 57.3)
        let r = try place.compute("physically-active-adults")
        let w1 = try #require(r.result("2019", "ward", "W1"))
        #expect(w1.value == 57.3)
        // 55/100 would give 55: the counts do not give the published value, so no interval is made from them.
        #expect(w1.lower95 == nil && w1.upper95 == nil)
        #expect(w1.numerator == 55)
        #expect(w1.denominator == 100)
    }
}

/// Every indicator the Leeds pack defines has a hand-worked test in the LeedsIndicator suites.
@Suite struct LeedsIndicatorCoverageTests {
    /// The indicators with a hand-worked test, by suite.
    static let tested: [String] =
        [
            // LeedsIndicatorHWSTests
            "infant-mortality", "adults-who-smoke", "unnecessary-time-in-hospital", "time-in-care-homes",
            "repeat-emergency-visits", "carers-supported",
            // LeedsIndicatorHWSStandardisedTests
            "avoidable-years-of-life-lost", "early-death-serious-mental-illness",
            "preventable-hospital-admissions",
            // LeedsIndicatorLeedsPlanTests
            "brief-advice-and-referral", "hospital-bed-days", "bame-mha-detentions",
            // LeedsIndicatorBetterLivesTests
            "bl-resolved-first-contact", "bl-assessments-completed", "bl-carers-direct-payments",
            "bl-community-support-share", "bl-reablement-at-home-91", "bl-reablement-completed",
            "bl-direct-payments",
            "bl-permanent-admissions-18-64", "bl-extra-care-packages",
            // LeedsIndicatorCYPTests
            "cyp-low-birth-weight-term", "cyp-under-18-births", "cyp-ae-attendances-0-4",
            "cyp-emergency-admissions-0-17", "cyp-respiratory-admissions-0-18", "cyp-injury-admissions-0-14",
            "cyp-mha-detentions-under-18",
        ] + LeedsIndicatorAggregateTests.cases.map(\.id)

    @Test func everyLeedsIndicatorHasAHandWorkedTest() throws {
        let ids = try LeedsPack.set.get().indicators.map(\.id)
        #expect(ids.count == 42)
        #expect(Set(ids) == Set(Self.tested))
        #expect(Self.tested.count == Set(Self.tested).count)
    }
}
