import Statistics
import Tabular

/// Directly standardised rates' sums per group over one part of the input, and which of each
/// group's age bands have been read (one bit a band).
struct BandSums: Sendable {
    /// A group's age band read a second time, at `line`: the earlier line is looked for only then.
    struct Repeat: Error {
        let line: Int
        let key: [String]
        let band: Int
    }

    var groups: StatsGroups
    let bands: Int
    /// 64-bit words of band bits a group.
    private let words: Int
    var sums: [DirectlyStandardisedRate.Accumulator] = []
    private var present: [UInt64] = []

    init(groups: StatsGroups, bands: Int) {
        self.groups = groups
        self.bands = bands
        words = (bands + 63) / 64
    }

    /// Marks group `id`'s band as read (making the group if it is the next new one); false if it
    /// was read before.
    mutating func claim(_ id: Int, band: Int) -> Bool {
        if id == sums.count {
            sums.append(.init())
            present.append(contentsOf: repeatElement(0, count: words))
        }
        let (slot, bit) = (id * words + band / 64, UInt64(1) << UInt64(band % 64))
        if present[slot] & bit != 0 { return false }
        present[slot] |= bit
        return true
    }

    /// The first band of group `id` not read, if any.
    func missing(_ id: Int) -> Int? {
        (0..<bands).first { present[id * words + $0 / 64] & (UInt64(1) << UInt64($0 % 64)) == 0 }
    }

    /// Takes in the sums of a later part of the input; throws when a group's band was read in both.
    mutating func absorb(_ part: BandSums, lineOffset: Int) throws {
        let ids = groups.absorb(part.groups, lineOffset: lineOffset)
        for (other, id) in ids.enumerated() {
            if id == sums.count {
                sums.append(.init())
                present.append(contentsOf: repeatElement(0, count: words))
            }
            for word in 0..<words {
                let bits = part.present[other * words + word]
                guard present[id * words + word] & bits == 0 else {
                    throw StatsFailure("an age band read in two parts")
                }
                present[id * words + word] |= bits
            }
            sums[id].add(part.sums[other])
        }
    }
}
