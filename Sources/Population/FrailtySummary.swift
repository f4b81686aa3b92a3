import PlaceModel
/// The electronic frailty index of people aged 65+ on a date: persons by category and group, and
/// how common each deficit is.
public struct FrailtySummary: Sendable, Codable {
    /// One group's counts.
    public struct Row: Sendable, Codable, Hashable {
        /// The group (an area code or category).
        public let group: String
        /// Persons aged 65+ by category (fit, mild, moderate, severe).
        public let counts: [Int]
        /// Mean eFI score.
        public let meanScore: Double
    }

    /// One deficit's prevalence among people aged 65+.
    public struct DeficitShare: Sendable, Codable, Hashable {
        /// The deficit's name.
        public let deficit: String
        /// Persons with it.
        public let persons: Int
        /// Share of people aged 65+ with it.
        public let share: Double
    }

    /// The date.
    public let date: String
    /// The breakdown.
    public let breakdown: Breakdown
    /// Category names, the columns of ``Row/counts``.
    public let categories: [String]
    /// One row per group with anyone aged 65+.
    public let rows: [Row]
    /// Prevalence of each of the 36 deficits (whole place).
    public let deficits: [DeficitShare]
    /// Whether the data are synthetic.
    public let synthetic: Bool

    /// Summarises the frailty of `snapshot` by `breakdown`.
    public init(data: PopulationData, snapshot: PopulationSnapshot, by breakdown: Breakdown) {
        let (labels, index) = breakdown.groups(data, snapshot)
        var counts = [[Int]](repeating: [0, 0, 0, 0], count: labels.count)
        var scores = [Double](repeating: 0, count: labels.count)
        var perDeficit = [Int](repeating: 0, count: FrailtyIndex.deficits.count)
        var older = 0
        for i in 0..<data.count where index[i] >= 0 && snapshot.frailty[i] != 255 {
            let g = Int(index[i])
            counts[g][Int(snapshot.frailty[i])] += 1
            scores[g] += snapshot.efi(i)
            older += 1
            var bits = snapshot.deficits[i]
            while bits != 0 {
                perDeficit[bits.trailingZeroBitCount] += 1
                bits &= bits - 1
            }
        }
        date = snapshot.date.description
        self.breakdown = breakdown
        categories = FrailtyCategory.allCases.map(\.name)
        rows = labels.indices.filter { counts[$0].reduce(0, +) > 0 }.map { g in
            Row(group: labels[g], counts: counts[g], meanScore: scores[g] / Double(counts[g].reduce(0, +)))
        }
        deficits = FrailtyIndex.deficits.indices.map { k in
            DeficitShare(
                deficit: FrailtyIndex.deficits[k].name, persons: perDeficit[k],
                share: older > 0 ? Double(perDeficit[k]) / Double(older) : 0)
        }
        synthetic = data.synthetic
    }
}
