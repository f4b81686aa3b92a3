import Foundation

/// What a fuzz run did: how many inputs, how long, and which failed.
public struct FuzzOutcome: Sendable, CustomStringConvertible {
    /// The component fuzzed.
    public let name: String
    /// The budget it ran with (its seed reproduces the inputs).
    public let budget: FuzzBudget
    /// Inputs tried.
    public let runs: Int
    /// Seconds taken.
    public let seconds: Double
    /// The slowest input's time, in seconds.
    public let slowest: Double
    /// The first failing inputs (at most ``FuzzRun/keptFailures``).
    public let failures: [FuzzFailure]
    /// How many inputs failed in all.
    public let failed: Int
    /// How many inputs the corpus holds (all are tried first).
    public let corpus: Int

    /// No input failed, and the whole corpus was tried.
    public var passed: Bool { failed == 0 && runs >= corpus }

    /// A one-line summary, then each failure kept.
    public var description: String {
        let head =
            "fuzz \(name): \(runs) inputs (corpus \(corpus)) in \(String(format: "%.2f", seconds)) s, slowest "
            + "\(String(format: "%.3f", slowest)) s, \(failed) failed; \(budget)"
        return ([head] + failures.map { "  \($0)" }).joined(separator: "\n")
    }
}

/// Runs a check on the inputs of a budget: the corpus itself first, then mutations of it.
public enum FuzzRun {
    /// How many failing inputs are kept (and saved) per run.
    public static let keptFailures = 5

    /// Runs `check` on the files of `folder` ending in `.extension`, then on mutations of them made
    /// with `tokens`, within `budget` (``FuzzBudget`` with `runs` and `seconds`, unless the
    /// environment says otherwise).
    public static func run(
        _ name: String, corpus folder: URL?, extension: String, tokens: [String], runs: Int = 3000,
        seconds: Double = 4, slow: Double = 1, check: ([UInt8]) -> String?
    ) throws -> FuzzOutcome {
        guard let folder else { throw CocoaError(.fileNoSuchFile) }
        let mutator = FuzzMutator(
            corpus: try FuzzMutator.corpus(in: folder, extension: `extension`), tokens: tokens)
        return run(name, mutator, FuzzBudget(runs: runs, seconds: seconds), slow: slow, check: check)
    }

    /// Runs `check` on inputs from `mutator` until the budget's inputs or time run out. `check` returns
    /// the property an input broke, or nil. An input taking longer than `slow` seconds fails too (a
    /// hang or a quadratic path); time is the thread's processor time, so a busy machine does not
    /// make an input slow. Set `PLACEHEALTH_FUZZ_TRACE=1` to write each input to a file before
    /// checking it, so that a crash leaves the crashing input behind (the path is printed).
    public static func run(
        _ name: String, _ mutator: FuzzMutator, _ budget: FuzzBudget, slow: Double = 1,
        check: ([UInt8]) -> String?
    ) -> FuzzOutcome {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("placehealth-fuzz")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let trace = ProcessInfo.processInfo.environment["PLACEHEALTH_FUZZ_TRACE"] == "1"
        let tracePath = folder.appendingPathComponent("\(name)-current.bin")
        if trace { print("fuzz \(name): \(budget); each input is written to \(tracePath.path) first") }
        let clock = ContinuousClock()
        let started = clock.now
        var failures: [FuzzFailure] = []
        var failed = 0
        var runs = 0
        var slowest = 0.0
        while runs < budget.runs, seconds(started.duration(to: clock.now)) < budget.seconds {
            let input = mutator.input(runs, seed: budget.seed)
            if trace { try? Data(input).write(to: tracePath) }
            let before = threadSeconds()
            var problem = check(input)
            let took = threadSeconds() - before
            slowest = max(slowest, took)
            if problem == nil, took > slow {
                problem =
                    "took \(String(format: "%.2f", took)) s (more than \(slow) s: a hang or a slow path?)"
            }
            if let problem {
                failed += 1
                if failures.count < keptFailures {
                    let url = folder.appendingPathComponent(
                        "\(name)-\(String(budget.seed, radix: 16))-\(runs).bin")
                    let saved = (try? Data(input).write(to: url)) != nil ? url.path : nil
                    failures.append(FuzzFailure(index: runs, input: input, problem: problem, savedAt: saved))
                }
            }
            runs += 1
        }
        let outcome = FuzzOutcome(
            name: name, budget: budget, runs: runs, seconds: seconds(started.duration(to: clock.now)),
            slowest: slowest, failures: failures, failed: failed, corpus: mutator.corpus.count)
        print(outcome)
        return outcome
    }

    /// Processor time used by the calling thread, in seconds.
    private static func threadSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    private static func seconds(_ duration: Duration) -> Double {
        let (whole, fraction) = duration.components
        return Double(whole) + Double(fraction) / 1e18
    }
}
