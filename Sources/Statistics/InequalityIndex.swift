import Foundation

/// The slope index (SII) and relative index (RII) of inequality, with limits by simulation
/// (PHEindicatormethods `phe_sii`).
///
/// Each quantile i has a population share aᵢ and a midpoint bᵢ of the cumulative share (ordered by
/// quantile). The model √aᵢ·yᵢ = β₀√aᵢ + β₁bᵢ√aᵢ is fitted by least squares: SII = β₁ × multiplier,
/// RII = (β₀ + β₁)/β₀ (inverted for a negative multiplier), intercept = β₀. Limits: each repetition
/// draws every quantile's value from a normal distribution (its value and standard error, on the log
/// scale for rates and the logit scale for proportions, transformed back unless `transform`), refits,
/// and the limits are the order statistics at round(R(1 − c)/2) and round(R(1 + c)/2).
/// With `transform` the regression is on the log/logit scale and SII, RII and limits are transformed
/// back through the fitted values at x = 0, ½ and 1, as the reference does.
public enum InequalityIndex {
    /// What kind of indicator the values are, which sets the scale of the simulation.
    public enum ValueType: String, Sendable, CaseIterable {
        /// Any value on its own scale (life expectancy, a mean).
        case normal
        /// A rate: simulated on the log scale.
        case rate
        /// A proportion in (0, 1): simulated on the logit scale.
        case proportion
    }

    /// One quantile of one group.
    public struct Quantile: Sendable, Equatable {
        /// The quantile's order (1 = first); quantiles are sorted by it.
        public var order: Double
        /// Its population (> 0).
        public var population: Double
        /// The indicator value.
        public var value: Double
        /// The standard error on the simulation scale (log for rates, logit for proportions).
        public var standardError: Double

        /// Creates a quantile.
        public init(order: Double, population: Double, value: Double, standardError: Double) {
            self.order = order
            self.population = population
            self.value = value
            self.standardError = standardError
        }
    }

    /// The result for one group.
    public struct Result: Sendable, Equatable {
        /// The slope index of inequality.
        public let sii: Double
        /// The relative index of inequality.
        public let rii: Double
        /// The fitted value at the start of the ranking (x = 0), times |multiplier| when transformed.
        public let intercept: Double
        /// The SII limits per level.
        public let siiIntervals: [ConfidenceInterval]
        /// The RII limits per level.
        public let riiIntervals: [ConfidenceInterval]
    }

    /// The standard error on the simulation scale from 95% limits: (T(upper) − T(lower)) / (2 × 1.95996…),
    /// where T is the identity, log or logit.
    public static func standardError(lower: Double, upper: Double, valueType: ValueType) -> Double {
        (scale(upper, valueType) - scale(lower, valueType)) / Normal.quantile(0.975) / 2
    }

