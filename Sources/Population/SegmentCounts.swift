import PlaceModel

/// How many people are in each segment on a date, by group (LCP, deprivation decile, ...).
public struct SegmentCounts: Sendable, Codable {
    /// One group's counts.
    public struct Row: Sendable, Codable, Hashable {
        /// The group (an area code or category).
        public let group: String
        /// Persons by segment, in ``Segment`` order.
        public let counts: [Int]
        /// All persons in the group.
        public var total: Int { counts.reduce(0, +) }
    }

    /// The date.
    public let date: String
    /// The breakdown.
    public let breakdown: Breakdown
    /// Segment identifiers, the columns of ``Row/counts``.
    public let segments: [String]
    /// One row per group, in the breakdown's order (groups with nobody left out).
    public let rows: [Row]
    /// Whether the data are synthetic.
    public let synthetic: Bool

    /// Counts every present person of `snapshot` by `breakdown` and segment.
    public init(data: PopulationData, snapshot: PopulationSnapshot, by breakdown: Breakdown) {
        let (labels, index) = breakdown.groups(data, snapshot)
        var counts = [[Int]](
            repeating: [Int](repeating: 0, count: Segment.allCases.count), count: labels.count)
        for i in 0..<data.count where index[i] >= 0 {
            counts[Int(index[i])][Int(snapshot.segment[i])] += 1
        }
        date = snapshot.date.description
        self.breakdown = breakdown
        segments = Segment.allCases.map(\.id)
        rows = zip(labels, counts).filter { $0.1.contains { $0 > 0 } }.map { Row(group: $0, counts: $1) }
        synthetic = data.synthetic
    }
}
