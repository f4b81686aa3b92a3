import Foundation
import PlaceModel
import Population
import Store
import Testing
import TestSupport

@testable import Scenarios

/// The activity baseline of a SYNTHETIC place equals the same counts made independently in SQL:
/// records, bed days, delayed days and every flag levers act on.
@Suite(.serialized) struct ActivityBaselineTests {
    static let store = ProjectionEstimateTests.store
    static let baseline = try! ActivityBaseline(store: store, year: 2019)

    func count(_ sql: String) throws -> Int { Int(try Self.store.query(sql, [])[0][0].number ?? 0) }

    static let inYear = "BETWEEN '2019-01-01' AND '2019-12-31'"

    @Test func admissionsAreCountedWithTheirDaysAndFlags() throws {
        let emergency = Self.baseline.total(.emergencyAdmission)
        #expect(emergency.count > 0)
        #expect(
            emergency.count
                == (try count(
                    "SELECT COUNT(*) FROM admissions WHERE method = 'emergency' AND admit_date \(Self.inYear)"
                )))
        #expect(
            emergency.bedDays
                == (try count(
                    """
                    SELECT SUM(MAX(0, julianday(discharge_date) - julianday(admit_date))) FROM admissions
                    WHERE method = 'emergency' AND admit_date \(Self.inYear) AND discharge_date IS NOT NULL
                    """)))
        #expect(
            emergency.delayedDays
                == (try count(
                    "SELECT COALESCE(SUM(delayed_days), 0) FROM admissions WHERE method = 'emergency' AND admit_date \(Self.inYear)"
                )))
        // The delayed part of the bed days: each admission's delayed days up to its own bed days.
        #expect(
            emergency.delayedWithinStay
                == (try count(
                    """
                    SELECT COALESCE(SUM(MIN(COALESCE(delayed_days, 0), CASE WHEN discharge_date IS NULL THEN 0
                    ELSE MAX(0, julianday(discharge_date) - julianday(admit_date)) END)), 0) FROM admissions
                    WHERE method = 'emergency' AND admit_date \(Self.inYear)
                    """)))
        let acs = Self.baseline.total(.emergencyAdmission) { $0.flags.contains(.ambulatoryCareSensitive) }
        #expect(
            acs.count
                == (try count(
                    "SELECT COUNT(*) FROM admissions WHERE method = 'emergency' AND acs = 1 AND admit_date \(Self.inYear)"
                )))
        let readmissions = Self.baseline.total(.emergencyAdmission) { $0.flags.contains(.readmission) }
        #expect(
            readmissions.count
                == (try count(
                    """
                    SELECT COUNT(*) FROM admissions a WHERE a.method = 'emergency' AND a.admit_date \(Self.inYear)
                      AND (SELECT MAX(b.discharge_date) FROM admissions b WHERE b.person_id = a.person_id
                           AND (b.admit_date < a.admit_date OR (b.admit_date = a.admit_date AND b.rowid < a.rowid)))
                          BETWEEN date(a.admit_date, '-30 days') AND a.admit_date
                    """)))
        #expect(readmissions.count > 0)
        let dying = Self.baseline.total(.electiveAdmission) { $0.flags.contains(.endOfLife) }
        #expect(
            dying.count
                == (try count(
                    """
                    SELECT COUNT(*) FROM admissions a JOIN deaths d ON d.person_id = a.person_id
                    WHERE a.method = 'elective' AND a.admit_date \(Self.inYear)
                      AND d.death_date BETWEEN a.admit_date AND date(a.admit_date, '+365 days')
                    """)))
    }

    @Test func frequentAttendersAndOtherSettingsAreCounted() throws {
        #expect(
            Self.baseline.total(.aeAttendance).count
                == (try count("SELECT COUNT(*) FROM ae_attendances WHERE arrival_date \(Self.inYear)")))
        #expect(
            Self.baseline.total(.aeAttendance) { $0.flags.contains(.frequentAttender) }.count
                == (try count(
                    """
                    SELECT COALESCE(SUM(n), 0) FROM (SELECT COUNT(*) AS n FROM ae_attendances
                    WHERE arrival_date \(Self.inYear) GROUP BY person_id HAVING COUNT(*) >= 5)
                    """)))
        #expect(
            Self.baseline.total(.careHomeAdmission).count
                == (try count("SELECT COUNT(*) FROM care_home_admissions WHERE admit_date \(Self.inYear)")))
        #expect(
            Self.baseline.total(.reablementEpisode).count
                == (try count("SELECT COUNT(*) FROM reablement_episodes WHERE start_date \(Self.inYear)")))
    }

    @Test func groupsAddUpToTheCity() {
        for setting in ActivitySetting.allCases {
            let city = Self.baseline.total(setting).count
            let byLCP = Self.baseline.lcps.indices.reduce(0) { sum, l in
                sum + Self.baseline.total(setting) { $0.lcp == l }.count
            }
            let byDecile = (0...10).reduce(0) { sum, d in
                sum + Self.baseline.total(setting) { $0.decile == d }.count
            }
            let outside = Self.baseline.total(setting) { $0.lcp < 0 }.count
            #expect(byLCP + outside == city)
            #expect(byDecile == city)
            #expect(
                Self.baseline.cells.keys.allSatisfy { $0.age >= 0 && Int($0.age) <= Self.baseline.oldest })
        }
    }

    @Test func segmentsAndFrailtyAreThoseOfTheFirstOfJuly() throws {
        // The persons' state on 1 July 2019 from the population engine, and the admissions from SQL.
        let data = try PopulationLoader(store: Self.store).load()
        let middle = PopulationSnapshot(data: data, date: CivilDate(year: 2019, month: 7, day: 1)!)
        let index = Dictionary(uniqueKeysWithValues: data.id.enumerated().map { ($1, $0) })
        var frail = 0
        var bySegment = [Int: Int]()
        for row in try Self.store.query(
            "SELECT person_id FROM admissions WHERE method = 'emergency' AND admit_date \(Self.inYear)", [])
        {
            let i = index[Int64(row[0].number!)]!
            let segment = middle.isPresent(i) ? Int(middle.segment[i]) : -1
            bySegment[segment, default: 0] += 1
            if middle.isPresent(i), middle.age[i] >= 65, (middle.frailtyOf(i) ?? .fit) >= .moderate {
                frail += 1
            }
        }
        #expect(frail > 0)
        #expect(Self.baseline.total(.emergencyAdmission) { $0.flags.contains(.frail) }.count == frail)
        for (segment, count) in bySegment {
            #expect(Self.baseline.total(.emergencyAdmission) { Int($0.segment) == segment }.count == count)
        }
        #expect(bySegment.count > 3)
    }

    @Test func aYearWithoutActivityIsRefused() {
        #expect(throws: ScenarioError.self) { try ActivityBaseline(store: Self.store, year: 1990) }
    }
}
