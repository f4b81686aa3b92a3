/// How people moved between segments from one date to a later one: a matrix of persons by
/// segment on the first date (or "entered": born or registered since) and segment on the second
/// (or "died", or "left": registration ended or moved away).
public struct SegmentFlows: Sendable, Codable {
    /// The first date.
    public let from: String
    /// The second date.
    public let to: String
    /// Row labels: segment identifiers, then `entered`.
    public let fromStates: [String]
    /// Column labels: segment identifiers, then `died` and `left`.
    public let toStates: [String]
    /// Persons by row and column.
    public let counts: [[Int]]
    /// The LCP the flows are restricted to (nil: the whole place).
    public let lcp: String?
    /// The IMD deciles of home (1 = most deprived) the flows are restricted to (nil: all).
    public let deciles: ClosedRange<Int>?
    /// Whether the data are synthetic.
    public let synthetic: Bool

    /// The flows from `first` to `second` (a later snapshot of the same data), for everyone or
    /// the people of one LCP, and of the IMD deciles `deciles` of their home LSOA (`1...1`: the
    /// most deprived 10% nationally; `2...10`: the rest; a person of unknown decile is in no range).
    public init(
        data: PopulationData, first: PopulationSnapshot, second: PopulationSnapshot, lcp: String? = nil,
        deciles: ClosedRange<Int>? = nil
    ) {
        let segments = Segment.allCases.count
        var counts = [[Int]](repeating: [Int](repeating: 0, count: segments + 2), count: segments + 1)
        let secondDay = second.date.day
        for i in 0..<data.count {
            let was = first.isPresent(i)
            let now = second.isPresent(i)
            guard was || now else { continue }
            if let lcp, data.lcp(i) != lcp { continue }
            if let deciles, !deciles.contains(data.decile(i)) { continue }
            let row = was ? Int(first.segment[i]) : segments
            let column: Int
            if now {
                column = Int(second.segment[i])
            } else if data.death[i] <= secondDay {
                column = segments
            } else {
                column = segments + 1
            }
            counts[row][column] += 1
        }
        from = first.date.description
        to = second.date.description
        fromStates = Segment.allCases.map(\.id) + ["entered"]
        toStates = Segment.allCases.map(\.id) + ["died", "left"]
        self.counts = counts
        self.lcp = lcp
        self.deciles = deciles
        synthetic = data.synthetic
    }
}
