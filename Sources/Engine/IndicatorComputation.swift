import Foundation
import PlaceModel
import PlacePack
import Store

/// Computes every indicator of a set and stores the results, replacing earlier ones, in one transaction.
public struct IndicatorComputation {
    let store: any PlaceStore
    let set: IndicatorSet

    /// A computation of `set` on the place in `store`.
    public init(store: any PlaceStore, set: IndicatorSet) {
        self.store = store
        self.set = set
    }

    /// Computes and stores; returns the number of results. `progress` gets (done, total, indicator id).
    @discardableResult
    public func run(progress: ((Int, Int, String) -> Void)? = nil) throws -> Int {
        try store.buildPendingIndexes()
        // PLACEHEALTH_PROFILE=1 prints the time of each step to standard error (see bench/README.md).
        let profile = ProcessInfo.processInfo.environment["PLACEHEALTH_PROFILE"] != nil
        var began = Date()
        func lap(_ what: String) {
            if profile {
                FileHandle.standardError.write(
                    Data(String(format: "%.3f s %@\n", Date().timeIntervalSince(began), what).utf8))
            }
            began = Date()
        }
        let threads = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 4))
        let readers = [store] + (try (1..<threads).map { _ in try store.reader() })
        let engine = try IndicatorEngine(store: store, readers: Array(readers.dropFirst()))
        lap("indexed persons and areas")
        progress?(0, set.indicators.count, "counting")
        try engine.prepare(set.indicators, readers: readers)
        let cityName = (try? AreaDirectory(store: store).area(nil).name) ?? "city"
        var results = RowBatch(table: ResultTables.indicatorResults, capacity: 1024)
        var inequalities = RowBatch(table: ResultTables.indicatorInequalities, capacity: 512)
        var progressRows = RowBatch(table: ResultTables.indicatorProgress, capacity: 64)
        lap("prepared")
        for (index, definition) in set.indicators.enumerated() {
            progress?(index, set.indicators.count, definition.id)
            let computed = try engine.compute(definition)
            lap("compute \(definition.id)")
            let periods = Set(computed.map(\.period)).sorted()
            let analysis = InequalityAnalysis(definition: definition)
            for result in ResultAnalysis(definition: definition, cityName: cityName).analyse(
                computed, periods: periods)
            {
                Self.append(result, to: &results)
            }
            // The gap, SII/RII and progress on the indicator's inequality basis (age-standardised
            // for crude rates), so that a changing age structure does not make the answer.
            let basis = try engine.forInequality(definition, computed: computed)
            for inequality in analysis.inequalities(
                basis, periods: periods, city: engine.persons.cityCode, threshold: set.suppressionThreshold)
            {
                Self.append(inequality, to: &inequalities)
            }
            if GroupLayout.selected(definition.breakdowns).contains("deprivation"),
                let answer = analysis.progress(basis, periods: periods)
            {
                Self.append(answer, to: &progressRows)
            }
            lap("analyse \(definition.id)")
        }
        progress?(set.indicators.count, set.indicators.count, "")
        let batches = [results, inequalities, progressRows]
        try store.transaction { writer in
            for table in ResultTables.all { try writer.deleteAll(table) }
            for batch in batches { _ = try writer.insert(batch) }
            try writer.setDataset("results_computed_at", ISO8601DateFormatter().string(from: Date()))
        }
        lap("stored")
        return results.count
    }
}
