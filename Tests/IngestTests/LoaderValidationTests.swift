import Foundation
import Ingest
import Testing

@Suite struct LoaderValidationTests {
    let header = "admission_id,person_id,method,admit_date,discharge_date,delayed_days,diagnosis_group,acs\n"

    func load(_ fixture: IngestFixture, _ body: String, table: String = "admissions") throws -> LoadReport {
        let path = try fixture.file("\(table).csv", body)
        return try Loader(store: fixture.store).load([.init(table: table, path: path)])[0]
    }

    @Test func storesValidRowsAndQuarantinesEachKindOfBadOne() throws {
        let fixture = try IngestFixture()
        let report = try load(
            fixture,
            header + """
                1,1,emergency,2019-01-01,2019-01-05,0,respiratory,1
                2,x,emergency,2019-01-01,2019-01-05,0,respiratory,1
                3,1,urgent,2019-01-01,2019-01-05,0,respiratory,1
                4,1,elective,2019-01-10,2019-01-05,0,respiratory,0
                5,99,elective,2019-01-01,2019-01-05,0,respiratory,0
                6,1,elective,2019-02-30,,0,respiratory,0
                7,1,elective,2019-01-01,,-3,respiratory,0
                8,1,elective,,2019-01-05,0,respiratory,0
                9,2,elective,2019-01-01,,0,respiratory,2
                10,3,elective,2019-01-01,,0,respiratory,0

                """)
        #expect(report.rowsRead == 10)
        #expect(report.rowsStored == 2)
        let byLine = Dictionary(uniqueKeysWithValues: report.quarantined.map { ($0.line, $0) })
        #expect(byLine[3]?.field == "person_id")
        #expect(byLine[3]?.reason == "not a whole number")
        #expect(byLine[4]?.field == "method")
        #expect(byLine[5]?.field == "discharge_date")
        #expect(byLine[5]?.reason.contains("before admit_date") == true)
        // The reason names the other field, never its value (issue 12, item 3).
        #expect(byLine[5]?.reason.contains("2019-01-10") == false)
        #expect(byLine[6]?.reason == "no stored person has this identifier")
        #expect(byLine[7]?.field == "admit_date")
        #expect(byLine[7]?.value == "2019-02-30")
        #expect(byLine[8]?.field == "delayed_days")
        #expect(byLine[9]?.reason == "a value is required")
        #expect(byLine[10]?.field == "acs")
        #expect(report.quarantined.allSatisfy { $0.file.hasSuffix("admissions.csv") })
        #expect(try fixture.count("admissions") == 2)
        let quarantine = try String(contentsOfFile: try #require(report.quarantineReport), encoding: .utf8)
        #expect(quarantine.hasPrefix("file,line,field,value,reason\n"))
        #expect(quarantine.contains(",7,admit_date,2019-02-30,not a date YYYY-MM-DD"))
        let mode =
            try FileManager.default.attributesOfItem(atPath: try #require(report.quarantineReport))[
                .posixPermissions] as? Int
        #expect(mode == 0o600, "the quarantine report is readable by its owner only")
    }

    /// A stray quote on line 3 of a long file must not store line 2 and silently lose the rest as a
    /// "truncated last line": the load is refused and nothing is stored (issue 12, item 1).
    @Test func aStrayQuoteThatSwallowsTheRestOfTheFileFailsTheLoad() throws {
        let fixture = try IngestFixture()
        var body = "1,1,emergency,2019-01-01,2019-01-05,0,respiratory,1\n"
        body += "2,1,\"emergency,2019-01-01,2019-01-05,0,respiratory,1\n"
        for id in 3...200 { body += "\(id),1,emergency,2019-01-01,2019-01-05,0,respiratory,1\n" }
        let error = #expect(throws: LoadError.self) { _ = try load(fixture, header + body) }
        #expect(
            error?.description.contains("admissions.csv: a quote opened on line 3") == true,
            "\(String(describing: error))")
        #expect(error?.description.contains("never closed") == true)
        #expect(try fixture.count("admissions") == 0)
    }

    /// A huge rejected value is shown and written as a short prefix only (issue 12, item 3).
    @Test func rejectedValuesAreCutToAShortPrefix() throws {
        let row = QuarantinedRow(
            file: "persons.csv", line: 3, field: "sex", value: String(repeating: "x", count: 10_000_000),
            reason: "not one of: F, M")
        #expect(row.message.count < 200)
        #expect(row.message.contains("(10000000 characters)"))
        #expect(
            QuarantinedRow(file: "f", line: 1, field: "sex", value: "Q", reason: "r").message
                == "f:1: sex 'Q': r")
    }

    @Test func handlesWhatRealFilesContain() throws {
        let fixture = try IngestFixture()
        let text =
            "\u{FEFF}observation_id,person_id,obs_date,kind,value_code,value_num\r\n"
            + "1,1,2019-05-01,smoking,current,\r\n\r\n"
            + "2,2,2019-05-01,brief_advice,\"smoking\",\r\n"
            + "3,3,2019-05-01,bmi,,31.5\r\n"
            + "4,3,2019-05-01,smoking,\"ex\",\r\n"
            + "5,3,2019-05-02,bmi,,2"
        let report = try load(fixture, text, table: "observations")
        #expect(report.rowsStored == 5)
        #expect(report.quarantined.isEmpty)
        #expect(
            try fixture.store.query("SELECT value_code FROM observations WHERE observation_id = 4", [])
                == [[.text("ex")]])
    }

    @Test func reportsATruncatedLastLine() throws {
        let fixture = try IngestFixture()
        let report = try load(
            fixture, header + "1,1,emergency,2019-01-01,2019-01-05,0,respiratory,1\n2,1,emerg")
        #expect(report.rowsStored == 1)
        #expect(report.quarantined.map(\.line) == [3])
        #expect(report.quarantined.first?.reason.contains("truncated last line") == true)
        let quoted = try load(
            fixture, header + "1,1,emergency,2019-01-01,2019-01-05,0,respiratory,1\n3,1,\"emergency")
        #expect(quoted.quarantined.first?.reason.contains("truncated") == true)
    }

    @Test func aMissingColumnStopsTheLoadNamingIt() throws {
        let fixture = try IngestFixture()
        let error = #expect(throws: LoadError.self) {
            _ = try load(fixture, "admission_id,person_id,method\n1,1,emergency\n")
        }
        #expect(error?.description.contains("admit_date") == true)
        #expect(error?.description.contains("admissions.csv:1") == true)
        #expect(try fixture.count("admissions") == 0)
    }

    @Test func unknownTablesAndTheGeographyTableAreRefused() throws {
        let fixture = try IngestFixture()
        let path = try fixture.file("x.csv", "a\n1\n")
        #expect(throws: LoadError.self) {
            _ = try Loader(store: fixture.store).load([.init(table: "nope", path: path)])
        }
        #expect(throws: LoadError.self) {
            _ = try Loader(store: fixture.store).load([.init(table: "areas", path: path)])
        }
    }
}
