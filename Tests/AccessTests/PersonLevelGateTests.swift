import Access
import Population
import Store
import Testing

/// The gate and the population service: what is shown is what the engine computes, and every
/// request leaves its entry.
@Suite struct PersonLevelGateTests {
    @Test func aGrantedListIsTheEnginesListAndItsSizeIsLogged() throws {
        let store = try AccessStore.make()
        let (practice, _, _) = try AccessStore.areas(store)
        let service = try PopulationService(store: store, pack: AccessStore.pack)
        let request = AccessRequest.commandLine("tester", scope: .practice(practice), purpose: .caseFinding)
        for cohort in service.catalog.cohorts where service.isAvailable(cohort.id) {
            let list = try service.caseFindingList(cohort.id, scope: .practice(practice), request: request)
            let engine = try CaseFindingList(
                rule: CohortRule(cohort.rule, areas: service.data.areas), data: service.data,
                snapshot: service.snapshot, scores: service.scores, scope: .practice(practice))
            #expect(list.entries == engine.entries, "\(cohort.id)")
            let last = try #require(try service.audit.entries().last)
            #expect(last.user == "cli:tester" && last.channel == .cli && last.outcome == .granted)
            #expect(last.records == list.entries.count && last.subject == "cohort:\(cohort.id)")
        }
    }

    @Test func aPersonOutsideTheScopeAndAPersonNotHeldAreRefusedAlike() throws {
        let store = try AccessStore.make()
        let (practice, _, other) = try AccessStore.areas(store)
        let service = try PopulationService(store: store, pack: AccessStore.pack)
        let inside = Int64(
            try store.query(
                "SELECT MIN(person_id) FROM persons WHERE practice_code = ? AND registered_to IS NULL",
                [.text(practice)])[0][0].number!)
        let outside = Int64(
            try store.query("SELECT MIN(person_id) FROM persons WHERE practice_code = ?", [.text(other)])[0][
                0
            ]
            .number!)
        let request = AccessRequest.commandLine("tester", scope: .practice(practice), purpose: .directCare)
        let timeline = try service.timeline(of: inside, scope: .practice(practice), request: request)
        #expect(timeline.personID == inside && !timeline.entries.isEmpty)
        for person in [outside, 999_999_999] {
            #expect(throws: AccessError.outOfScope("practice \(practice)")) {
                try service.timeline(of: person, scope: .practice(practice), request: request)
            }
        }
        let outcomes = try service.audit.entries().map { "\($0.subject) \($0.outcome.rawValue)" }
        #expect(
            outcomes == [
                "person:\(inside) granted", "person:\(outside) refused", "person:999999999 refused",
            ])
    }

    /// A person whose registration with the practice has ended is not the practice's to see
    /// (issue 12, item 15): refused as an outsider, and logged as refused.
    @Test func anEndedRegistrationIsOutOfScope() throws {
        let store = try AccessStore.make()
        let service = try PopulationService(store: store, pack: AccessStore.pack)
        let row = try #require(
            try store.query(
                "SELECT person_id, practice_code FROM persons WHERE registered_to IS NOT NULL AND practice_code IS NOT NULL ORDER BY person_id LIMIT 1",
                []
            ).first)
        let (person, practice) = (Int64(row[0].number!), row[1].textValue!)
        let request = AccessRequest.commandLine("tester", scope: .practice(practice), purpose: .directCare)
        #expect(throws: AccessError.outOfScope("practice \(practice)")) {
            try service.timeline(of: person, scope: .practice(practice), request: request)
        }
        #expect(try service.audit.entries().last?.outcome == .refused)
    }

    @Test func withoutAPurposeNothingIsShownOrLogged() throws {
        let store = try AccessStore.make(persons: 400)
        let (practice, _, _) = try AccessStore.areas(store)
        let service = try PopulationService(store: store, pack: AccessStore.pack)
        let request = AccessRequest.commandLine("tester", scope: .practice(practice), purpose: nil)
        #expect(throws: AccessError.purposeRequired) {
            try service.caseFindingList("end-of-life-register", scope: .practice(practice), request: request)
        }
        #expect(try service.audit.entries().isEmpty)
    }
}

/// The population service's aggregates.
@Suite struct PopulationServiceTests {
    @Test func theDeprivedAndTheRestMakeUpEveryonesFlows() throws {
        let store = try AccessStore.make()
        let service = try PopulationService(store: store, pack: AccessStore.pack)
        let (y, m, d) = service.date.components
        #expect(service.previousDate.components == (y - 1, m, d))
        let all = service.flows().counts
        let deprived = service.flows(deciles: 1...1).counts
        let rest = service.flows(deciles: 2...10).counts
        let sum = zip(deprived, rest).map { zip($0, $1).map(+) }
        #expect(sum == all)
        #expect(all.joined().reduce(0, +) > 0)
        // The outcomes' persons by segment are the segment counts on the date.
        let outcomes = service.outcomes(by: .city)
        let segments = try #require(service.segments(by: .city).rows.first)
        for row in outcomes.rows {
            let k = try #require(segments.counts.indices.first { Segment.allCases[$0].id == row.segment })
            #expect(row.persons == segments.counts[k], "\(row.segment)")
        }
    }
}
