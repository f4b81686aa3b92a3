import Foundation
import Ingest
import Store
import Testing

@Suite struct BulkIndexTests {
    func indexes(_ fixture: IngestFixture) throws -> Int64 {
        guard
            case .int(let n) = try fixture.store.query(
                "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'conditions_person_id'",
                [])[0][0]
        else { return -1 }
        return n
    }

    func bigFile(_ fixture: IngestFixture, bad: Bool = false) throws -> String {
        var text = "condition_id,person_id,register,onset_date\n"
        for id in 1...250_000 { text += "\(id),\(id % 3 + 1),ASTHMA,2012-03-04\n" }
        if bad { text += "250001,1,NOPE,2012-03-04\n" }
        return try fixture.file("conditions.csv", text)
    }

    @Test func aBulkLoadLeavesIndexesToTheNextCompute() throws {
        let fixture = try IngestFixture()
        _ = try Loader(store: fixture.store).load([.init(table: "conditions", path: try bigFile(fixture))])
        #expect(try fixture.count("conditions") == 250_000)
        #expect(try indexes(fixture) == 0)
        #expect(try fixture.store.hasPendingIndexes())
        try fixture.store.buildPendingIndexes()
        #expect(try indexes(fixture) == 1)
        #expect(try !fixture.store.hasPendingIndexes())
    }

    @Test func aFailedBulkLoadKeepsTheIndexes() throws {
        let fixture = try IngestFixture()
        let loader = Loader(store: fixture.store, maxErrors: 0)
        #expect(throws: LoadError.self) {
            _ = try loader.load([.init(table: "conditions", path: try bigFile(fixture, bad: true))])
        }
        #expect(try indexes(fixture) == 1)
        #expect(try !fixture.store.hasPendingIndexes())
        #expect(try fixture.count("conditions") == 0)
    }
}
