import Foundation
import PlacePack
import Store
import Testing
import TestSupport

@testable import Scenarios

/// Stored results carry what produced them; a baseline year without data is refused at its line.
@Suite struct ScenarioResultStoreTests {
    static let store = try! SyntheticStore.make(persons: 2_000, seed: 1_516)
    static let assumptions = try! ProjectionAssumptions.read(Repository.leeds)
    static let url = Repository.leedsFolder.appendingPathComponent("scenarios/left-shift.yaml")

    @Test func aResultIsStoredWithItsFileSeedRunsAndVersions() throws {
        let scenario = try ScenarioReader.read(file: Self.url, assumptions: Self.assumptions)
        let model = try ScenarioModel(store: Self.store, scenario: scenario, assumptions: Self.assumptions)
        #expect(model.synthetic && model.variants == ["principal", "low", "high"])
        let outcome = ScenarioEngine.run(model, scenario: scenario, runs: 20, seed: 3)
        let bytes = try Data(contentsOf: Self.url)
        let results = ScenarioResultStore(store: Self.store)
        let record = try results.save(
            outcome, scenario: scenario, fileText: bytes, seed: 3, runs: 20, synthetic: true)
        #expect(record.fileHash == ScenarioResultStore.sha256(bytes) && record.fileHash.count == 64)
        #expect(
            record.seed == 3 && record.runs == 20 && record.codeVersion == ScenarioResultStore.codeVersion)
        #expect(record.contentVersion == (try Self.store.contentVersion()))
        let loaded = try #require(try results.load(String(record.id.prefix(13))))
        #expect(loaded.record == record && loaded.outcome == outcome)
        #expect(loaded.fileText == String(decoding: bytes, as: UTF8.self))
        // Another seed is another result; the same again replaces it.
        let other = try results.save(
            outcome, scenario: scenario, fileText: bytes, seed: 4, runs: 20, synthetic: true)
        #expect(other.id != record.id)
        try results.save(outcome, scenario: scenario, fileText: bytes, seed: 3, runs: 20, synthetic: true)
        #expect(try results.list().filter { $0.id == record.id }.count == 1)
    }

    @Test func aBaselineYearWithNoDataIsRefusedAtItsLine() throws {
        let text = try String(contentsOf: Self.url, encoding: .utf8)
            .replacingOccurrences(of: "baseline_year: 2023", with: "baseline_year: 1990")
            .replacingOccurrences(of: "horizon_year: 2033", with: "horizon_year: 2000")
        let scenario = try ScenarioReader.read(
            PackNode.parse(text: text, file: "old.yaml"), assumptions: Self.assumptions)
        let line = text.components(separatedBy: "\n").firstIndex { $0.hasPrefix("baseline_year") }! + 1
        #expect {
            try ScenarioModel(store: Self.store, scenario: scenario, assumptions: Self.assumptions)
        } throws: { error in
            guard let error = error as? PackError else { return false }
            return error.file == "old.yaml" && error.line == line && error.field == "baseline_year"
        }
    }
}