    /// SII and RII of one group's quantiles.
    ///
    /// - Throws: fewer than 5 or more than 100 quantiles, a repeated order, a zero or negative
    ///   population, a negative or non-finite standard error, a proportion outside (0, 1) or a
    ///   non-positive rate, fewer than 1000 repetitions, a zero or non-finite multiplier.
    public static func compute(
        quantiles input: [Quantile], valueType: ValueType = .normal, transform: Bool = false,
        confidence: ConfidenceLevels = .standard, multiplier: Double = 1, repetitions: Int = 100_000,
        seed: UInt64 = 1
    ) throws -> Result {
        try check(
            input, valueType: valueType, transform: transform, multiplier: multiplier,
            repetitions: repetitions)
        let quantiles = input.sorted { $0.order < $1.order }
        let k = quantiles.count
        let total = quantiles.reduce(0) { $0 + $1.population }
        var sqrtA = [Double](repeating: 0, count: k)
        var bSqrtA = [Double](repeating: 0, count: k)
        var cumulative = 0.0
        for (i, q) in quantiles.enumerated() {
            let a = q.population / total
            sqrtA[i] = a.squareRoot()
            bSqrtA[i] = (cumulative + a / 2) * sqrtA[i]
            cumulative += a
        }
        // (XᵀX)⁻¹Xᵀ for X = [√a, b√a]: the least-squares coefficients are this 2×k matrix times y.
        var s11 = 0.0
        var s12 = 0.0
        var s22 = 0.0
        for i in 0..<k {
            s11 += sqrtA[i] * sqrtA[i]
            s12 += sqrtA[i] * bSqrtA[i]
            s22 += bSqrtA[i] * bSqrtA[i]
        }
        let det = s11 * s22 - s12 * s12
        let row0 = (0..<k).map { (s22 * sqrtA[$0] - s12 * bSqrtA[$0]) / det }
        let row1 = (0..<k).map { (-s12 * sqrtA[$0] + s11 * bSqrtA[$0]) / det }
        func fit(_ y: [Double]) -> (Double, Double) {
            var b0 = 0.0
            var b1 = 0.0
            for i in 0..<k {
                let weighted = y[i] * sqrtA[i]
                b0 += row0[i] * weighted
                b1 += row1[i] * weighted
            }
            return (b0, b1)
        }
        let means = quantiles.map { scale($0.value, valueType) }
        let (b0, b1) = fit(transform ? means : quantiles.map(\.value))
        var draws0 = [Double](repeating: 0, count: repetitions)
        var draws1 = [Double](repeating: 0, count: repetitions)
        // Draw r of quantile i is the generator's (r × k + i)-th normal deviate.
        let deviates = NormalDraws.first(repetitions * k, seed: seed)
        let errors = quantiles.map(\.standardError)
        // The same arithmetic as `fit`, in the same order, on buffers: the simulation is most of
        // the time of an SII.
        deviates.withUnsafeBufferPointer { deviates in
            means.withUnsafeBufferPointer { means in
                errors.withUnsafeBufferPointer { errors in
                    sqrtA.withUnsafeBufferPointer { sqrtA in
                        row0.withUnsafeBufferPointer { row0 in
                            row1.withUnsafeBufferPointer { row1 in
                                for r in 0..<repetitions {
                                    var b0 = 0.0
                                    var b1 = 0.0
                                    for i in 0..<k {
                                        let draw = means[i] + errors[i] * deviates[r * k + i]
                                        let weighted =
                                            (transform ? draw : unscale(draw, valueType)) * sqrtA[i]
                                        b0 += row0[i] * weighted
                                        b1 += row1[i] * weighted
                                    }
                                    draws0[r] = b0
                                    draws1[r] = b1
                                }
                            }
                        }
                    }
                }
            }
        }
        if transform {
            return transformed(
                b0: b0, b1: b1, draws1: draws1, valueType: valueType, confidence: confidence,
                multiplier: multiplier)
        }
        let negative = multiplier < 0
        let siiDraws = draws1.map { $0 * multiplier }
        let riiDraws = zip(draws0, draws1).map { negative ? $0 / ($0 + $1) : ($0 + $1) / $0 }
        let rii = (b0 + b1) / b0
        return Result(
            sii: b1 * multiplier, rii: negative ? 1 / rii : rii, intercept: b0,
            siiIntervals: limits(siiDraws, confidence), riiIntervals: limits(riiDraws, confidence))
    }

    private static func transformed(
        b0: Double, b1: Double, draws1: [Double], valueType: ValueType, confidence: ConfidenceLevels,
        multiplier: Double
    ) -> Result {
        let back = { unscale($0, valueType) }
        let half = b0 + b1 / 2
        let negative = multiplier < 0
        var siiIntervals: [ConfidenceInterval] = []
        var riiIntervals: [ConfidenceInterval] = []
        for (level, interval) in zip(confidence.levels, limits(draws1, confidence)) {
            // The fitted line through x = ½ with the simulated slope at each limit.
            let lowStart = back(half - interval.lower / 2)
            let lowEnd = back(half + interval.lower / 2)
            let highStart = back(half - interval.upper / 2)
            let highEnd = back(half + interval.upper / 2)
            let siiLow = (lowEnd - lowStart) * multiplier
            let siiHigh = (highEnd - highStart) * multiplier
            siiIntervals.append(
                ConfidenceInterval(
                    level: level, lower: negative ? siiHigh : siiLow, upper: negative ? siiLow : siiHigh))
            let riiLow = lowEnd / lowStart
            let riiHigh = highEnd / highStart
            riiIntervals.append(
                ConfidenceInterval(
                    level: level, lower: negative ? 1 / riiHigh : riiLow,
                    upper: negative ? 1 / riiLow : riiHigh))
        }
        let start = back(b0)
        let end = back(b0 + b1)
        return Result(
            sii: (end - start) * multiplier, rii: negative ? start / end : end / start,
            intercept: start * abs(multiplier), siiIntervals: siiIntervals, riiIntervals: riiIntervals)
    }

