import Foundation

/// Student's t distribution.
public enum StudentT {
    /// The lower tail P(T ≤ t) for T ~ t(degreesOfFreedom), degreesOfFreedom > 0.
    public static func cdf(_ t: Double, degreesOfFreedom df: Double) -> Double {
        precondition(df > 0, "StudentT.cdf needs df > 0")
        if t == 0 { return 0.5 }
        let tail = lowerTail(-abs(t), df)
        return t < 0 ? tail : 1 - tail
    }

    /// The quantile: the t with P(T ≤ t) = p, for 0 < p < 1 and degreesOfFreedom > 0.
    ///
    /// One and two degrees of freedom have closed forms; otherwise Newton's method on the lower
    /// tail (convex for t < 0, so the iteration is monotone) from a Cornish–Fisher start, with the
    /// tail computed from the incomplete beta function, until the step is below 10⁻¹⁴ relative.
    public static func quantile(_ p: Double, degreesOfFreedom df: Double) -> Double {
        precondition(df > 0 && p > 0 && p < 1, "StudentT.quantile needs df > 0 and p in (0, 1)")
        if p == 0.5 { return 0 }
        if p > 0.5 { return -quantile(1 - p, degreesOfFreedom: df) }
        if df == 1 { return tan(Double.pi * (p - 0.5)) }
        if df == 2 { return (2 * p - 1) / (2 * p * (1 - p)).squareRoot() }
        let z = Normal.quantile(p)
        let z3 = z * z * z
        let z5 = z3 * z * z
        var t = z + (z3 + z) / (4 * df) + (5 * z5 + 16 * z3 + 3 * z) / (96 * df * df)
        if !(t < 0) || !t.isFinite { t = z }
        let logConstant = logGamma((df + 1) / 2) - logGamma(df / 2) - 0.5 * log(df * Double.pi)
        for _ in 0..<100 {
            let f = lowerTail(t, df) - p
            let density = exp(logConstant - (df + 1) / 2 * log1p(t * t / df))
            guard density > 0 else { break }
            var next = t - f / density
            if next >= 0 { next = t / 2 }
            if abs(next - t) <= 1e-15 * abs(t) { return next }
            t = next
        }
        return t
    }

    /// P(T ≤ t) for t ≤ 0: ½ I_{ν/(ν+t²)}(ν/2, ½).
    private static func lowerTail(_ t: Double, _ df: Double) -> Double {
        let t2 = t * t
        let x = df / (df + t2)
        let y = t2 / (df + t2)
        return 0.5 * IncompleteBeta.regularized(df / 2, 0.5, x: x, complement: y)
    }
}
