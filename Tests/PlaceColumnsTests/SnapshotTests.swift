import Foundation
import Ingest
import PlaceColumns
import PlaceModel
import Store
import Synth
import Testing

import TestSupport

/// The columnar snapshot: made once, read again while the store is unchanged, and never read when
/// the store has changed (a load, a new synthesis) or the file is truncated or corrupt.
@Suite struct SnapshotTests {
    /// A new small SYNTHETIC store in its own folder.
    func store(seed: UInt64 = 7, persons: Int = 400) throws -> SQLiteStore {
        try SyntheticStore.make(persons: persons, seed: seed)
    }

    func path(_ store: SQLiteStore) throws -> String { try #require(PlaceColumns.snapshotPath(of: store)) }

    @Test func theSecondOpenMapsTheSnapshot() throws {
        let store = try store()
        let first = try PlaceColumns.open(store)
        guard case .store(let written, let reason) = first.origin else {
            Issue.record("the first open should read the store")
            return
        }
        #expect(written == (try path(store)) && reason == "no snapshot")
        let second = try PlaceColumns.open(store)
        #expect(second.origin == .snapshot(path: try path(store)))
        #expect(second.personCount == first.personCount && second.personCount > 0)
        for (name, table) in first.tables {
            #expect(second.table(name).count == table.count, "\(name)")
        }
    }

    @Test func loadingDataMakesTheSnapshotStale() throws {
        let store = try store()
        let before = try PlaceColumns.open(store)
        let person = before.personIDs[0]
        let csv = try SyntheticStore.scratch().appendingPathComponent("ae.csv")
        try
            "attendance_id,person_id,arrival_date,duration_minutes,admitted\n990000001,\(person),2020-05-01,100,0\n"
            .write(to: csv, atomically: true, encoding: .utf8)
        _ = try Loader(store: store).load([.init(table: "ae_attendances", path: csv.path)])
        let after = try PlaceColumns.open(store)
        #expect(
            after.origin
                == .store(path: try path(store), reason: "the store has changed since the snapshot was made"))
        #expect(after.table("ae_attendances").count == before.table("ae_attendances").count + 1)
        #expect(try PlaceColumns.open(store).origin == .snapshot(path: try path(store)))
    }

    @Test func aNewSynthesisMakesTheSnapshotStale() throws {
        let store = try store(seed: 7, persons: 300)
        let before = try PlaceColumns.open(store)
        _ = try Synthesizer(pack: Repository.leeds, seed: 8, persons: 350).write(to: store.location)
        let again = try SQLiteStore(path: store.location)
        let after = try PlaceColumns.open(again)
        guard case .store = after.origin else {
            Issue.record("a snapshot of the earlier synthesis was read")
            return
        }
        #expect(after.personCount != before.personCount)
        #expect(after.personCount == (try rows(again, "persons")))
    }

    @Test(arguments: ["truncated", "corrupt", "not a snapshot"])
    func aDamagedSnapshotIsRebuiltNotRead(_ damage: String) throws {
        let store = try store()
        let good = try PlaceColumns.open(store)
        let file = try path(store)
        var bytes = try Data(contentsOf: URL(fileURLWithPath: file))
        switch damage {
        case "truncated": bytes = bytes.prefix(bytes.count - 4096)
        case "corrupt": bytes[bytes.count / 2] ^= 0x5A
        default: bytes = Data("hello".utf8)
        }
        try bytes.write(to: URL(fileURLWithPath: file))
        let rebuilt = try PlaceColumns.open(store)
        guard case .store(_, let reason) = rebuilt.origin else {
            Issue.record("a \(damage) snapshot was read")
            return
        }
        #expect(reason != "no snapshot")
        #expect(rebuilt.personCount == good.personCount)
        #expect(try PlaceColumns.open(store).origin == .snapshot(path: file))
    }

    @Test func deletingTheSnapshotLosesNothing() throws {
        let store = try store()
        let first = try PlaceColumns.open(store)
        try FileManager.default.removeItem(atPath: try path(store))
        let again = try PlaceColumns.open(store)
        #expect(again.contentVersion == first.contentVersion)
        #expect(again.tables.mapValues(\.count) == first.tables.mapValues(\.count))
    }

    /// Rows stored in table `name`.
    func rows(_ store: SQLiteStore, _ name: String) throws -> Int {
        Int(try store.query("SELECT COUNT(*) FROM \(name)", []).first?.first?.number ?? -1)
    }
}
