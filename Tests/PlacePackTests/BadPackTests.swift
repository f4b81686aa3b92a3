import Foundation
import PlacePack
import Testing

@Suite("Bad packs give errors naming file, line and field")
struct BadPackTests {
    @Test func theTinyPackLoads() throws {
        let tiny = try TinyPack()
        #expect(tiny.loadError() == nil)
    }

    @Test func unknownWardInAnLSOA() throws {
        let text = TinyPack.geography(replacing: "name: Hill 002, ward: W1", with: "name: Hill 002, ward: W9")
        let error = try #require(try TinyPack(replacing: "geography.yaml", with: text).loadError())
        #expect(error.kind == .unknownReference)
        #expect(error.file == "geography.yaml")
        #expect(error.line == 13)
        #expect(error.field == "lsoas[1].ward")
        #expect(error.description.hasPrefix("geography.yaml:13: lsoas[1].ward:"))
        #expect(error.message.contains("W9"))
    }

    @Test func unknownLCPAndPCN() throws {
        let lcp = TinyPack.geography(replacing: "name: Hill, lcp: L1", with: "name: Hill, lcp: L7")
        let lcpError = try #require(try TinyPack(replacing: "geography.yaml", with: lcp).loadError())
        #expect(lcpError.kind == .unknownReference && lcpError.line == 6 && lcpError.field == "wards[0].lcp")
        let pcn = TinyPack.geography(replacing: "pcn: P1", with: "pcn: P2")
        let pcnError = try #require(try TinyPack(replacing: "geography.yaml", with: pcn).loadError())
        #expect(
            pcnError.kind == .unknownReference && pcnError.line == 10 && pcnError.field == "practices[0].pcn")
    }

    @Test func duplicateCode() throws {
        let text = TinyPack.geography(replacing: "{code: A2,", with: "{code: A1,")
        let error = try #require(try TinyPack(replacing: "geography.yaml", with: text).loadError())
        #expect(error.kind == .duplicateCode)
        #expect(error.line == 13 && error.field == "lsoas[1].code")
        #expect(error.message.contains("first at line 12"))
    }

    @Test func decileOutOfRangeAndNonPositivePopulation() throws {
        let decile = TinyPack.geography(replacing: "imd_decile: 10", with: "imd_decile: 11")
        let decileError = try #require(try TinyPack(replacing: "geography.yaml", with: decile).loadError())
        #expect(decileError.kind == .outOfRange && decileError.line == 13)
        #expect(decileError.field == "lsoas[1].imd_decile")
        let population = TinyPack.geography(
            replacing: "imd_decile: 1, population: 1500", with: "imd_decile: 1, population: 0")
        let populationError = try #require(
            try TinyPack(replacing: "geography.yaml", with: population).loadError())
        #expect(populationError.kind == .outOfRange && populationError.line == 12)
        #expect(populationError.field == "lsoas[0].population")
    }

    @Test func indicatorLinkedToMissingOutcomeOrPriority() throws {
        let strategy = TinyPack.files["strategy.yaml"]!
        let outcome = strategy.replacingOccurrences(of: "outcome: 1", with: "outcome: 4")
        let outcomeError = try #require(try TinyPack(replacing: "strategy.yaml", with: outcome).loadError())
        #expect(outcomeError.kind == .unknownReference && outcomeError.file == "strategy.yaml")
        #expect(outcomeError.line == 11 && outcomeError.field == "indicators[0].outcome")
        let priority = strategy.replacingOccurrences(of: "priorities: [1, 2]", with: "priorities: [1, 13]")
        let priorityError = try #require(try TinyPack(replacing: "strategy.yaml", with: priority).loadError())
        #expect(priorityError.kind == .unknownReference && priorityError.line == 12)
        #expect(priorityError.field == "indicators[0].priorities[1]")
    }

    @Test func unknownMetricAndMissingSource() throws {
        let calibration = TinyPack.files["calibration.yaml"]!
        let metric = calibration.replacingOccurrences(of: "deaths_per_year", with: "deaths_per_week")
        let metricError = try #require(try TinyPack(replacing: "calibration.yaml", with: metric).loadError())
        #expect(metricError.kind == .unknownMetric && metricError.line == 4)
        #expect(metricError.field == "targets[0].metric" && metricError.file == "calibration.yaml")
        let unsourced = calibration.replacingOccurrences(of: "    source: Made up for a test\n", with: "")
        let sourceError = try #require(
            try TinyPack(replacing: "calibration.yaml", with: unsourced).loadError())
        #expect(sourceError.kind == .missingField && sourceError.field == "targets[0].source")
        #expect(sourceError.line == 2)
    }

    @Test func missingFieldWrongTypeAndBadYAML() throws {
        let missing = TinyPack.geography(replacing: ", synthetic: true}", with: "}")
        let missingError = try #require(try TinyPack(replacing: "geography.yaml", with: missing).loadError())
        #expect(missingError.kind == .missingField && missingError.field == "wards[0].synthetic")
        #expect(missingError.line == 6)
        let wrongType = TinyPack.geography(replacing: "list_weight: 2.5", with: "list_weight: big")
        let typeError = try #require(try TinyPack(replacing: "geography.yaml", with: wrongType).loadError())
        #expect(
            typeError.kind == .wrongType && typeError.field == "practices[0].list_weight"
                && typeError.line == 10)
        let broken = "id: tiny\nname: [Tiny\npopulation: 3000\n"
        let yamlError = try #require(try TinyPack(replacing: "pack.yaml", with: broken).loadError())
        #expect(yamlError.kind == .invalidYAML && yamlError.file == "pack.yaml" && yamlError.line != nil)
    }

    @Test func practiceLCPMustBeItsPCNsLCP() throws {
        let text = TinyPack.geography(
            replacing: "  - {code: L1, name: North LCP, neighbourhood_team: NT1}",
            with:
                "  - {code: L1, name: North LCP, neighbourhood_team: NT1}\n  - {code: L2, name: South, neighbourhood_team: NT1}"
        ).replacingOccurrences(of: "pcn: P1, lcp: L1", with: "pcn: P1, lcp: L2")
        let error = try #require(try TinyPack(replacing: "geography.yaml", with: text).loadError())
        #expect(error.kind == .inconsistent && error.field == "practices[0].lcp" && error.line == 11)
    }

    @Test func aFileThatIsNotUTF8IsInvalidAndAMissingOneIsNotFound() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pack-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data([0x69, 0x64, 0x3A, 0x20, 0xFF, 0xFE, 0x0A]).write(
            to: folder.appendingPathComponent("bad.yaml"))
        do {
            _ = try PackNode.parse(file: "bad.yaml", in: folder)
            Issue.record("bad UTF-8 was read")
        } catch let error as PackError {
            #expect(
                error.kind == .invalidYAML && error.file == "bad.yaml" && error.message.contains("not UTF-8"))
        }
        do {
            _ = try PackNode.parse(file: "missing.yaml", in: folder)
            Issue.record("a missing file was read")
        } catch let error as PackError {
            #expect(error.kind == .fileNotFound && error.file == "missing.yaml")
        }
    }
}
