import Foundation
import Testing

@testable import PlaceHealthCLI

/// `placehealth serve` and `placehealth demo`: their options, and when demo recomputes the results.
@Suite struct ServeAndDemoTests {
    @Test func badOptionsAreRefused() {
        #expect(throws: (any Error).self) { _ = try ServeCommand.parse(["--port", "70000"]) }
        #expect(throws: (any Error).self) { _ = try ServeCommand.parse(["--port", "-1"]) }
        #expect(throws: (any Error).self) { _ = try DemoCommand.parse(["--port", "65536"]) }
        #expect(throws: (any Error).self) { _ = try ServeCommand.parse(["--host", ""]) }
        let serve = try? ServeCommand.parse(["--db", "x.sqlite", "--port", "0"])
        #expect(serve?.port == 0 && serve?.host == "127.0.0.1")
    }

    @Test func demoComputesOnlyWhenTheResultsAreMissingOrStale() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "demo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("small.sqlite").path
        try await SynthCommand.parse(["--persons", "1000", "--seed", "3", "--out", path]).run()
        let set = try PackOptions.parse([]).load().indicators()
        let store = try StoreOptions.parse(["--db", path]).open()
        #expect(try DemoCommand.recomputeReason(store, set: set) == "no results yet")
        try await ComputeCommand.parse(["--db", path]).run()
        #expect(try DemoCommand.recomputeReason(store, set: set) == nil)
    }
}
