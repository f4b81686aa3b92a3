import Foundation
import Ingest
import Testing

/// Kills `placehealth load` with SIGKILL in the middle of a load and checks the store is as it was.
@Suite struct KilledLoadTests {
    /// The `placehealth` binary built beside the test bundle.
    static var binary: String? {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var directory = URL(fileURLWithPath: exe).deletingLastPathComponent()
        while directory.path != "/", !directory.lastPathComponent.hasSuffix(".xctest") && directory.lastPathComponent != "debug"
            && directory.lastPathComponent != "release"
        {
            directory.deleteLastPathComponent()
        }
        if directory.lastPathComponent.hasSuffix(".xctest") { directory.deleteLastPathComponent() }
        let candidate = directory.appendingPathComponent("placehealth").path
        return FileManager.default.isExecutableFile(atPath: candidate) ? candidate : nil
    }

    @Test(.enabled(if: binary != nil, "the placehealth binary is built with the tests (swift build --build-tests)"))
    func aKilledLoadLeavesTheStoreExactlyAsItWas() async throws {
        let fixture = try IngestFixture()
        let small = try fixture.file("first.csv", "condition_id,person_id,register,onset_date\n1,1,DIABETES,2010-01-01\n")
        _ = try Loader(store: fixture.store).load([.init(table: "conditions", path: small)])
        var text = "condition_id,person_id,register,onset_date\n"
        text.reserveCapacity(60_000_000)
        for id in 2...2_000_000 { text += "\(id),\(id % 3 + 1),ASTHMA,2012-03-04\n" }
        let big = try fixture.file("big.csv", text)
        let before = try fixture.store.query("SELECT COUNT(*), SUM(condition_id) FROM conditions", [])

        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(Self.binary))
        process.arguments = ["load", "--db", fixture.store.location, "--table", "conditions", big]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Wait until the load has begun writing (its rollback journal exists), then kill it.
        let journal = fixture.store.location + "-journal"
        let deadline = Date().addingTimeInterval(60)
        while !FileManager.default.fileExists(atPath: journal), process.isRunning, Date() < deadline {
            try await Task.sleep(for: .milliseconds(5))
        }
        try await Task.sleep(for: .milliseconds(300))
        let killedMidway = process.isRunning
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(killedMidway, "the load finished before it could be killed; make the file larger")

        let after = try fixture.store.query("SELECT COUNT(*), SUM(condition_id) FROM conditions", [])
        #expect(after == before)
        #expect(try fixture.store.query("PRAGMA integrity_check", []) == [[.text("ok")]])
    }
}
