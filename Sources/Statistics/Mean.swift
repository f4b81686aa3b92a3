import Foundation

/// Means with Student's t intervals (PHEindicatormethods `phe_mean`).
///
/// mean ± |t((1 − c)/2; n − 1)| × s/√n, with s the sample standard deviation (divisor n − 1).
public enum Mean {
    /// The mean of the values with t limits; the estimate's numerator is the sum, its denominator the count.
    ///
    /// - Throws: fewer than two values, or a value that is not a finite number.
    public static func estimate(values: [Double], confidence: ConfidenceLevels = .standard) throws -> Estimate
    {
        guard values.count >= 2 else {
            throw StatisticsError(
                .tooFewValues, field: "values", "a mean with an interval needs at least two values")
        }
        var sum = 0.0
        for (i, value) in values.enumerated() {
            try Validate.finite(value, "value", index: i)
            sum += value
        }
        let n = Double(values.count)
        let mean = sum / n
        let sd = standardDeviation(values, mean: mean)
        let intervals = confidence.levels.map { level -> ConfidenceInterval in
            let half = abs(StudentT.quantile((1 - level) / 2, degreesOfFreedom: n - 1)) * sd / n.squareRoot()
            return ConfidenceInterval(level: level, lower: mean - half, upper: mean + half)
        }
        return Estimate(value: mean, intervals: intervals, numerator: sum, denominator: n, method: .studentT)
    }

    /// The mean with t limits from summaries: the count, the sum and the sum of squares of the values.
    ///
    /// - Throws: a count below two, or a summary that is not a finite number.
    public static func estimate(
        count n: Double, sum: Double, sumOfSquares: Double, confidence: ConfidenceLevels = .standard
    )
        throws -> Estimate
    {
        guard n >= 2 else {
            throw StatisticsError(
                .tooFewValues, field: "count", "a mean with an interval needs at least two values")
        }
        try Validate.finite(sum, "sum")
        try Validate.finite(sumOfSquares, "sum of squares")
        let mean = sum / n
        let sd = (max(sumOfSquares - n * mean * mean, 0) / (n - 1)).squareRoot()
        let intervals = confidence.levels.map { level -> ConfidenceInterval in
            let half = abs(StudentT.quantile((1 - level) / 2, degreesOfFreedom: n - 1)) * sd / n.squareRoot()
            return ConfidenceInterval(level: level, lower: mean - half, upper: mean + half)
        }
        return Estimate(value: mean, intervals: intervals, numerator: sum, denominator: n, method: .studentT)
    }

    /// The sample standard deviation (divisor n − 1) of at least two values.
    public static func standardDeviation(_ values: [Double]) -> Double {
        precondition(values.count >= 2, "standardDeviation needs two values")
        return standardDeviation(values, mean: values.reduce(0, +) / Double(values.count))
    }

    private static func standardDeviation(_ values: [Double], mean: Double) -> Double {
        var squares = 0.0
        for value in values { squares += (value - mean) * (value - mean) }
        return (squares / Double(values.count - 1)).squareRoot()
    }
}
