/// Assigning areas to quantiles as PHEindicatormethods `phe_quantile` does (Fingertips' method).
///
/// Values are ranked (ties take the lowest rank; missing values get no rank) in descending order
/// when `highestFirst` (the reference's default `invert = TRUE`) and ascending otherwise. With N
/// ranked values and q quantiles, a value of rank r goes to
/// ⌊(q + 1) − ⌈((N + 1) − r) / (N/q)⌉⌋, with 0 taken as 1. When fewer than q values are present,
/// no quantile is assigned.
public enum Quantiles {
    /// The quantile of each value (1-based), nil for a missing value or when N < `count`.
    ///
    /// - Throws: `count` below 1, or a value that is present but not finite.
    public static func assign(values: [Double?], count q: Int, highestFirst: Bool = true) throws -> [Int?] {
        guard q >= 1 else {
            throw StatisticsError(
                .invalidArgument, field: "quantiles", "the number of quantiles must be at least 1")
        }
        for (i, value) in values.enumerated() {
            if let value { try Validate.finite(value, "value", index: i) }
        }
        let present = values.enumerated().compactMap { index, value in
            value.map { (index, highestFirst ? -$0 : $0) }
        }
        let n = present.count
        guard n >= q else { return Array(repeating: nil, count: values.count) }
        let sorted = present.sorted { $0.1 < $1.1 }
        var result = [Int?](repeating: nil, count: values.count)
        let perQuantile = Double(n) / Double(q)
        var rank = 1
        for (position, entry) in sorted.enumerated() {
            if position > 0, entry.1 != sorted[position - 1].1 { rank = position + 1 }
            let raw = (Double(q + 1) - (Double(n + 1 - rank) / perQuantile).rounded(.up)).rounded(.down)
            result[entry.0] = raw == 0 ? 1 : Int(raw)
        }
        return result
    }
}

extension Quantiles {
    /// The quantile at fraction `p` (0 to 1) of values sorted in ascending order, interpolated
    /// linearly between order statistics (R's type 7, NumPy's default); 0 when there are none.
    public static func linear(_ sorted: [Double], _ p: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let position = min(max(p, 0), 1) * Double(sorted.count - 1)
        let low = Int(position.rounded(.down))
        let high = min(sorted.count - 1, low + 1)
        return sorted[low] + (sorted[high] - sorted[low]) * (position - Double(low))
    }
}
