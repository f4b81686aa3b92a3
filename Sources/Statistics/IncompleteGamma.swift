import Foundation

/// The regularized incomplete gamma functions P(a, x) and Q(a, x) = 1 − P(a, x), and the inverse of P.
///
/// P is summed as a series when x < a + 1 and Q as a continued fraction (modified Lentz) otherwise,
/// each to a relative accuracy of about 10⁻¹⁵; the complement is taken only on the side where it is
/// not small, so both tails keep full relative precision.
public enum IncompleteGamma {
    /// P(a, x) = γ(a, x) / Γ(a), for a > 0 and x ≥ 0.
    public static func lower(_ a: Double, _ x: Double) -> Double {
        precondition(a > 0 && x >= 0, "IncompleteGamma.lower needs a > 0 and x >= 0")
        if x == 0 { return 0 }
        return x < a + 1 ? series(a, x) : 1 - continuedFraction(a, x)
    }

    /// Q(a, x) = Γ(a, x) / Γ(a), for a > 0 and x ≥ 0.
    public static func upper(_ a: Double, _ x: Double) -> Double {
        precondition(a > 0 && x >= 0, "IncompleteGamma.upper needs a > 0 and x >= 0")
        if x == 0 { return 1 }
        return x < a + 1 ? 1 - series(a, x) : continuedFraction(a, x)
    }

    /// The x with P(a, x) = p, for a > 0 and 0 ≤ p ≤ 1 (p = 1 gives +∞).
    ///
    /// Starts from the Wilson–Hilferty (or small-a) approximation and refines with safeguarded
    /// Halley steps on whichever tail is smaller, until the step is below 10⁻¹⁴ relative.
    public static func inverseLower(_ a: Double, _ p: Double) -> Double {
        precondition(a > 0 && p >= 0 && p <= 1, "IncompleteGamma.inverseLower needs a > 0 and p in [0, 1]")
        if p == 0 { return 0 }
        if p == 1 { return .infinity }
        let useUpper = p > 0.5
        let target = useUpper ? 1 - p : p
        var x = initialGuess(a, p)
        var low = 0.0
        var high = Double.infinity
        let logGammaA = logGamma(a)
        for _ in 0..<200 {
            let value = useUpper ? upper(a, x) : lower(a, x)
            // f(x) = P(a,x) − p, written on the chosen tail (Q decreases where P increases).
            let f = useUpper ? target - value : value - target
            if f == 0 { return x }
            if f < 0 { low = max(low, x) } else { high = min(high, x) }
            let density = exp((a - 1) * log(x) - x - logGammaA)
            guard density > 0, density.isFinite else {
                x = high.isFinite ? (low + high) / 2 : max(2 * x, 1)
                continue
            }
            let newton = f / density
            let halley = newton / (1 - 0.5 * newton * ((a - 1) / x - 1)).clamped(0.5, 2)
            var next = x - halley
            if !(next > low && next < high) || !next.isFinite {
                next = high.isFinite ? (low + high) / 2 : x * 2
            }
            if abs(next - x) <= 1e-15 * max(x, 1e-300) { return next }
            x = next
        }
        return x
    }

    private static func initialGuess(_ a: Double, _ p: Double) -> Double {
        if a > 1 {
            // Wilson–Hilferty: the cube root of a gamma variable is nearly normal.
            let z = Normal.quantile(p)
            let t = 1 - 1 / (9 * a) + z / (3 * a.squareRoot())
            return max(a * t * t * t, 1e-3 * a)
        }
        let t = 1 - a * (0.253 + a * 0.12)
        if p < t { return pow(p / t, 1 / a) }
        return 1 - log(1 - (p - t) / (1 - t))
    }

    private static func series(_ a: Double, _ x: Double) -> Double {
        var term = 1 / a
        var sum = term
        var denominator = a
        for _ in 0..<10_000 {
            denominator += 1
            term *= x / denominator
            sum += term
            if abs(term) < abs(sum) * 1e-17 { break }
        }
        return sum * exp(-x + a * log(x) - logGamma(a))
    }

    private static func continuedFraction(_ a: Double, _ x: Double) -> Double {
        let tiny = 1e-300
        var b = x + 1 - a
        var c = 1 / tiny
        var d = 1 / b
        var h = d
        for i in 1..<10_000 {
            let an = -Double(i) * (Double(i) - a)
            b += 2
            d = an * d + b
            if abs(d) < tiny { d = tiny }
            c = b + an / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) < 1e-16 { break }
        }
        return exp(-x + a * log(x) - logGamma(a)) * h
    }
}

extension Double {
    func clamped(_ low: Double, _ high: Double) -> Double { Swift.min(Swift.max(self, low), high) }
}
