import Foundation
import PlaceModel
import PlacePack
import Store
import Statistics
import Synchronization

/// Computes every indicator of a set and stores the results, replacing earlier ones, in one transaction.
public struct IndicatorComputation: Sendable {
    let store: any PlaceStore
    let set: IndicatorSet

    /// A computation of `set` on the place in `store`.
    public init(store: any PlaceStore, set: IndicatorSet) {
        self.store = store
        self.set = set
    }

    /// Computes and stores; returns the number of results. `progress` gets (done, total, indicator
    /// id); `analysed` gets each indicator's results as they will be stored, as soon as they are
    /// worked out (from several threads at once), for work that can go on beside the rest.
    /// `phase` gets the seconds of each phase as it ends: `read` (the shared columnar model, from its
    /// snapshot or the store, and the person index), `count`, `statistics`, `store`.
    @discardableResult
    public func run(
        progress: (@Sendable (Int, Int, String) -> Void)? = nil,
        analysed: (@Sendable (IndicatorDefinition, [IndicatorResult]) -> Void)? = nil,
        phase: ((String, Double) -> Void)? = nil
    ) throws -> Int {
        try store.buildPendingIndexes()
        var began = Date()
        func lap(_ what: String) {
            phase?(what, Date().timeIntervalSince(began))
            began = Date()
        }
        let threads = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 4))
        let readers = [store] + (try (1..<threads).map { _ in try store.reader() })
        let engine = try IndicatorEngine(store: store, readers: Array(readers.dropFirst()))
        lap("read")
        progress?(0, set.indicators.count, "counting")
        try engine.prepare(set.indicators, threads: threads)
        let cityName = (try? AreaDirectory(store: store).area(nil).name) ?? "city"
        let benchmarks = try LoadedBenchmarks(store: store)
        lap("count")
        // Each indicator's results, inequalities and progress answer, worked out on every reader's
        // thread at once (the counts are all in the engine's cache by now), then stored in order.
        let definitions = set.indicators
        let outputs = ParallelSlots<Result<Output, any Error>>(count: definitions.count)
        let queue = ParallelSlots<Never>(count: definitions.count)
        let done = Mutex(0)
        DispatchQueue.concurrentPerform(iterations: readers.count) { _ in
            while let k = queue.take() {
                let output = Result {
                    try analyse(definitions[k], engine: engine, cityName: cityName, benchmarks: benchmarks)
                }
                outputs.set(k, output)
                if case .success(let made) = output { analysed?(definitions[k], made.results) }
                let count = done.withLock {
                    $0 += 1
                    return $0
                }
                progress?(count, definitions.count, definitions[k].id)
            }
        }
        var results = RowBatch(table: ResultTables.indicatorResults, capacity: 1024)
        var inequalities = RowBatch(table: ResultTables.indicatorInequalities, capacity: 512)
        var progressRows = RowBatch(table: ResultTables.indicatorProgress, capacity: 64)
        for output in outputs.values {
            let made = try output.get()
            for result in made.results { Self.append(result, to: &results) }
            for inequality in made.inequalities { Self.append(inequality, to: &inequalities) }
            if let answer = made.progress { Self.append(answer, to: &progressRows) }
        }
        lap("statistics")
        progress?(set.indicators.count, set.indicators.count, "")
        let batches = [results, inequalities, progressRows]
        try store.transaction { writer in
            for table in ResultTables.all { try writer.deleteAll(table) }
            for batch in batches { _ = try writer.insert(batch) }
            try writer.setDataset("results_computed_at", ISO8601DateFormatter().string(from: Date()))
        }
        lap("store")
        return results.count
    }

    /// One indicator's results (with their comparisons and trends), inequalities and progress answer.
    struct Output: Sendable {
        let results: [IndicatorResult]
        let inequalities: [InequalityResult]
        let progress: PoorestProgress?
    }

    /// Works out `definition`'s output from the engine's counts.
    func analyse(
        _ definition: IndicatorDefinition, engine: IndicatorEngine, cityName: String,
        benchmarks: LoadedBenchmarks
    ) throws -> Output {
        let computed = try engine.compute(definition)
        let periods = Set(computed.map(\.period)).sorted()
        let analysis = InequalityAnalysis(definition: definition)
        let results = ResultAnalysis(
            definition: definition, cityName: cityName, loaded: benchmarks.england(definition.id)
        ).analyse(
            computed, periods: periods)
        // The gap, SII/RII and progress on the indicator's inequality basis (age-standardised for
        // crude rates), so that a changing age structure does not make the answer.
        let basis = try engine.forInequality(definition, computed: computed)
        let inequalities = analysis.inequalities(
            basis, periods: periods, city: engine.persons.cityCode, threshold: set.suppressionThreshold)
        let progress =
            GroupLayout.selected(definition.breakdowns).contains("deprivation")
            ? analysis.progress(basis, periods: periods) : nil
        return Output(results: results, inequalities: inequalities, progress: progress)
    }
}
