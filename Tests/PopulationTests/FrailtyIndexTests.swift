import PlaceModel
import Population
import TestSupport
import Testing

@Suite struct FrailtyIndexTests {
    @Test func thirtySixDeficitsEachFoundInTheDataModel() {
        #expect(FrailtyIndex.deficits.count == 36)
        #expect(Set(FrailtyIndex.deficits.map(\.name)).count == 36)
        for deficit in FrailtyIndex.deficits {
            for source in deficit.sources {
                switch source {
                case .register(let r): #expect(PopulationCodes.registers.contains(r), "\(deficit.name)")
                case .problem(let p): #expect(PopulationCodes.problems.contains(p), "\(deficit.name)")
                case .polypharmacy, .careRequirement: break
                }
            }
        }
        // Every problem code is some deficit.
        let problems = FrailtyIndex.deficits.flatMap(\.sources).compactMap { s -> String? in
            if case .problem(let p) = s { return p }
            return nil
        }
        #expect(Set(problems) == Set(PopulationCodes.problems))
    }

    @Test(arguments: [
        (0, FrailtyCategory.fit), (4, .fit), (5, .mild), (8, .mild), (9, .moderate), (12, .moderate),
        (13, .severe), (36, .severe),
    ])
    func categoriesFollowTheCutPoints(deficits: Int, category: FrailtyCategory) {
        #expect(FrailtyCategory(deficits: deficits) == category)
    }

    @Test func deficitsComeFromRegistersProblemsMedicinesAndCare() {
        var b = PopulationBuilder(areas: HandBuilt.areas)
        let i = HandBuilt.person(&b, id: 1, age: 80)
        b.addCondition(i, "AF", on: HandBuilt.ago(years: 5))
        b.addCondition(i, "COPD", on: HandBuilt.ago(years: 5))
        b.addCondition(i, "ASTHMA", on: HandBuilt.ago(years: 5))  // same deficit as COPD
        b.addCondition(i, "DEMENTIA", on: HandBuilt.ago(years: 2))
        b.addProblem(i, "memory_problems", on: HandBuilt.ago(years: 3))  // same deficit as dementia
        b.addProblem(i, "falls", on: HandBuilt.ago(years: 1))
        b.addProblem(i, "housebound", on: HandBuilt.date.adding(days: 3))  // after the date
        b.addCondition(i, "OBESITY", on: HandBuilt.ago(years: 5))  // not a deficit
        // Five medicine groups in the year: four repeats and a course ten months ago.
        for medicine in ["statin", "antiplatelet", "antihypertensive", "diuretic"] {
            b.addMedication(i, medicine, from: HandBuilt.ago(years: 3), repeat: true)
        }
        b.addMedication(i, "antibiotic", from: HandBuilt.ago(years: 0.8), repeat: false, respiratory: true)
        // A care package that ended before the date does not count; one running does.
        b.addCarePackage(i, "day_care", from: HandBuilt.ago(years: 3), until: HandBuilt.ago(years: 2))
        b.addCarePackage(i, "home_care", from: HandBuilt.ago(years: 0.5))
        let data = b.build()
        let bits = FrailtyIndex.deficits(of: i, in: data, on: HandBuilt.date.day)
        #expect(
            Set(FrailtyIndex.names(bits)) == [
                "atrial fibrillation", "respiratory disease", "memory and cognitive problems", "falls",
                "polypharmacy",
                "requirement for care",
            ])
        // Without the course, four groups are not polypharmacy.
        let later = FrailtyIndex.deficits(of: i, in: data, on: HandBuilt.date.adding(days: 120).day)
        #expect(!FrailtyIndex.names(later).contains("polypharmacy"))
        #expect(FrailtyIndex.names(later).contains("housebound"))
    }

    @Test func onlyPeopleAged65AndOverHaveAnIndex() {
        var b = PopulationBuilder(areas: HandBuilt.areas)
        let young = HandBuilt.person(&b, id: 1, age: 64)
        HandBuilt.problems(&b, young, count: 20)
        let old = HandBuilt.person(&b, id: 2, age: 65)
        HandBuilt.problems(&b, old, count: 20)
        let data = b.build()
        let snapshot = PopulationSnapshot(data: data, date: HandBuilt.date)
        #expect(snapshot.frailtyOf(young) == nil)
        #expect(snapshot.frailtyOf(old) == .severe)
        #expect(abs(snapshot.efi(old) - 20.0 / 36) < 1e-12)
        let summary = FrailtySummary(data: data, snapshot: snapshot, by: .city)
        #expect(summary.rows.first?.counts == [0, 0, 0, 1])
        #expect(summary.deficits.first { $0.deficit == "falls" }?.persons == 1)
    }
}
