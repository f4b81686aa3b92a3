import Foundation

/// Byar's approximation to the Poisson limits of an observed count (Breslow and Day 1987).
///
/// lower = x (1 − 1/(9x) − z/(3√x))³, upper = (x + 1)(1 − 1/(9(x + 1)) + z/(3√(x + 1)))³.
/// For small counts the lower limit can fall below zero; PHEindicatormethods returns NA then, and
/// so does ``lower(_:z:)`` (nil). The rate methods use the exact limits below 10 events instead.
public enum Byars {
    /// The lower limit of the count, or nil when the approximation is negative (or x is 0).
    public static func lower(_ x: Double, z: Double) -> Double? {
        guard x > 0 else { return nil }
        let value = x * pow(1 - 1 / (9 * x) - z / (3 * x.squareRoot()), 3)
        return value < 0 ? nil : value
    }

    /// The upper limit of the count.
    public static func upper(_ x: Double, z: Double) -> Double {
        let x1 = x + 1
        return x1 * pow(1 - 1 / (9 * x1) + z / (3 * x1.squareRoot()), 3)
    }

    /// The limits at a confidence level, with the count checked.
    public static func limits(_ x: Double, confidence: Double) throws -> (lower: Double?, upper: Double) {
        let levels = try ConfidenceLevels([confidence])
        try Validate.count(x, "count")
        return (lower(x, z: levels.zValues[0]), upper(x, z: levels.zValues[0]))
    }
}

/// Exact Poisson limits of an observed count from the chi-squared distribution (Armitage and Berry 2002).
///
/// lower = χ²((1 − c)/2; 2x) / 2 (0 when x = 0), upper = χ²((1 + c)/2; 2x + 2) / 2.
public enum ExactPoisson {
    /// The lower and upper limits of the count at a confidence level (not checked).
    public static func limits(_ x: Double, level: Double) -> (lower: Double, upper: Double) {
        let alpha = (1 - level) / 2
        let lower = x == 0 ? 0 : ChiSquared.quantile(alpha, degreesOfFreedom: 2 * x) / 2
        let upper = ChiSquared.quantile(1 - alpha, degreesOfFreedom: 2 * x + 2) / 2
        return (lower, upper)
    }
}

/// The Poisson limits PHEindicatormethods uses for rates and ratios: exact below 10, Byar's from 10.
enum PoissonLimits {
    static let exactBelow = 10.0

    static func limits(_ x: Double, level: Double, z: Double) -> (lower: Double, upper: Double) {
        if x < exactBelow { return ExactPoisson.limits(x, level: level) }
        return (Byars.lower(x, z: z) ?? 0, Byars.upper(x, z: z))
    }

    static func method(_ x: Double) -> IntervalMethod { x < exactBelow ? .exact : .byars }
}
