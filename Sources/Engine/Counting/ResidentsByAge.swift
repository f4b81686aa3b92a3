import Statistics
import Foundation
import PlaceModel

/// Residents alive at the middle of each base year, by single year of age and group: counted once
/// per period type, so that a population selection with only an age range is a sum over ages.
struct ResidentsByAge: Sendable {
    /// Ages above this are counted with it.
    static let oldest = 110

    let groupCount: Int
    /// Index ((base × (oldest + 1)) + age) × groupCount + group.
    private(set) var values: [Double]

    /// `eligible`: only these persons (nil: everyone); `onset`: each person's earliest onset on a
    /// register as yyyymmdd, before which they are not counted (nil: no register).
    init(
        persons: PersonIndex, layout: GroupLayout, periods: IndicatorPeriods, eligible: [Bool]? = nil,
        onset: [Int32]? = nil
    ) {
        groupCount = layout.groups.count
        let bases = periods.baseCount
        let g = groupCount
        guard bases > 0 else {
            values = []
            return
        }
        // A resident is present over a run of consecutive base years (from birth or registration to
        // death or the end of registration), and one year older in each: their counts lie on a
        // diagonal of (base, age) and are added as a difference (+1 where the run starts, −1 after it
        // ends), cumulated along each diagonal afterwards. Diagonal d holds those aged d − (bases − 1)
        // at base 0 (nobody present is younger than −(bases − 1) there); ages over `oldest` are
        // counted with it. The last column of each row is everyone, for the age band groups.
        let middles = (0..<bases).map { periods.middle(ofBase: $0) }
        let ymds = middles.map { PersonIndex.ymd(CivilDate(day: $0)) }
        let diagonals = Self.oldest + bases
        let width = g + 1
        let rowsPerDiagonal = bases + 1
        let count = persons.birth.count
        let chunkSize = max(1, (count + 3) / 4)
        let chunks = stride(from: 0, to: count, by: chunkSize).map { $0..<min($0 + chunkSize, count) }
        let slices = ParallelSlots<[Int32]>(count: chunks.count)
        DispatchQueue.concurrentPerform(iterations: chunks.count) { k in
            var runs = [Int32](repeating: 0, count: diagonals * rowsPerDiagonal * width)
            layout.personGroups.withUnsafeBufferPointer { groups in
                for i in chunks[k] {
                    if let eligible, !eligible[i] { continue }
                    var from = max(persons.birth[i], persons.registeredFrom[i])
                    if let onset {
                        guard let date = PersonIndex.date(ymd: onset[i]) else { continue }
                        from = max(from, date.day)
                    }
                    let to = min(persons.death[i] &- 1, persons.registeredTo[i])
                    var first = 0
                    while first < bases, middles[first] < from { first += 1 }
                    var last = bases - 1
                    while last >= first, middles[last] > to { last -= 1 }
                    guard first <= last else { continue }
                    let ageAtBase0 = persons.age(i, onYMD: ymds[first]) - first
                    let d = min(ageAtBase0, Self.oldest) + bases - 1
                    let start = (d * rowsPerDiagonal + first) * width
                    let end = (d * rowsPerDiagonal + last + 1) * width
                    let person = i * layout.stride
                    for s in person..<person + layout.stride where groups[s] >= 0 {
                        runs[start + Int(groups[s])] += 1
                        runs[end + Int(groups[s])] -= 1
                    }
                    runs[start + g] += 1
                    runs[end + g] -= 1
                }
            }
            slices.set(k, runs)
        }
        let parts = slices.values
        var values = [Double](repeating: 0, count: bases * (Self.oldest + 1) * g)
        var running = [Int32](repeating: 0, count: width)
        for d in 0..<diagonals {
            for column in 0..<width { running[column] = 0 }
            for base in 0..<bases {
                let at = (d * rowsPerDiagonal + base) * width
                for part in parts {
                    for column in 0..<width { running[column] += part[at + column] }
                }
                let age = min(d - (bases - 1) + base, Self.oldest)
                guard age >= 0 else { continue }
                let row = (base * (Self.oldest + 1) + age) * g
                for group in 0..<g where running[group] != 0 { values[row + group] += Double(running[group]) }
                let band = row + layout.ageStart + GroupCounts.band(age: age)
                if running[g] != 0 { values[band] += Double(running[g]) }
            }
        }
        self.values = values
    }

    /// Adds the residents aged `minAge`...`maxAge` to `counts`.
    func add(minAge: Int?, maxAge: Int?, to counts: inout GroupCounts) {
        let low = max(minAge ?? 0, 0)
        let high = min(maxAge ?? Self.oldest, Self.oldest)
        guard low <= high else { return }
        for base in 0..<counts.baseCount {
            for age in low...high {
                let row = (base * (Self.oldest + 1) + age) * groupCount
                for group in 0..<groupCount where values[row + group] != 0 {
                    counts.add(base: base, group: group, age: age, values[row + group])
                }
            }
        }
    }
}
