import Foundation
import PlaceModel
import Store
import Testing

@Suite struct SQLiteStoreTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
        "store-\(UUID().uuidString)")

    func makeStore() throws -> SQLiteStore {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return try SQLiteStore(path: directory.appendingPathComponent("t.sqlite").path)
    }

    let area: [FieldValue] = [
        .text("L1"), .text("lsoa"), .text("L one"), .null, .null, .int(1), .int(1500), .int(1),
    ]

    @Test func appliesNamedMigrations() throws {
        let store = try makeStore()
        #expect(
            try store.appliedMigrations() == [
                "v1-place-model", "v1-provenance", "v2-indicator-results", "v3-indicator-analysis",
                "v4-inequality-areas", "v5-population", "v6-access", "v7-audit-chain", "v8-assurance-edits",
                "v9-published-values", "v10-content-version", "v11-scenario-results",
            ])
        // Reopening applies nothing new and keeps the schema.
        let again = try SQLiteStore(path: store.location)
        #expect(
            try again.appliedMigrations() == [
                "v1-place-model", "v1-provenance", "v2-indicator-results", "v3-indicator-analysis",
                "v4-inequality-areas", "v5-population", "v6-access", "v7-audit-chain", "v8-assurance-edits",
                "v9-published-values", "v10-content-version", "v11-scenario-results",
            ])
    }

    @Test func insertReportsWhetherTheKeyWasNew() throws {
        let store = try makeStore()
        let results = try store.transaction { writer in
            [try writer.insert(PlaceSchema.areas, area), try writer.insert(PlaceSchema.areas, area)]
        }
        #expect(results == [true, false])
        #expect(try store.areaCodes(kind: "lsoa") == ["L1"])
    }

    @Test func aFailedTransactionLeavesNothing() throws {
        struct Boom: Error {}
        let store = try makeStore()
        let version = try store.contentVersion()
        #expect(throws: Boom.self) {
            try store.transaction { writer in
                _ = try writer.insert(PlaceSchema.areas, area)
                try writer.setDataset("synthetic", "true")
                throw Boom()
            }
        }
        #expect(try store.areaCodes(kind: nil).isEmpty)
        // Only the content version a new store is given; it did not change either.
        #expect(try store.dataset() == [SQLiteStore.contentVersionKey: version] && !version.isEmpty)
    }

    @Test func writingPlaceDataGivesANewContentVersionAndOtherWritesDoNot() throws {
        let store = try makeStore()
        let first = try store.contentVersion()
        try store.transaction { writer in try writer.setDataset("results_computed_at", "now") }
        #expect(try store.contentVersion() == first)
        try store.transaction { writer in _ = try writer.insert(PlaceSchema.areas, area) }
        let second = try store.contentVersion()
        #expect(second != first && !second.isEmpty)
        try store.transaction { writer in try writer.deleteAll(PlaceSchema.areas) }
        #expect(try store.contentVersion() != second)
    }

    @Test func queriesBindTheirValues() throws {
        let store = try makeStore()
        try store.transaction { writer in _ = try writer.insert(PlaceSchema.areas, area) }
        let hostile = "L1' OR '1'='1"
        #expect(
            try store.query("SELECT COUNT(*) FROM areas WHERE area_code = ?", [.text(hostile)]) == [[.int(0)]]
        )
        #expect(
            try store.query("SELECT name, imd_decile FROM areas WHERE area_code = ?", [.text("L1")])
                == [[.text("L one"), .int(1)]])
    }

    @Test func datesAreStoredAsISOText() throws {
        let store = try makeStore()
        let date = try #require(CivilDate(iso: "2016-02-29"))
        try store.transaction { writer in
            _ = try writer.insert(PlaceSchema.areas, area)
            _ = try writer.insert(
                PlaceSchema.persons,
                [.int(7), .date(date), .text("F"), .text("white"), .text("L1"), .null, .null, .null])
        }
        #expect(try store.query("SELECT birth_date FROM persons", []) == [[.text("2016-02-29")]])
        #expect(try store.personIDs() == [7])
        #expect(try store.summary().rows("persons") == 1)
    }

    @Test func aFileThatIsNotAStoreIsRefused() throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("junk.sqlite").path
        try Data("this is not a database, just text".utf8).write(to: URL(fileURLWithPath: path))
        let error = #expect(throws: StoreError.self) { try SQLiteStore(path: path) }
        #expect(error?.description.contains(path) == true)
    }
}
