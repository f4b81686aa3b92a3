import Dispatch
import Statistics
import Synchronization

/// Runs a scenario's Monte Carlo runs on its model and summarises them. Each run samples the
/// levers (``RunLevers``) and resamples the activity of each year (Poisson counts of the activity
/// kept and of the activity avoided), from its own random numbers (``RunRandom``), so the results
/// carry both parameter and stochastic uncertainty and are the same on any number of threads.
/// Pure: no I/O.
public enum ScenarioEngine {
    /// Runs `runs` runs of `scenario` on `model` from `seed`, on `threads` threads, calling
    /// `progress` with the number of runs finished now and then (from any thread).
    public static func run(
        _ model: ScenarioModel, scenario: ScenarioDefinition, runs: Int, seed: UInt64, threads: Int = 2,
        progress: (@Sendable (Int) -> Void)? = nil
    ) -> ScenarioOutcome {
        let layout = RunLayout(model)
        let values = RunValues(runs: runs, width: layout.width + RunLayout.waterfallWidth)
        let workers = max(1, min(threads, runs))
        let finished = RunCounter()
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var sim = RunSimulation(model: model, scenario: scenario, layout: layout)
            for run in stride(from: worker, to: runs, by: workers) {
                values.withRun(run) { sim.simulate(seed: seed, run: run, into: $0) }
                let done = finished.add()
                if let progress, done % 50 == 0 { progress(done) }
            }
        }
        return ScenarioOutcome.summarise(values, layout: layout, model: model, runs: runs)
    }
}

extension ScenarioEngine {
    /// The memory, in bytes, that the values of `runs` runs of `model` take before they are
    /// summarised (every measure, output area and year of every run).
    public static func bytes(_ model: ScenarioModel, runs: Int) -> Int {
        runs * (RunLayout(model).width + RunLayout.waterfallWidth) * MemoryLayout<Double>.stride
    }
}

/// How many runs are done, counted by the workers as they finish them.
final class RunCounter: Sendable {
    private let count = Mutex(0)

    /// Counts one more run done; returns the count.
    func add() -> Int {
        count.withLock {
            $0 += 1; return $0
        }
    }
}

/// Where each value of a run lies in its row: measure by output area by year, then the waterfall.
struct RunLayout: Sendable {
    /// Output areas: the city, each LCP, each decile 1 to 10.
    let areas: [ScenarioArea]
    /// Years, the baseline first.
    let years: Int
    let lcpCount: Int

    init(_ model: ScenarioModel) {
        lcpCount = model.lcps.count
        years = model.years + 1
        areas =
            [ScenarioArea(kind: .city, name: "Leeds")] + model.lcps.map { ScenarioArea(kind: .lcp, name: $0) }
            + (1...10).map { ScenarioArea(kind: .decile, name: String($0)) }
    }

    /// Values of the measures.
    var width: Int { ScenarioMeasure.allCases.count * areas.count * years }
    /// The waterfall's values: the cost, then the bed days, at each step (``ScenarioOutcome/steps``).
    static let waterfallWidth = 2 * ScenarioOutcome.steps.count

    @inline(__always) func index(_ measure: Int, _ area: Int, _ year: Int) -> Int {
        (measure * areas.count + area) * years + year
    }

    /// The output area of each decile (1 to 10), nil for unknown.
    func decileArea(_ decile: Int) -> Int? { decile >= 1 && decile <= 10 ? 1 + lcpCount + decile - 1 : nil }
}

/// The values of every run, a row each, each row written by the one worker that runs it.
final class RunValues: @unchecked Sendable {
    let runs: Int
    let width: Int
    private let storage: UnsafeMutableBufferPointer<Double>

    init(runs: Int, width: Int) {
        (self.runs, self.width) = (runs, width)
        storage = .allocate(capacity: runs * width)
        storage.initialize(repeating: 0)
    }

    deinit { storage.deallocate() }

    /// Run `run`'s row; rows do not overlap, so workers on different runs never share memory.
    func withRun(_ run: Int, _ body: (UnsafeMutableBufferPointer<Double>) -> Void) {
        body(UnsafeMutableBufferPointer(rebasing: storage[(run * width)..<((run + 1) * width)]))
    }

    /// Value `column` of every run.
    func column(_ column: Int) -> [Double] { (0..<runs).map { storage[$0 * width + column] } }
}
