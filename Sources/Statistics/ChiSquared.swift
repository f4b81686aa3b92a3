/// The chi-squared distribution.
public enum ChiSquared {
    /// The quantile: the x with P(X ≤ x) = p for X ~ χ²(degreesOfFreedom).
    ///
    /// Zero degrees of freedom is the point mass at 0 (as R's `qchisq(p, 0)`), which gives the exact
    /// Poisson lower limit of 0 for a zero count.
    public static func quantile(_ p: Double, degreesOfFreedom df: Double) -> Double {
        precondition(df >= 0 && p >= 0 && p <= 1, "ChiSquared.quantile needs df >= 0 and p in [0, 1]")
        if df == 0 { return 0 }
        return 2 * IncompleteGamma.inverseLower(df / 2, p)
    }

    /// The distribution function P(X ≤ x).
    public static func cdf(_ x: Double, degreesOfFreedom df: Double) -> Double {
        precondition(df > 0, "ChiSquared.cdf needs df > 0")
        return x <= 0 ? 0 : IncompleteGamma.lower(df / 2, x / 2)
    }

    /// The upper tail P(X > x), accurate for small probabilities.
    public static func survival(_ x: Double, degreesOfFreedom df: Double) -> Double {
        precondition(df > 0, "ChiSquared.survival needs df > 0")
        return x <= 0 ? 1 : IncompleteGamma.upper(df / 2, x / 2)
    }
}
