import Foundation
import PlacePack
import Store
import Synth
import Testing

@Suite struct SynthesizerTests {
    @Test func theSameSeedGivesTheSameContentAndAnotherSeedDoesNot() throws {
        let first = try SynthFixture.digest(SynthFixture.synthesise(persons: 4_000, seed: 11))
        let again = try SynthFixture.digest(SynthFixture.synthesise(persons: 4_000, seed: 11))
        let other = try SynthFixture.digest(SynthFixture.synthesise(persons: 4_000, seed: 12))
        #expect(first == again)
        #expect(first["persons"] != other["persons"])
        #expect(first["admissions"] != other["admissions"])
        // The geography comes from the pack, not the seed.
        #expect(first["areas"] == other["areas"])
    }

    @Test func everythingGeneratedIsMarkedSynthetic() throws {
        let store = try SynthFixture.synthesise(persons: 2_000, seed: 3)
        let dataset = try store.dataset()
        #expect(dataset["synthetic"] == "true")
        #expect(dataset["seed"] == "3")
        #expect(
            try store.query("SELECT COUNT(*) FROM aggregate_values WHERE synthetic = 0", []) == [[.int(0)]])
        #expect(
            try store.query("SELECT COUNT(*) FROM aggregate_values WHERE source NOT LIKE '%SYNTHETIC%'", [])
                == [[.int(0)]])
    }

    @Test func storedRowsPassTheLoadersOwnRules() throws {
        let store = try SynthFixture.synthesise(persons: 2_000, seed: 5)
        // Referential integrity and date order, checked in SQL.
        let orphans = try store.query(
            "SELECT COUNT(*) FROM admissions a LEFT JOIN persons p ON p.person_id = a.person_id WHERE p.person_id IS NULL",
            [])
        #expect(orphans == [[.int(0)]])
        #expect(
            try store.query("SELECT COUNT(*) FROM admissions WHERE discharge_date < admit_date", []) == [
                [.int(0)]
            ])
        #expect(
            try store.query(
                "SELECT COUNT(*) FROM deaths d JOIN persons p USING (person_id) WHERE d.death_date < p.birth_date",
                [])
                == [[.int(0)]])
        #expect(
            try store.query(
                "SELECT COUNT(*) FROM persons WHERE lsoa_code NOT IN (SELECT area_code FROM areas WHERE kind = 'lsoa')",
                [])
                == [[.int(0)]])
    }

    @Test func anInterruptedSynthesisLeavesTheExistingStore() throws {
        let path = try SynthFixture.scratch().appendingPathComponent("leeds.sqlite").path
        try Data("previous content".utf8).write(to: URL(fileURLWithPath: path))
        // An invalid pack folder fails before anything is replaced.
        let broken = try SynthFixture.scratch()
        #expect(throws: (any Error).self) { _ = try PlacePack.load(from: broken) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "previous content")
    }

    /// `synth --out` never replaces a store of real data (its audit log with it), nor a file that
    /// is not a store; it does replace a synthetic store (issue 12, item 9).
    @Test func onlyASyntheticStoreIsReplaced() throws {
        let pack = try SynthFixture.leeds()
        let folder = try SynthFixture.scratch()
        let real = folder.appendingPathComponent("real.sqlite").path
        let store = try SQLiteStore(path: real)  // an empty store, as `placehealth init` makes
        _ = try store.query("SELECT COUNT(*) FROM areas", [])
        let before = try Data(contentsOf: URL(fileURLWithPath: real))
        #expect(throws: StoreError.self) {
            _ = try Synthesizer(pack: pack, seed: 1, persons: 1_000).write(to: real)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: real)) == before)
        let text = folder.appendingPathComponent("notes.sqlite").path
        try Data("not a store".utf8).write(to: URL(fileURLWithPath: text))
        #expect(throws: StoreError.self) {
            _ = try Synthesizer(pack: pack, seed: 1, persons: 1_000).write(to: text)
        }
        #expect(try String(contentsOfFile: text, encoding: .utf8) == "not a store")
        let synthetic = folder.appendingPathComponent("synthetic.sqlite").path
        _ = try Synthesizer(pack: pack, seed: 1, persons: 1_000).write(to: synthetic)
        #expect(SQLiteStore.isSyntheticStore(at: synthetic))
        _ = try Synthesizer(pack: pack, seed: 2, persons: 1_000).write(to: synthetic)
        #expect(!SQLiteStore.isSyntheticStore(at: real))
    }
}

@Suite struct AggregateInputTests {
    @Test func everyAggregateStrategyIndicatorHasSyntheticValuesForEveryWardAndYear() throws {
        let pack = try SynthFixture.leeds()
        let store = try SynthFixture.synthesise(persons: 2_000, seed: 9)
        let aggregate = pack.strategy.indicators.filter { $0.source == "aggregate" }
        #expect(aggregate.count >= 10)
        for indicator in aggregate {
            let rows = try store.query(
                "SELECT COUNT(DISTINCT period), COUNT(DISTINCT area_code) FROM aggregate_values WHERE indicator_id = ?",
                [.text(indicator.id)])
            #expect(rows == [[.int(10), .int(Int64(pack.geography.wards.count + 1))]], "\(indicator.id)")
        }
    }
}
