import PlaceModel
/// What happened to each segment's people in the 12 months after a date, by group: hospital
/// activity, care home admissions and deaths, with rates per 1,000 persons. The data model holds
/// no costs, so activity is given in counts and bed days.
public struct SegmentOutcomes: Sendable, Codable {
    /// One group and segment.
    public struct Row: Sendable, Codable, Hashable {
        /// The group (an area code or category).
        public let group: String
        /// The segment identifier.
        public let segment: String
        /// Persons in the segment on the date.
        public let persons: Int
        /// Emergency admissions in the 12 months.
        public let emergencyAdmissions: Int
        /// Bed days of those emergency admissions.
        public let emergencyBedDays: Int
        /// Elective admissions in the 12 months.
        public let electiveAdmissions: Int
        /// A&E attendances in the 12 months.
        public let aeAttendances: Int
        /// Permanent care home admissions in the 12 months.
        public let careHomeAdmissions: Int
        /// Deaths in the 12 months.
        public let deaths: Int

        /// A count per 1,000 persons.
        public func per1000(_ count: Int) -> Double {
            persons > 0 ? Double(count) * 1000 / Double(persons) : 0
        }
    }

    /// The date.
    public let date: String
    /// The breakdown.
    public let breakdown: Breakdown
    /// One row per group and segment with anyone in it.
    public let rows: [Row]
    /// Whether the data are synthetic.
    public let synthetic: Bool

    /// The outcomes of everyone present in `snapshot`, by `breakdown` and segment.
    public init(data: PopulationData, snapshot: PopulationSnapshot, by breakdown: Breakdown) {
        let (labels, index) = breakdown.groups(data, snapshot)
        let segments = Segment.allCases.count
        var sums = [[Int]](repeating: [Int](repeating: 0, count: 7), count: labels.count * segments)
        let start = snapshot.date.day + 1
        let stop = snapshot.date.day + 365
        let emergency = data.events(.emergencyAdmission)
        for i in 0..<data.count where index[i] >= 0 {
            let cell = Int(index[i]) * segments + Int(snapshot.segment[i])
            var bedDays = 0
            var admissions = 0
            for r in emergency.range(i) where emergency.date[r] >= start && emergency.date[r] <= stop {
                admissions += 1
                let end = emergency.end[r] == .max ? stop : emergency.end[r]
                bedDays += Int(max(0, end - emergency.date[r]))
            }
            let homes = data.events(.careHomeAdmission)
            var careHome = 0
            for r in homes.range(i)
            where homes.date[r] >= start && homes.date[r] <= stop && homes.flags[r] & 1 != 0 {
                careHome += 1
            }
            let values = [
                1, admissions, bedDays, data.events(.electiveAdmission).count(i, from: start, to: stop),
                data.events(.aeAttendance).count(i, from: start, to: stop), careHome,
                data.death[i] >= start && data.death[i] <= stop ? 1 : 0,
            ]
            for k in 0..<7 { sums[cell][k] += values[k] }
        }
        date = snapshot.date.description
        self.breakdown = breakdown
        rows = sums.indices.filter { sums[$0][0] > 0 }.map { cell in
            let s = sums[cell]
            return Row(
                group: labels[cell / segments], segment: Segment.allCases[cell % segments].id, persons: s[0],
                emergencyAdmissions: s[1], emergencyBedDays: s[2], electiveAdmissions: s[3],
                aeAttendances: s[4],
                careHomeAdmissions: s[5], deaths: s[6])
        }
        synthetic = data.synthetic
    }
}
