import Foundation

/// The standard normal distribution.
public enum Normal {
    /// The quantile Φ⁻¹(p), by Wichura's algorithm AS 241 (PPND16), accurate to about 1 part in 10¹⁶.
    ///
    /// - Returns: −∞ for p = 0, +∞ for p = 1, NaN for p outside [0, 1].
    public static func quantile(_ p: Double) -> Double {
        guard p > 0, p < 1 else {
            if p == 0 { return -.infinity }
            if p == 1 { return .infinity }
            return .nan
        }
        let q = p - 0.5
        if abs(q) <= 0.425 {
            let r = 0.180625 - q * q
            let numerator: Double =
                (((((((2.5090809287301226727e+3) * r + 3.3430575583588128105e+4) * r
                    + 6.7265770927008700853e+4) * r + 4.5921953931549871457e+4) * r + 1.3731693765509461125e+4)
                    * r + 1.9715909503065514427e+3) * r + 1.3314166789178437745e+2) * r
                + 3.3871328727963666080e0
            let denominator: Double =
                (((((((5.2264952788528545610e+3) * r + 2.8729085735721942674e+4) * r
                    + 3.9307895800092710610e+4) * r + 2.1213794301586595867e+4) * r + 5.3941960214247511077e+3)
                    * r + 6.8718700749205790830e+2) * r + 4.2313330701600911252e+1) * r + 1.0
            return q * numerator / denominator
        }
        var r = q < 0 ? p : 1 - p
        r = (-log(r)).squareRoot()
        let value: Double
        if r <= 5 {
            let t = r - 1.6
            let numerator: Double =
                (((((((7.74545014278341407640e-4) * t + 2.27238449892691845833e-2) * t
                    + 2.41780725177450611770e-1) * t + 1.27045825245236838258e0) * t
                    + 3.64784832476320460504e0) * t + 5.76949722146069140550e0) * t + 4.63033784615654529590e0)
                * t + 1.42343711074968357734e0
            let denominator: Double =
                (((((((1.05075007164441684324e-9) * t + 5.47593808499534494600e-4) * t
                    + 1.51986665636164571966e-2) * t + 1.48103976427480074590e-1) * t
                    + 6.89767334985100004550e-1) * t + 1.67638483018380384940e0) * t
                    + 2.05319162663775882187e0) * t + 1.0
            value = numerator / denominator
        } else {
            let t = r - 5
            let numerator: Double =
                (((((((2.01033439929228813265e-7) * t + 2.71155556874348757815e-5) * t
                    + 1.24266094738807843860e-3) * t + 2.65321895265761230930e-2) * t
                    + 2.96560571828504891230e-1) * t + 1.78482653991729133580e0) * t
                    + 5.46378491116411436990e0) * t + 6.65790464350110377720e0
            let denominator: Double =
                (((((((2.04426310338993978564e-15) * t + 1.42151175831644588870e-7) * t
                    + 1.84631831751005468180e-5) * t + 7.86869131145613259100e-4) * t
                    + 1.48753612908506148525e-2) * t + 1.36929880922735805310e-1) * t
                    + 5.99832206555887937690e-1) * t + 1.0
            value = numerator / denominator
        }
        return q < 0 ? -value : value
    }

    /// The distribution function Φ(x) = P(Z ≤ x).
    public static func cdf(_ x: Double) -> Double {
        0.5 * erfc(-x / 2.0.squareRoot())
    }

    /// The density φ(x).
    public static func density(_ x: Double) -> Double {
        exp(-0.5 * x * x) / (2 * Double.pi).squareRoot()
    }
}
