/// What an intruder can infer about one hidden cell.
public struct HiddenCellFinding: Sendable, Hashable, CustomStringConvertible {
    /// The cell's index into the analysed values.
    public let cell: Int
    /// True when the published figures and identities fix the cell's value exactly.
    public let determined: Bool
    /// The ceiling of the smallest feasible real value (never below 0).
    public let lower: Int
    /// The floor of the largest feasible real value; nil when the cell is unbounded above.
    public let upper: Int?

    /// Creates a finding.
    public init(cell: Int, determined: Bool, lower: Int, upper: Int?) {
        self.cell = cell
        self.determined = determined
        self.lower = lower
        self.upper = upper
    }

    /// A short human-readable form, for example "cell 3: determined 4" or "cell 5: [0, 7]".
    public var description: String {
        if determined {
            return "cell \(cell): determined \(lower)"
        }
        return "cell \(cell): [\(lower), \(upper.map(String.init) ?? "∞")]"
    }
}