    /// The order statistics at round(R(1 − c)/2) and round(R(1 + c)/2) (1-based, as the reference).
    /// The limits at each level: the order statistics of the draws at the level's tails (of R
    /// draws, the round(R × (1 − p))-th and round(R × p)-th smallest, p the upper tail point). Draws
    /// that are not all numbers give no limits.
    private static func limits(_ draws: [Double], _ confidence: ConfidenceLevels) -> [ConfidenceInterval] {
        var values = draws
        let n = values.count
        guard n > 0, !values.contains(where: \.isNaN) else {
            return confidence.levels.map { ConfidenceInterval(level: $0, lower: .nan, upper: .nan) }
        }
        let r = Double(n)
        return confidence.levels.map { level in
            let upperPoint = level + (1 - level) / 2
            let low = Int((r * (1 - upperPoint)).rounded(.toNearestOrEven)).clamped(1, n)
            let high = Int((r * upperPoint).rounded(.toNearestOrEven)).clamped(1, n)
            return ConfidenceInterval(
                level: level, lower: OrderStatistic.select(low - 1, in: &values),
                upper: OrderStatistic.select(high - 1, in: &values))
        }
    }

    static func scale(_ value: Double, _ type: ValueType) -> Double {
        switch type {
        case .normal: return value
        case .rate: return log(value)
        case .proportion: return log(value / (1 - value))
        }
    }

    static func unscale(_ value: Double, _ type: ValueType) -> Double {
        switch type {
        case .normal: return value
        case .rate: return exp(value)
        case .proportion:
            let odds = exp(value)
            return odds / (1 + odds)
        }
    }

    private static func check(
        _ quantiles: [Quantile], valueType: ValueType, transform: Bool, multiplier: Double, repetitions: Int
    ) throws {
        guard (5...100).contains(quantiles.count) else {
            throw StatisticsError(
                .tooFewValues, field: "quantile",
                "the SII needs 5 to 100 quantiles; this group has \(quantiles.count)")
        }
        guard repetitions >= 1000 else {
            throw StatisticsError(
                .invalidArgument, field: "repetitions", "at least 1000 repetitions are needed")
        }
        guard multiplier.isFinite, multiplier != 0 else {
            throw StatisticsError(
                .invalidMultiplier, field: "multiplier", "\(multiplier) must be a non-zero number")
        }
        guard !(transform && valueType == .normal) else {
            throw StatisticsError(
                .invalidArgument, field: "transform", "transform needs a rate or proportion")
        }
        var orders = Set<Double>()
        for (i, q) in quantiles.enumerated() {
            try Validate.finite(q.order, "quantile", index: i)
            guard orders.insert(q.order).inserted else {
                throw StatisticsError(
                    .invalidArgument, field: "quantile", index: i, "quantile \(q.order) is repeated")
            }
            try Validate.positive(q.population, "denominator", index: i)
            try Validate.finite(q.value, "value", index: i)
            try Validate.finite(q.standardError, "standard error", index: i)
            guard q.standardError >= 0 else {
                throw StatisticsError(
                    .invalidArgument, field: "standard error", index: i, "\(q.standardError) is negative")
            }
            switch valueType {
            case .normal: break
            case .rate:
                guard q.value > 0 else {
                    throw StatisticsError(
                        .invalidArgument, field: "value", index: i, "a rate must be above zero")
                }
            case .proportion:
                guard q.value > 0, q.value < 1 else {
                    throw StatisticsError(
                        .invalidArgument, field: "value", index: i, "a proportion must be in (0, 1)")
                }
            }
        }
    }
}

extension Int {
    func clamped(_ low: Int, _ high: Int) -> Int { Swift.min(Swift.max(self, low), high) }
}
