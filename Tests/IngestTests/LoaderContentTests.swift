import Foundation
import Ingest
import Testing

/// What a load refuses beyond types and ranges (issue 12, items 2 and 4): a key that arrives again
/// with other content, text that is not clean UTF-8, and codes outside their row's code list.
@Suite struct LoaderContentTests {
    let header = "admission_id,person_id,method,admit_date,discharge_date,delayed_days,diagnosis_group,acs\n"

    func load(_ fixture: IngestFixture, _ name: String, _ body: String, table: String) throws -> LoadReport {
        let path = try fixture.file(name, body)
        return try Loader(store: fixture.store).load([.init(table: table, path: path)])[0]
    }

    @Test func aKeyAgainWithOtherContentIsAConflictAndAnIdenticalRowAHarmlessRepeat() throws {
        let fixture = try IngestFixture()
        let first = try load(
            fixture, "a.csv",
            header + """
                1,1,emergency,2019-01-01,2019-01-05,0,respiratory,1
                1,1,emergency,2019-01-01,2019-01-05,0,respiratory,1
                1,2,elective,2019-01-01,2019-01-05,0,respiratory,1
                2,1,emergency,2019-01-01,,0,respiratory,0

                """, table: "admissions")
        #expect(first.rowsStored == 2 && first.rowsAlreadyStored == 1)
        #expect(first.quarantined.map(\.line) == [4])
        #expect(first.quarantined.first?.field == "admission_id")
        #expect(first.quarantined.first?.reason.contains("different row with this key") == true)
        // A later file: the same row again is a repeat; the same key with a new date is a conflict.
        let second = try load(
            fixture, "b.csv",
            header + """
                2,1,emergency,2019-01-01,,0,respiratory,0
                2,1,emergency,2019-01-02,,0,respiratory,0

                """, table: "admissions")
        #expect(second.rowsStored == 0 && second.rowsAlreadyStored == 1)
        #expect(second.quarantined.map(\.line) == [3])
        let stored = try fixture.store.query(
            "SELECT person_id, method, admit_date FROM admissions ORDER BY admission_id", [])
        #expect(
            stored.map { $0.map { $0.textValue ?? "" } } == [
                ["1", "emergency", "2019-01-01"], ["1", "emergency", "2019-01-01"],
            ])
    }

    @Test func textMustBeCleanUTF8() throws {
        let fixture = try IngestFixture()
        var bytes = Array("observation_id,person_id,obs_date,kind,value_code,value_num\n".utf8)
        bytes += Array("1,1,2019-01-01,smoking,curr\u{0}ent,\n".utf8)
        bytes += Array("2,1,2019-01-01,smoking,cur".utf8) + [0xC3, 0x28] + Array("rent,\n".utf8)
        bytes += Array("3,1,2019-01-01,smoking,ex\u{7},\n".utf8)
        bytes += Array("4,1,2019-01-01,smoking,current,\n".utf8)
        let url = fixture.directory.appendingPathComponent("bytes.csv")
        try Data(bytes).write(to: url)
        let report = try Loader(store: fixture.store).load([.init(table: "observations", path: url.path)])[0]
        #expect(report.rowsStored == 1)
        let byLine = Dictionary(uniqueKeysWithValues: report.quarantined.map { ($0.line, $0) })
        #expect(byLine[2]?.field == "value_code" && byLine[2]?.reason == "contains a NUL byte")
        #expect(byLine[3]?.field == "value_code" && byLine[3]?.reason == "not valid UTF-8 text")
        #expect(byLine[4]?.field == "value_code" && byLine[4]?.reason == "contains a control character")
    }

    @Test func anObservationsValueCodeMustBeInItsKindsList() throws {
        let fixture = try IngestFixture()
        let report = try load(
            fixture, "observations.csv",
            """
            observation_id,person_id,obs_date,kind,value_code,value_num
            1,1,2019-01-01,smoking,current,
            2,1,2019-01-01,smoking,sometimes,
            3,1,2019-01-01,activity,active,200
            4,1,2019-01-01,activity,current,200
            5,1,2019-01-01,bmi,,31.2
            6,1,2019-01-01,bmi,high,31.2
            7,1,2019-01-01,referral,weight,

            """, table: "observations")
        #expect(report.rowsStored == 4)
        #expect(report.quarantined.map(\.line) == [3, 5, 7])
        #expect(report.quarantined.allSatisfy { $0.field == "value_code" })
        #expect(report.quarantined.first?.reason.contains("smoking: current, ex, never") == true)
    }
}
