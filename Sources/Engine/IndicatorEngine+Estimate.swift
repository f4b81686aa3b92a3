import PlacePack
import Statistics

extension IndicatorEngine {
    /// The estimate of one group from its counts by age band (`slots[k]` for the k-th count request),
    /// with the city's counts in the same period as the reference for indirect standardisation.
    /// `method` is the definition's own unless the caller standardises (``forInequality(_:computed:)``).
    static func estimate(
        _ definition: IndicatorDefinition, _ slots: [[Double]], reference: [[Double]],
        method: IndicatorDefinition.Method? = nil
    ) throws -> Estimate {
        let n = slots[0]
        let d = slots[1]
        let bands = 0..<GroupCounts.bands
        switch method ?? definition.method {
        case .proportion:
            return try Proportion.estimate(
                numerator: total(n), denominator: total(d), multiplier: definition.multiplier)
        case .crudeRate:
            // A third slot: the numerator's sum of squared record values (summed values).
            if slots.count > 2 {
                return try CrudeRate.estimate(
                    sum: total(n), sumOfSquares: total(slots[2]), denominator: total(d),
                    multiplier: definition.multiplier)
            }
            return try CrudeRate.estimate(
                numerator: total(n), denominator: total(d), multiplier: definition.multiplier)
        case .dsr:
            var accumulator = DirectlyStandardisedRate.Accumulator()
            let standard = StandardPopulation.esp2013.populations
            let squares = slots.count > 2 ? slots[2] : nil
            for band in bands where d[band] > 0 {
                try accumulator.add(
                    count: n[band], population: d[band], standardPopulation: standard[band],
                    sumOfSquares: squares?[band])
            }
            return try accumulator.estimate(multiplier: definition.multiplier)
        case .isr:
            let used = bands.filter { reference[1][$0] > 0 }
            return try IndirectlyStandardised.ratio(
                observed: total(n), populations: used.map { d[$0] },
                referenceCounts: used.map { reference[0][$0] },
                referencePopulations: used.map { reference[1][$0] }, referenceValue: definition.multiplier)
        case .lifeExpectancy:
            // Life-table bands: under 1, 1-4, then the five-year bands from 5-9.
            func lifeBands(_ x: [Double]) -> [Double] {
                [x[GroupCounts.bands], x[0] - x[GroupCounts.bands]] + x[1..<GroupCounts.bands]
            }
            let table = try LifeExpectancy.table(
                ageBands: LifeTableBridge.labels, deaths: lifeBands(n), populations: lifeBands(d))
            guard let first = table.first else {
                throw EngineError.badDefinition(definition.id, "empty life table")
            }
            return first.estimate
        case .mean:
            return try Mean.estimate(count: total(slots[2]), sum: total(n), sumOfSquares: total(d))
        case .aggregate:
            throw EngineError.badDefinition(
                definition.id, "aggregate indicators are read, not computed from counts")
        }
    }
}
