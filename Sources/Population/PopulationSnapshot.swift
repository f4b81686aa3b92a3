import PlaceModel

/// Every person's state on one date: whether they are in the population, their age, segment,
/// frailty deficits and number of long-term conditions. Pure: computed from ``PopulationData``.
public struct PopulationSnapshot: Sendable {
    /// The date.
    public let date: CivilDate
    /// Age in years, or -1 when not in the population on the date.
    public let age: [Int16]
    /// Segment (``Segment/rawValue``), 255 when not in the population.
    public let segment: [UInt8]
    /// Frailty deficits (bit `k` = ``FrailtyIndex/deficits``[k]); 0 under 65.
    public let deficits: [UInt64]
    /// Frailty category (``FrailtyCategory/rawValue``), 255 under 65 or not present.
    public let frailty: [UInt8]
    /// Number of long-term conditions.
    public let longTermConditions: [UInt8]
    /// The rules used.
    public let rules: SegmentRules

    /// Computes everyone's state on `date`.
    public init(data: PopulationData, date: CivilDate, rules: SegmentRules = SegmentRules()) {
        self.date = date
        self.rules = rules
        let day = date.day
        let parts = inParallel(count: data.count) { range in
            var part = Part(capacity: range.count)
            for i in range { part.add(i, data, day, rules) }
            return part
        }
        age = parts.flatMap(\.age)
        segment = parts.flatMap(\.segment)
        deficits = parts.flatMap(\.deficits)
        frailty = parts.flatMap(\.frailty)
        longTermConditions = parts.flatMap(\.ltc)
    }

    /// Whether person `i` is in the population on the date.
    @inline(__always)
    public func isPresent(_ i: Int) -> Bool { age[i] >= 0 }

    /// Person `i`'s segment, if present.
    public func segmentOf(_ i: Int) -> Segment? { Segment(rawValue: Int(segment[i])) }

    /// Person `i`'s frailty category, if aged 65+ and present.
    public func frailtyOf(_ i: Int) -> FrailtyCategory? { FrailtyCategory(rawValue: Int(frailty[i])) }

    /// Person `i`'s eFI score (0 under 65).
    public func efi(_ i: Int) -> Double { FrailtyIndex.score(deficits[i].nonzeroBitCount) }

    /// Persons present on the date.
    public var presentCount: Int { age.reduce(0) { $0 + ($1 >= 0 ? 1 : 0) } }

    private struct Part: Sendable {
        var age: [Int16] = []
        var segment: [UInt8] = []
        var deficits: [UInt64] = []
        var frailty: [UInt8] = []
        var ltc: [UInt8] = []

        init(capacity: Int) {
            age.reserveCapacity(capacity)
            segment.reserveCapacity(capacity)
            deficits.reserveCapacity(capacity)
            frailty.reserveCapacity(capacity)
            ltc.reserveCapacity(capacity)
        }

        mutating func add(_ i: Int, _ data: PopulationData, _ day: Int32, _ rules: SegmentRules) {
            guard data.isPresent(i, on: day) else {
                age.append(-1)
                segment.append(255)
                deficits.append(0)
                frailty.append(255)
                ltc.append(0)
                return
            }
            let years = data.age(i, on: day)
            var bits: UInt64 = 0
            var category: FrailtyCategory?
            if years >= FrailtyIndex.minimumAge {
                bits = FrailtyIndex.deficits(of: i, in: data, on: day)
                category = FrailtyCategory(deficits: bits.nonzeroBitCount)
            }
            age.append(Int16(years))
            segment.append(
                UInt8(rules.segment(of: i, in: data, on: day, age: years, frailty: category).rawValue))
            deficits.append(bits)
            frailty.append(UInt8(category?.rawValue ?? 255))
            ltc.append(UInt8(SegmentRules.longTermConditionCount(of: i, in: data, on: day)))
        }
    }
}
