import Foundation

/// The regularized incomplete beta function I_x(a, b).
///
/// Evaluated by its continued fraction (modified Lentz), on whichever side of the symmetry
/// I_x(a, b) = 1 − I_{1−x}(b, a) converges fast, to a relative accuracy of about 10⁻¹⁵.
public enum IncompleteBeta {
    /// I_x(a, b) for a, b > 0 and 0 ≤ x ≤ 1.
    public static func regularized(_ a: Double, _ b: Double, x: Double) -> Double {
        regularized(a, b, x: x, complement: 1 - x)
    }

    /// I_x(a, b) where the caller also supplies 1 − x, computed without cancellation.
    public static func regularized(_ a: Double, _ b: Double, x: Double, complement y: Double) -> Double {
        precondition(a > 0 && b > 0 && x >= 0 && x <= 1, "IncompleteBeta needs a, b > 0 and x in [0, 1]")
        if x == 0 { return 0 }
        if y == 0 { return 1 }
        let logFront = logGamma(a + b) - logGamma(a) - logGamma(b) + a * log(x) + b * log(y)
        if x < (a + 1) / (a + b + 2) {
            return exp(logFront) * continuedFraction(a, b, x: x, y: y) / a
        }
        return 1 - exp(logFront) * continuedFraction(b, a, x: y, y: x) / b
    }

    private static func continuedFraction(_ a: Double, _ b: Double, x: Double, y: Double) -> Double {
        let tiny = 1e-300
        let qab = a + b
        let qap = a + 1
        let qam = a - 1
        var c = 1.0
        var d = 1 - qab * x / qap
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var h = d
        for mi in 1..<10_000 {
            let m = Double(mi)
            let m2 = 2 * m
            var aa = m * (b - m) * x / ((qam + m2) * (a + m2))
            d = 1 + aa * d
            if abs(d) < tiny { d = tiny }
            c = 1 + aa / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            h *= d * c
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
            d = 1 + aa * d
            if abs(d) < tiny { d = tiny }
            c = 1 + aa / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) < 1e-16 { break }
        }
        return h
    }
}
