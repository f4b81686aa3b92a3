import Foundation
import Ingest
import Testing

@Suite struct LoaderAtomicityTests {
    let conditions = "condition_id,person_id,register,onset_date\n"

    @Test func tooManyErrorsStoresNothingButWritesTheReport() throws {
        let fixture = try IngestFixture()
        let path = try fixture.file(
            "conditions.csv",
            conditions + "1,1,DIABETES,2010-01-01\n2,1,BAD,2010-01-01\n3,9,COPD,2010-01-01\n")
        let loader = Loader(store: fixture.store, maxErrors: 1)
        let error = #expect(throws: LoadError.self) {
            _ = try loader.load([.init(table: "conditions", path: path)])
        }
        #expect(error?.description.contains("nothing stored") == true)
        #expect(try fixture.count("conditions") == 0)
        #expect(FileManager.default.fileExists(atPath: path + ".quarantine.csv"))
        #expect(try fixture.store.summary().loads.first?.status == "failed")
    }

    @Test func aFolderLoadIsAllOrNothingAcrossFiles() throws {
        let fixture = try IngestFixture()
        let persons = try fixture.file(
            "persons.csv",
            "person_id,birth_date,sex,ethnic_group,lsoa_code,practice_code,registered_from,registered_to\n"
                + "10,1980-01-01,M,asian,L1,P1,2000-01-01,\n")
        let broken = try fixture.file(
            "conditions.csv", conditions + "1,10,DIABETES,2010-01-01\n2,10,BAD,2010-01-01\n")
        let loader = Loader(store: fixture.store, maxErrors: 0)
        #expect(throws: LoadError.self) {
            _ = try loader.load([
                .init(table: "persons", path: persons), .init(table: "conditions", path: broken),
            ])
        }
        #expect(try fixture.count("persons") == 3)
        #expect(try fixture.count("conditions") == 0)
        // Without the limit, the condition of a person loaded in the same run is accepted.
        let reports = try Loader(store: fixture.store).load([
            .init(table: "persons", path: persons), .init(table: "conditions", path: broken),
        ])
        #expect(reports.map(\.rowsStored) == [1, 1])
    }

    @Test func loadingTheSameFileTwiceStoresItOnce() throws {
        let fixture = try IngestFixture()
        let path = try fixture.file(
            "conditions.csv", conditions + "1,1,DIABETES,2010-01-01\n2,2,COPD,2011-01-01\n")
        let loader = Loader(store: fixture.store)
        let first = try loader.load([.init(table: "conditions", path: path)])[0]
        let second = try loader.load([.init(table: "conditions", path: path)])[0]
        #expect(first.rowsStored == 2)
        #expect(second.rowsStored == 0)
        #expect(second.rowsAlreadyStored == 2)
        #expect(try fixture.count("conditions") == 2)
    }

    @Test func aLargeFileLoadsCompletelyThroughThePipeline() throws {
        let fixture = try IngestFixture()
        var text = conditions
        for id in 1...50_000 { text += "\(id),\(id % 3 + 1),ASTHMA,2012-03-04\n" }
        let path = try fixture.file("conditions.csv", text)
        let report = try Loader(store: fixture.store).load([.init(table: "conditions", path: path)])[0]
        #expect(report.rowsStored == 50_000)
        #expect(try fixture.count("conditions") == 50_000)
    }
}
