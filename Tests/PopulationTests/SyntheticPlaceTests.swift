import Foundation
import PlaceModel
import PlacePack
import Population
import Store
import Testing

@Suite struct SyntheticPlaceTests {
    static let earlierTables = [
        "persons", "conditions", "observations", "births", "deaths", "carers", "ae_attendances", "admissions",
        "mha_detentions", "sc_assessments", "sc_packages", "reablement_episodes", "care_home_admissions",
        "aggregate_values",
    ]

    @Test func thePrimaryCareRecordIsDeterministicAndLeavesTheOtherTablesAsTheyWere() throws {
        let first = try SyntheticPlace.synthesise(persons: 3_000, seed: 11)
        let again = try SyntheticPlace.synthesise(persons: 3_000, seed: 11)
        let other = try SyntheticPlace.synthesise(persons: 3_000, seed: 12)
        for table in ["problems", "medications"] {
            #expect(try SyntheticPlace.digest(first, table) == SyntheticPlace.digest(again, table))
            #expect(try SyntheticPlace.digest(first, table) != SyntheticPlace.digest(other, table))
        }
        // The same pack without its primary_care section: every other table is the same.
        let folder = try SyntheticPlace.scratch().appendingPathComponent("leeds")
        try FileManager.default.copyItem(at: SyntheticPlace.leedsFolder, to: folder)
        let synthesis = folder.appendingPathComponent("synthesis.yaml")
        let text = try String(contentsOf: synthesis, encoding: .utf8)
        let cut = try #require(text.range(of: "\nprimary_care:"))
        try String(text[..<cut.lowerBound] + "\n").write(to: synthesis, atomically: true, encoding: .utf8)
        let without = try SyntheticPlace.synthesise(persons: 3_000, seed: 11, pack: folder)
        #expect(try without.query("SELECT COUNT(*) FROM problems", []) == [[.int(0)]])
        for table in Self.earlierTables {
            #expect(
                try SyntheticPlace.digest(first, table) == SyntheticPlace.digest(without, table), "\(table)")
        }
    }

    @Test func theLoaderReadsEveryRecord() throws {
        let store = SyntheticPlace.shared
        let data = try PopulationLoader(store: store).load()
        func count(_ sql: String) throws -> Int {
            guard case .int(let n) = try store.query(sql, [])[0][0] else { return -1 }
            return Int(n)
        }
        #expect(data.count == (try count("SELECT COUNT(*) FROM persons")))
        #expect(data.synthetic)
        #expect(data.events(.condition).count == (try count("SELECT COUNT(*) FROM conditions")))
        #expect(data.events(.problem).count == (try count("SELECT COUNT(*) FROM problems")))
        #expect(data.events(.medication).count == (try count("SELECT COUNT(*) FROM medications")))
        #expect(data.events(.aeAttendance).count == (try count("SELECT COUNT(*) FROM ae_attendances")))
        #expect(
            data.events(.emergencyAdmission).count
                == (try count("SELECT COUNT(*) FROM admissions WHERE method = 'emergency'")))
        #expect(
            data.events(.smokingStatus).count
                == (try count("SELECT COUNT(*) FROM observations WHERE kind = 'smoking'")))
        #expect(data.areas.lcps.count == 18)
        // Each person's records are in date order.
        let problems = data.events(.problem)
        #expect(
            (0..<data.count).allSatisfy { i in
                zip(problems.range(i), problems.range(i).dropFirst()).allSatisfy {
                    problems.date[$0] <= problems.date[$1]
                }
            })
    }

    /// Deprived people are frail about ten years earlier (issue 13, item 7): people aged 65-74 in
    /// deciles 1-2 are about as frail as people aged 75-84 in deciles 9-10, and clearly frailer than
    /// people of their own age there.
    @Test func deprivedPeopleAreFrailEarlier() throws {
        let data = try PopulationLoader(store: SyntheticPlace.shared).load()
        let snapshot = PopulationSnapshot(data: data, date: CivilDate(year: 2023, month: 1, day: 1)!)
        func meanEFI(deciles: ClosedRange<Int>, ages: ClosedRange<Int>) -> Double {
            let people = (0..<data.count).filter { i in
                snapshot.isPresent(i) && deciles.contains(data.decile(i))
                    && ages.contains(Int(snapshot.age[i]))
            }
            return people.map { snapshot.efi($0) }.reduce(0, +) / Double(max(1, people.count))
        }
        let deprivedYounger = meanEFI(deciles: 1...2, ages: 65...74)
        let affluentYounger = meanEFI(deciles: 9...10, ages: 65...74)
        let affluentOlder = meanEFI(deciles: 9...10, ages: 75...84)
        #expect(deprivedYounger > 1.25 * affluentYounger, "\(deprivedYounger) vs \(affluentYounger)")
        #expect(
            (0.75...1.33).contains(deprivedYounger / affluentOlder), "\(deprivedYounger) vs \(affluentOlder)")
    }

    @Test func frailtyAndSegmentsLookLikeAPlace() throws {
        let data = try PopulationLoader(store: SyntheticPlace.shared).load()
        let snapshot = PopulationSnapshot(data: data, date: CivilDate(year: 2023, month: 1, day: 1)!)
        let frailty = FrailtySummary(data: data, snapshot: snapshot, by: .city)
        let counts = try #require(frailty.rows.first?.counts)
        let older = Double(counts.reduce(0, +))
        // Clegg et al. 2016: about 50% fit, 35% mild, 12% moderate, 3% severe.
        #expect((0.40...0.65).contains(Double(counts[0]) / older), "\(counts)")
        #expect((0.22...0.45).contains(Double(counts[1]) / older), "\(counts)")
        #expect((0.05...0.20).contains(Double(counts[2]) / older), "\(counts)")
        #expect((0.01...0.08).contains(Double(counts[3]) / older), "\(counts)")
        #expect(frailty.deficits.allSatisfy { $0.persons > 0 })
        let segments = SegmentCounts(data: data, snapshot: snapshot, by: .city).rows[0].counts
        #expect(segments.allSatisfy { $0 > 0 }, "\(segments)")
        let children =
            Double(segments[Segment.childrenAndYoungPeople.rawValue]) / Double(segments.reduce(0, +))
        #expect((0.15...0.30).contains(children))
        // The seeds' cohorts find people.
        let catalog = try CohortCatalog(pack: PlacePack.load(from: SyntheticPlace.leedsFolder))
        #expect(catalog.cohorts.map(\.id).count == 4)
        for id in ["severe-frailty-dementia-care-home", "respiratory-missing-cases", "end-of-life-register"] {
            let rule = try CohortRule(catalog.cohort(id).rule, areas: data.areas)
            let evaluator = try CohortEvaluator(rule: rule, data: data, snapshot: snapshot)
            #expect(CohortCounts(evaluator, by: .lcp).total > 0, "\(id)")
        }
    }

    @Test func aModelTrainedOnTheSyntheticPlaceDiscriminatesAndIsCalibrated() throws {
        let data = try PopulationLoader(store: SyntheticPlace.shared).load()
        let trained = RiskTraining(
            data: data, trainDate: CivilDate(year: 2021, month: 1, day: 1)!,
            testDate: CivilDate(year: 2022, month: 1, day: 1)!, createdAt: "test")
        #expect((trained.report.overall.auroc ?? 0) > 0.68)
        #expect(abs(trained.report.calibrationSlope - 1) < 0.2)
        #expect(abs(trained.report.calibrationIntercept) < 0.15)
        #expect(trained.report.synthetic)
        #expect(trained.report.byDeprivationDecile.count == 10)
    }

    @Test func aTimelineIsForItsScopeOnly() throws {
        let store = SyntheticPlace.shared
        let row = try #require(
            try store.query(
                """
                SELECT p.person_id, p.practice_code, x.parent_code FROM persons p JOIN areas x ON x.area_code = p.practice_code
                WHERE p.person_id IN (SELECT person_id FROM admissions) AND p.person_id IN (SELECT person_id FROM problems)
                  AND p.registered_to IS NULL
                ORDER BY p.person_id LIMIT 1
                """, []
            ).first)
        guard case .int(let id) = row[0], case .text(let practice) = row[1] else { return }
        let reader = TimelineReader(store: store)
        let timeline = try reader.timeline(of: id, scope: .practice(practice))
        #expect(timeline.synthetic)
        #expect(timeline.entries.first?.kind == "birth")
        #expect(zip(timeline.entries, timeline.entries.dropFirst()).allSatisfy { $0.date <= $1.date })
        #expect(
            Set(timeline.entries.map(\.source)).isSuperset(of: ["Registration", "GP practice", "Hospital"]))
        let other = practice == "B86S01" ? "B86S02" : "B86S01"
        #expect(throws: PopulationError.self) { try reader.timeline(of: id, scope: .practice(other)) }
        do {
            _ = try reader.timeline(of: id, scope: .practice(other))
        } catch let error as PopulationError {
            #expect(error.isOutOfScope)
            #expect(!error.description.contains(String(id)))
        }
        #expect(throws: PopulationError.self) { try reader.timeline(of: 1, scope: .practice(practice)) }
        #expect(throws: PopulationError.self) { try reader.timeline(of: id, scope: .lcp("NOPE")) }
    }
}
