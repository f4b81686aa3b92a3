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

    init(persons: PersonIndex, layout: GroupLayout, periods: IndicatorPeriods) {
        groupCount = layout.groups.count
        let ages = Self.oldest + 1
        let g = groupCount
        // One slice per base year, counted on as many threads as there are cores.
        let slices = ParallelSlots<[Double]>(count: periods.baseCount)
        DispatchQueue.concurrentPerform(iterations: periods.baseCount) { base in
            var slice = Array(repeating: 0.0, count: ages * g)
            let middle = periods.middle(ofBase: base)
            let ymd = PersonIndex.ymd(CivilDate(day: middle))
            layout.personGroups.withUnsafeBufferPointer { groups in
                for i in 0..<persons.birth.count where persons.present(i, on: middle) {
                    let age = min(max(persons.age(i, onYMD: ymd), 0), Self.oldest)
                    let row = age * g
                    let start = i * layout.stride
                    for s in start..<start + layout.stride where groups[s] >= 0 {
                        slice[row + Int(groups[s])] += 1
                    }
                    slice[row + layout.ageStart + GroupCounts.band(age: age)] += 1
                }
            }
            slices.set(base, slice)
        }
        let values = slices.values.flatMap { $0 }
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
