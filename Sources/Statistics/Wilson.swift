/// Wilson score limits for a proportion x/n (Wilson 1927; Newcombe and Altman 2000).
///
/// lower, upper = (2x + z² ∓ z √(z² + 4x(1 − x/n))) / (2(n + z²)), which stay within [0, 1].
public enum Wilson {
    /// The lower and upper limits of x/n for a two-sided z (not multiplied).
    public static func limits(_ x: Double, _ n: Double, z: Double) -> (lower: Double, upper: Double) {
        let z2 = z * z
        let root = z * (z2 + 4 * x * (1 - x / n)).squareRoot()
        let denominator = 2 * (n + z2)
        // Mathematically within [0, 1]; clamped so rounding (x = n, x = 0) cannot step outside.
        return (max(0, (2 * x + z2 - root) / denominator), min(1, (2 * x + z2 + root) / denominator))
    }

    /// The limits at a confidence level, with the inputs checked.
    public static func limits(_ x: Double, _ n: Double, confidence: Double) throws -> (
        lower: Double, upper: Double
    ) {
        let levels = try ConfidenceLevels([confidence])
        try Proportion.check(x, n)
        return limits(x, n, z: levels.zValues[0])
    }
}
