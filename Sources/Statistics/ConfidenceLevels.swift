/// The confidence levels to compute intervals at, validated once, with their two-sided z values.
///
/// Every method takes one of these; the default, ``standard``, is 95% and 99.8% as Fingertips uses.
/// Levels must lie in [0.9, 1), as PHEindicatormethods requires (it also accepts 90–100 as
/// percentages; here callers convert first, see ``init(percentagesOrFractions:)``).
public struct ConfidenceLevels: Sendable, Equatable {
    /// The levels, as fractions, in the order given.
    public let levels: [Double]
    /// The two-sided standard normal quantile for each level: z = Φ⁻¹(level + (1 − level)/2).
    public let zValues: [Double]

    /// 95% and 99.8%.
    public static let standard = try! ConfidenceLevels([0.95, 0.998])

    /// Validates the levels (each in [0.9, 1), at least one, no repeats).
    public init(_ levels: [Double]) throws {
        guard !levels.isEmpty else {
            throw StatisticsError(.empty, field: "confidence", "at least one confidence level is required")
        }
        for (index, level) in levels.enumerated() {
            guard level.isFinite, level >= 0.9, level < 1 else {
                throw StatisticsError(
                    .confidenceOutOfRange, field: "confidence", index: index,
                    "confidence level \(level) must be at least 0.9 and less than 1")
            }
            if levels[..<index].contains(level) {
                throw StatisticsError(
                    .invalidArgument, field: "confidence", index: index,
                    "confidence level \(level) is repeated")
            }
        }
        self.levels = levels
        self.zValues = levels.map { Normal.quantile($0 + (1 - $0) / 2) }
    }

    /// Accepts levels written as fractions (0.95) or, when at least 90, as percentages (95, 99.8).
    public init(percentagesOrFractions values: [Double]) throws {
        try self.init(values.map { $0 >= 90 ? $0 / 100 : $0 })
    }

    /// The number of levels.
    public var count: Int { levels.count }

    /// The label PHEindicatormethods gives a level in column names: 0.95 → `"95_0"`, 0.998 → `"99_8"`.
    public static func label(_ level: Double) -> String {
        let tenths = Int((level * 1000).rounded())
        return "\(tenths / 10)_\(tenths % 10)"
    }
}
