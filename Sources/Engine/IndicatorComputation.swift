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
        let engine = try IndicatorEngine(store: store)
        var batch = RowBatch(table: ResultTables.indicatorResults, capacity: 1024)
        for (index, definition) in set.indicators.enumerated() {
            progress?(index, set.indicators.count, definition.id)
            for result in try engine.compute(definition) { Self.append(result, to: &batch) }
        }
        progress?(set.indicators.count, set.indicators.count, "")
        let stored = batch
        try store.transaction { writer in
            try writer.deleteAll(ResultTables.indicatorResults)
            _ = try writer.insert(stored)
            try writer.setDataset("results_computed_at", ISO8601DateFormatter().string(from: Date()))
        }
        return stored.count
    }

    static func append(_ r: IndicatorResult, to batch: inout RowBatch) {
        for text in [r.indicator, r.period, r.breakdown, r.group] { batch.append(text) }
        batch.append(r.numerator)
        for value in [r.denominator, r.value, r.lower95, r.upper95, r.lower998, r.upper998] {
            if let value, value.isFinite { batch.append(value) } else { batch.appendNull() }
        }
        batch.endRow()
    }
}
