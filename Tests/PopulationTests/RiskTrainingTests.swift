import Foundation
import PlaceModel
import Population
import Statistics
import Store
import TestSupport
import Testing

/// The risk model trained and tested on a hand-built place whose true risks are known: every
/// person's chance of an emergency admission each year is a logistic function of their age band,
/// sex, deprivation and diabetes, with known coefficients.
@Suite struct RiskTrainingTests {
    static let truth: [String: Double] = [
        "intercept": -3.0, "age_45_59": 0.5, "age_60_69": 0.9, "age_70_79": 1.4, "age_80_89": 1.9,
        "female": -0.2,
        "deprivation": 0.8, "register_diabetes": 0.7,
    ]

    static func trueRisk(age: Int, female: Bool, decile: Int, diabetes: Bool) -> Double {
        var eta = truth["intercept"]!
        switch age {
        case 45...59: eta += truth["age_45_59"]!
        case 60...69: eta += truth["age_60_69"]!
        case 70...79: eta += truth["age_70_79"]!
        case 80...89: eta += truth["age_80_89"]!
        default: break
        }
        if female { eta += truth["female"]! }
        eta += truth["deprivation"]! * Double(10 - decile) / 9
        if diabetes { eta += truth["register_diabetes"]! }
        return 1 / (1 + exp(-eta))
    }

    static let train = CivilDate(year: 2021, month: 1, day: 1)!
    static let test = CivilDate(year: 2022, month: 1, day: 1)!

    /// 60,000 persons aged 18-89 on the training date, with admissions drawn each year 2020-2022.
    static let place: PopulationData = {
        var random = SeededRandomGenerator(seed: 2024)
        var b = PopulationBuilder(areas: HandBuilt.areas)
        let lsoas = [("L1", 1), ("L5", 5), ("L10", 10)]
        for id in 1...60_000 {
            let age = 18 + Int(random.nextOpenUnit() * 72)
            let female = random.nextOpenUnit() < 0.5
            let (lsoa, decile) = lsoas[Int(random.nextOpenUnit() * 3)]
            let birth = train.adding(days: -(age * 365 + 100 + Int(random.nextOpenUnit() * 200)))
            let i = b.addPerson(id: Int64(id), birth: birth, female: female, lsoa: lsoa, practice: "P1")
            let diabetes = random.nextOpenUnit() < 0.15
            if diabetes { b.addCondition(i, "DIABETES", on: CivilDate(year: 2010, month: 3, day: 1)!) }
            for year in 2020...2022 {
                let ageThen = CivilDate(day: birth.day).age(on: CivilDate(year: year, month: 1, day: 1)!)
                let p = trueRisk(age: ageThen, female: female, decile: decile, diabetes: diabetes)
                if random.nextOpenUnit() < p {
                    let day = CivilDate(year: year, month: 1, day: 2)!.adding(
                        days: Int(random.nextOpenUnit() * 360))
                    b.addAdmission(i, emergency: true, on: day, until: day.adding(days: 3))
                }
            }
        }
        return b.build()
    }()

    @Test func recoversTheTrueModelAndReportsItsPerformance() throws {
        let trained = RiskTraining(
            data: Self.place, trainDate: Self.train, testDate: Self.test, createdAt: "now")
        let model = trained.model
        for (name, value) in Self.truth {
            let k = try #require(model.features.firstIndex(of: name))
            #expect(abs(model.coefficients[k] - value) < 0.2, "\(name): \(model.coefficients[k]) vs \(value)")
        }
        // Features the truth does not use stay near 0 (previous admissions are independent here).
        let previous = try #require(model.features.firstIndex(of: "any_emergency_admission_12m"))
        #expect(abs(model.coefficients[previous]) < 0.15)
        let report = trained.report
        #expect(report.converged)
        #expect(report.trainPersons == 60_000)
        // The test period's ideal AUROC, from the true risks on the test date.
        let snapshot = PopulationSnapshot(data: Self.place, date: Self.test)
        var truthRisk: [Double] = []
        var outcome: [Bool] = []
        for i in 0..<Self.place.count where snapshot.isPresent(i) {
            let decile = Self.place.decile(i)
            let diabetes = Self.place.events(.condition).count(i, from: 0, to: Self.test.day) > 0
            truthRisk.append(
                Self.trueRisk(
                    age: Int(snapshot.age[i]), female: Self.place.female[i], decile: decile,
                    diabetes: diabetes))
            outcome.append(
                Self.place.events(.emergencyAdmission).count(
                    i, from: Self.test.day + 1, to: Self.test.day + 365) > 0)
        }
        let ideal = try #require(ModelMetrics.auroc(truthRisk, outcome))
        #expect(
            abs((report.overall.auroc ?? 0) - ideal) < 0.01, "AUROC \(report.overall.auroc ?? 0) vs \(ideal)")
        #expect(abs(report.calibrationSlope - 1) < 0.12)
        #expect(abs(report.calibrationIntercept) < 0.08)
        #expect(report.calibrationDeciles.count == 10)
        #expect(report.byDeprivationDecile.map(\.group) == ["1", "5", "10"])
        #expect(report.byEthnicGroup.map(\.group) == ["white"])
        #expect(report.overall.flagged == Int((Double(report.overall.persons) * 0.02).rounded(.up)))
        // Deprived areas have more admissions, and the report shows it.
        #expect(report.byDeprivationDecile[0].observedRate > report.byDeprivationDecile[2].observedRate)
    }

    @Test func scoringIsReproducibleAndTheModelIsStoredWithItsVersion() throws {
        let one = RiskTraining(data: Self.place, trainDate: Self.train, testDate: Self.test, createdAt: "a")
        let two = RiskTraining(data: Self.place, trainDate: Self.train, testDate: Self.test, createdAt: "b")
        #expect(one.model.coefficients == two.model.coefficients)
        #expect(one.model.version == two.model.version)
        #expect(one.model.version.hasPrefix("emergency-admission-12m-2021-01-01-"))
        let snapshot = PopulationSnapshot(data: Self.place, date: Self.test)
        let scores = one.model.scores(Self.place, snapshot)
        #expect(
            scores.elementsEqual(two.model.scores(Self.place, snapshot)) {
                $0 == $1 || ($0.isNaN && $1.isNaN)
            })

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "risk-\(UUID().uuidString)")
        let store = try SQLiteStore(path: folder.appendingPathComponent("t.sqlite").path)
        #expect(try store.appliedMigrations().contains("v5-population"))
        let models = RiskModelStore(store: store)
        #expect(try models.load() == nil)
        #expect(try models.save(one.model, one.report))
        #expect(try !models.save(one.model, one.report))
        let loaded = try #require(try models.load(version: one.model.version))
        #expect(loaded.model == one.model)
        #expect(loaded.report == one.report)
        #expect(try models.list().map(\.version) == [one.model.version])
        #expect(try models.load(version: "nope") == nil)
    }
}
