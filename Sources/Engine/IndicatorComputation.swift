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
        // The engine reads through other connections than `store`'s, which holds the write
        // transaction below while the engine works.
        let readers = try (0..<max(threads, 2)).map { _ in try store.reader() }
        let engine = try IndicatorEngine(store: readers[0], readers: Array(readers.dropFirst()))
        lap("read")
        progress?(0, set.indicators.count, "counting")
        let cityName = (try? AreaDirectory(store: store).area(nil).name) ?? "city"
        let benchmarks = try LoadedBenchmarks(store: store)
        let definitions = set.indicators
        // Each indicator's results, inequalities and progress answer are worked out on the counting
        // threads as soon as its counts are done (beside the counts still going on), and stored by
        // another thread as it comes, in one transaction, while the others are worked out.
        let arrivals = Arrivals<Result<Output, any Error>>(count: definitions.count)
        let writing = Arrivals<Result<Int, any Error>>(count: 1)
        let thread = Thread { [store] in
            writing.put(
                0,
                Result {
                    try store.transaction { writer in
                        for table in ResultTables.all { try writer.deleteAll(table) }
                        var stored = 0
                        for _ in definitions.indices {
                            stored += try Self.store(try arrivals.takeNext().value.get(), writer)
                        }
                        try writer.setDataset(
                            "results_computed_at", ISO8601DateFormatter().string(from: Date()))
                        return stored
                    }
                })
        }
        thread.start()
        let done = Mutex(0)
        let counted: Date
        do {
            counted = try engine.prepare(definitions, threads: threads) { k in
                let output = Result {
                    try analyse(definitions[k], engine: engine, cityName: cityName, benchmarks: benchmarks)
                }
                if case .success(let made) = output { analysed?(definitions[k], made.results) }
                arrivals.put(k, output)
                let count = done.withLock {
                    $0 += 1
                    return $0
                }
                progress?(count, definitions.count, definitions[k].id)
            }
        } catch {
            arrivals.fail(error)
            _ = try? writing.take(0)  // the transaction is rolled back before the error is thrown
            throw error
        }
        // The counts' time runs to the end of the last pass; the statistics' is what came after it
        // (most of the statistics were worked out beside the counts); the store's, what the
        // writing thread took after that.
        phase?("count", counted.timeIntervalSince(began))
        began = counted
        lap("statistics")
        progress?(set.indicators.count, set.indicators.count, "")
        let stored = try writing.take(0).get()
        lap("store")
        return stored
    }

    /// Stores one indicator's output: its results in the table's key order (SQLite's byte order,
    /// so that each row goes at the end of the key's B-tree, not into the middle of it), its
    /// inequalities and its progress answer. Returns the number of results.
    private static func store(_ made: Output, _ writer: any BulkWriter) throws -> Int {
        func before(_ x: String, _ y: String) -> Bool { x.utf8.lexicographicallyPrecedes(y.utf8) }
        let sorted = made.results.sorted { a, b in
            if a.period != b.period { return before(a.period, b.period) }
            if a.breakdown != b.breakdown { return before(a.breakdown, b.breakdown) }
            return before(a.group, b.group)
        }
        var results = RowBatch(table: ResultTables.indicatorResults, capacity: sorted.count)
        for result in sorted { Self.append(result, to: &results) }
        var inequalities = RowBatch(
            table: ResultTables.indicatorInequalities, capacity: made.inequalities.count)
        for inequality in made.inequalities { Self.append(inequality, to: &inequalities) }
        var progress = RowBatch(table: ResultTables.indicatorProgress, capacity: 1)
        if let answer = made.progress { Self.append(answer, to: &progress) }
        for batch in [results, inequalities, progress] where batch.count > 0 { _ = try writer.insert(batch) }
        return sorted.count
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
