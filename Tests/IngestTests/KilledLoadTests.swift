import Foundation
import Ingest
import TestSupport
import Testing

/// Kills `placehealth load` with SIGKILL in the middle of a load and checks the store is as it was.
@Suite struct KilledLoadTests {
    /// The `placehealth` binary built beside the test bundle.
    static var binary: String? { Repository.placehealthBinary }

    @Test(
        .enabled(
            if: binary != nil, "the placehealth binary is built with the tests (swift build --build-tests)"))
    func aKilledLoadLeavesTheStoreExactlyAsItWas() throws {
        let fixture = try IngestFixture()
        let small = try fixture.file(
            "first.csv", "condition_id,person_id,register,onset_date\n1,1,DIABETES,2010-01-01\n")
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
        // A real thread (not a task: tests running in parallel may hold the cooperative pool) waits
        // until the load has begun writing (its write-ahead log passes 2 MB), then kills it.
        let log = fixture.store.location + "-wal"
        let outcome = KillOutcome()
        let killer = Thread {
            let deadline = Date().addingTimeInterval(120)
            func written() -> Int {
                ((try? FileManager.default.attributesOfItem(atPath: log))?[.size] as? Int) ?? 0
            }
            while written() < 2_000_000, process.isRunning, Date() < deadline {
                usleep(2_000)
            }
            usleep(200_000)
            outcome.killedMidway = process.isRunning
            kill(process.processIdentifier, SIGKILL)
        }
        killer.start()
        process.waitUntilExit()
        while !outcome.done { usleep(1_000) }
        #expect(outcome.killedMidway, "the load finished before it could be killed; make the file larger")

        let after = try fixture.store.query("SELECT COUNT(*), SUM(condition_id) FROM conditions", [])
        #expect(after == before)
        #expect(try fixture.store.query("PRAGMA integrity_check", []) == [[.text("ok")]])
    }
}

/// What the killing thread saw.
final class KillOutcome: @unchecked Sendable {
    private let lock = NSLock()
    private var killed = false
    private var finished = false

    var killedMidway: Bool {
        get { lock.withLock { killed } }
        set {
            lock.withLock {
                killed = newValue; finished = true
            }
        }
    }

    var done: Bool { lock.withLock { finished } }
}
