import Foundation

/// How much a fuzz test runs: a seed, a number of inputs and a time cap.
///
/// The environment overrides the defaults: `PLACEHEALTH_FUZZ_SEED` (a number, `0x…`, or `random`),
/// `PLACEHEALTH_FUZZ_RUNS` (inputs per component; the time cap then defaults to an hour) and
/// `PLACEHEALTH_FUZZ_SECONDS` (the time cap per component).
public struct FuzzBudget: Sendable, CustomStringConvertible {
    /// The seed every input is derived from (with its index).
    public let seed: UInt64
    /// How many inputs to try.
    public let runs: Int
    /// How long to try them for, at most, in seconds.
    public let seconds: Double

    /// The seed used when none is given: runs in CI are the same every time.
    public static let defaultSeed: UInt64 = 0x5EED_0012

    /// A budget of `runs` inputs and `seconds`, unless the environment says otherwise.
    public init(
        runs: Int, seconds: Double, environment: [String: String] = ProcessInfo.processInfo.environment
    ) {
        let given = environment["PLACEHEALTH_FUZZ_SEED"]?.lowercased()
        if given == "random" {
            seed = UInt64.random(in: 0...UInt64.max)
        } else if let given, given.hasPrefix("0x") {
            seed = UInt64(given.dropFirst(2), radix: 16) ?? Self.defaultSeed
        } else {
            seed = given.flatMap { UInt64($0) } ?? Self.defaultSeed
        }
        let moreRuns = environment["PLACEHEALTH_FUZZ_RUNS"].flatMap { Int($0) }
        self.runs = moreRuns ?? runs
        self.seconds =
            environment["PLACEHEALTH_FUZZ_SECONDS"].flatMap { Double($0) }
            ?? (moreRuns == nil ? seconds : 3600)
    }

    /// `seed 0x…, N inputs or S s`, and how to run the same inputs again.
    public var description: String {
        "seed 0x\(String(seed, radix: 16)), at most \(runs) inputs or \(seconds) s "
            + "(rerun with PLACEHEALTH_FUZZ_SEED=0x\(String(seed, radix: 16)) PLACEHEALTH_FUZZ_RUNS=\(runs))"
    }
}

/// A seeded random generator (SplitMix64): the same seed gives the same inputs on every machine.
public struct FuzzRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator started from `seed`.
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound` (0 when `bound` is not positive), the same on every platform.
    public mutating func below(_ bound: Int) -> Int {
        bound <= 0 ? 0 : Int(next() % UInt64(bound))
    }

    /// True once in `n` times.
    public mutating func oneIn(_ n: Int) -> Bool { below(n) == 0 }
}

/// An input that failed a fuzz check: which, why, and where it was saved.
public struct FuzzFailure: Sendable, CustomStringConvertible {
    /// The input's index in the run (it is derived from the seed and this index).
    public let index: Int
    /// The input.
    public let input: [UInt8]
    /// What property it broke.
    public let problem: String
    /// A file holding the input, to copy into the corpus once the bug is fixed.
    public let savedAt: String?

    /// The index, the problem, the start of the input and the saved file.
    public var description: String {
        let shown = String(decoding: input.prefix(120), as: UTF8.self).debugDescription
        return "input #\(index) (\(input.count) bytes, \(shown)\(input.count > 120 ? "…" : "")): "
            + "\(problem); saved at \(savedAt ?? "(not saved)")"
    }
}
