import PlaceModel
import Population
import TestSupport
import Testing

@Suite struct SegmentRuleTests {
    /// Builds one population, runs the snapshot, returns each person's segment.
    func segments(_ build: (inout PopulationBuilder) -> Void) -> [Segment?] {
        var b = PopulationBuilder(areas: HandBuilt.areas)
        build(&b)
        let data = b.build()
        let snapshot = PopulationSnapshot(data: data, date: HandBuilt.date)
        return (0..<data.count).map { snapshot.segmentOf($0) }
    }

    @Test func eachSegmentHasItsRule() {
        let found = segments { b in
            HandBuilt.person(&b, id: 1, age: 40)  // healthy adult
            let child = HandBuilt.person(&b, id: 2, age: 9)
            b.addCondition(child, "ASTHMA", on: HandBuilt.ago(years: 2))
            let ltc = HandBuilt.person(&b, id: 3, age: 50)
            b.addCondition(ltc, "DIABETES", on: HandBuilt.ago(years: 4))
            let mother = HandBuilt.person(&b, id: 4, age: 30, female: true)
            b.add(.birthAsMother, mother, on: HandBuilt.date.adding(days: 100))
            let ld = HandBuilt.person(&b, id: 5, age: 25)
            b.addCondition(ld, "LD", on: HandBuilt.ago(years: 20))
            let smi = HandBuilt.person(&b, id: 6, age: 45)
            b.addCondition(smi, "SMI", on: HandBuilt.ago(years: 10))
            let cancer = HandBuilt.person(&b, id: 7, age: 60)
            b.addCondition(cancer, "CANCER", on: HandBuilt.ago(years: 1))
            let frail = HandBuilt.person(&b, id: 8, age: 85)
            HandBuilt.problems(&b, frail, count: 9)  // moderate
            let dying = HandBuilt.person(&b, id: 9, age: 70)
            b.addCondition(dying, "PALLIATIVE", on: HandBuilt.ago(years: 0.2))
        }
        #expect(
            found == [
                .healthyAdults, .childrenAndYoungPeople, .longTermConditions, .maternity, .learningDisability,
                .seriousMentalIllness, .cancer, .frailty, .endOfLife,
            ])
    }

    @Test func precedenceFollowsTheDocumentedOrder() {
        let found = segments { b in
            // End of life beats frailty and cancer.
            let a = HandBuilt.person(&b, id: 1, age: 80)
            HandBuilt.problems(&b, a, count: 14)
            b.addCondition(a, "CANCER", on: HandBuilt.ago(years: 1))
            b.addCondition(a, "PALLIATIVE", on: HandBuilt.ago(years: 0.1))
            // Frailty beats cancer.
            let c = HandBuilt.person(&b, id: 2, age: 80)
            HandBuilt.problems(&b, c, count: 10)
            b.addCondition(c, "CANCER", on: HandBuilt.ago(years: 1))
            // Cancer beats SMI; SMI beats LD.
            let d = HandBuilt.person(&b, id: 3, age: 50)
            b.addCondition(d, "SMI", on: HandBuilt.ago(years: 5))
            b.addCondition(d, "CANCER", on: HandBuilt.ago(years: 2))
            let e = HandBuilt.person(&b, id: 4, age: 30)
            b.addCondition(e, "LD", on: HandBuilt.ago(years: 25))
            b.addCondition(e, "SMI", on: HandBuilt.ago(years: 5))
            // A child with LD is in LD; a pregnant woman with diabetes is in maternity.
            let f = HandBuilt.person(&b, id: 5, age: 12)
            b.addCondition(f, "LD", on: HandBuilt.ago(years: 8))
            let g = HandBuilt.person(&b, id: 6, age: 32, female: true)
            b.addCondition(g, "DIABETES", on: HandBuilt.ago(years: 3))
            b.add(.birthAsMother, g, on: HandBuilt.ago(years: 0.05))
        }
        #expect(
            found == [
                .endOfLife, .frailty, .cancer, .seriousMentalIllness, .learningDisability, .maternity,
            ])
    }

    @Test func boundariesOfTheRules() {
        let found = segments { b in
            // Cancer more than five years ago is a long-term condition.
            let a = HandBuilt.person(&b, id: 1, age: 60)
            b.addCondition(a, "CANCER", on: HandBuilt.ago(years: 6))
            // Mild frailty (5-8 deficits) is not the frailty segment; 65+ with 8 deficits and no
            // register stays a healthy adult.
            let c = HandBuilt.person(&b, id: 2, age: 70)
            HandBuilt.problems(&b, c, count: 8)
            // A care home resident is in frailty at any adult age.
            let d = HandBuilt.person(&b, id: 3, age: 55)
            b.addCareHome(d, on: HandBuilt.ago(years: 1))
            // Obesity alone is not a long-term condition.
            let e = HandBuilt.person(&b, id: 4, age: 35)
            b.addCondition(e, "OBESITY", on: HandBuilt.ago(years: 1))
            // A register entry after the date does not count yet.
            let f = HandBuilt.person(&b, id: 5, age: 35)
            b.addCondition(f, "DIABETES", on: HandBuilt.date.adding(days: 1))
            // Seven weeks after a birth is no longer maternity; under 18 is children.
            let g = HandBuilt.person(&b, id: 6, age: 17, female: true)
            b.add(.birthAsMother, g, on: HandBuilt.date.adding(days: -49))
            // 18 is an adult.
            HandBuilt.person(&b, id: 7, age: 18)
        }
        #expect(
            found == [
                .longTermConditions, .healthyAdults, .frailty, .healthyAdults, .healthyAdults,
                .childrenAndYoungPeople, .healthyAdults,
            ])
    }

    @Test func peopleNotPresentHaveNoSegment() {
        var b = PopulationBuilder(areas: HandBuilt.areas)
        let dead = HandBuilt.person(&b, id: 1, age: 70)
        b.setDeath(dead, on: HandBuilt.ago(years: 1))
        b.addPerson(
            id: 2, birth: HandBuilt.born(aged: 40), female: true, lsoa: "L5", practice: "P2",
            registeredFrom: HandBuilt.date.adding(days: 10))
        b.addPerson(id: 3, birth: HandBuilt.date.adding(days: 5), female: true, lsoa: "L5", practice: "P2")
        let data = b.build()
        let snapshot = PopulationSnapshot(data: data, date: HandBuilt.date)
        #expect((0..<3).allSatisfy { snapshot.segmentOf($0) == nil })
        #expect(snapshot.presentCount == 0)
    }

    @Test func countsFlowsAndOutcomesAddUp() {
        var b = PopulationBuilder(areas: HandBuilt.areas)
        let a = HandBuilt.person(&b, id: 1, age: 50, lsoa: "L1", practice: "P1")
        b.addCondition(a, "CHD", on: HandBuilt.ago(years: 0.5))  // healthy -> LTC during the year
        b.addAdmission(
            a, emergency: true, on: HandBuilt.date.adding(days: 30), until: HandBuilt.date.adding(days: 34))
        let c = HandBuilt.person(&b, id: 2, age: 80, lsoa: "L10", practice: "P3")
        b.setDeath(c, on: HandBuilt.date.adding(days: 100))
        // Born during the year.
        b.addPerson(id: 3, birth: HandBuilt.ago(years: 0.3), female: true, lsoa: "L10", practice: "P3")
        let data = b.build()
        let now = PopulationSnapshot(data: data, date: HandBuilt.date)
        let before = PopulationSnapshot(data: data, date: HandBuilt.ago(years: 1))
        let counts = SegmentCounts(data: data, snapshot: now, by: .lcp)
        #expect(counts.rows.map(\.group) == ["LCP1", "LCP2"])
        #expect(counts.rows.map(\.total) == [1, 2])
        let flows = SegmentFlows(data: data, first: before, second: now)
        let healthy = Segment.healthyAdults.rawValue
        #expect(flows.counts[healthy][Segment.longTermConditions.rawValue] == 1)
        let entered = Segment.allCases.count
        #expect(flows.counts[entered][Segment.childrenAndYoungPeople.rawValue] == 1)
        let later = PopulationSnapshot(data: data, date: HandBuilt.date.adding(days: 200))
        let deaths = SegmentFlows(data: data, first: now, second: later)
        #expect(deaths.counts[healthy][Segment.allCases.count] == 1)  // died
        let outcomes = SegmentOutcomes(data: data, snapshot: now, by: .city)
        let ltc = outcomes.rows.first { $0.segment == "long_term_conditions" }
        #expect(ltc?.emergencyAdmissions == 1)
        #expect(ltc?.emergencyBedDays == 4)
        #expect(outcomes.rows.first { $0.segment == "healthy_adults" }?.deaths == 1)
    }
}
