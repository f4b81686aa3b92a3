/// One kind of dated record for every person, grouped by person and sorted by date within each
/// person (compressed rows: `offsets[i]..<offsets[i + 1]` are person `i`'s records).
public struct EventTable: Sendable {
    /// Where each person's records start; one more entry than there are persons.
    public let offsets: [Int32]
    /// Start dates (day numbers, ``PlaceModel/CivilDate/day``).
    public let date: [Int32]
    /// End dates (day numbers); `Int32.max` when open or not applicable.
    public let end: [Int32]
    /// Codes (meaning by kind, see ``EventKind``).
    public let code: [UInt8]
    /// Flags (meaning by kind).
    public let flags: [UInt8]

    /// Person `i`'s records: positions into the columns.
    @inline(__always)
    public func range(_ i: Int) -> Range<Int> { Int(offsets[i])..<Int(offsets[i + 1]) }

    /// Number of records.
    public var count: Int { date.count }

    /// Groups rows (in any order) by person and sorts each person's rows by date, then end, code
    /// and flags (so the result does not depend on the order the rows came in).
    init(persons: Int, rows: EventRows) {
        var counts = [Int32](repeating: 0, count: persons + 1)
        for p in rows.person { counts[Int(p) + 1] += 1 }
        for i in 0..<persons { counts[i + 1] += counts[i] }
        offsets = counts
        var next = counts
        var order = [Int](repeating: 0, count: rows.person.count)
        for (row, p) in rows.person.enumerated() {
            order[Int(next[Int(p)])] = row
            next[Int(p)] += 1
        }
        // Through buffers: a closure reading the rows' arrays would copy (retain) them per comparison.
        (date, end, code, flags) = rows.date.withUnsafeBufferPointer { date in
            rows.end.withUnsafeBufferPointer { end in
                rows.code.withUnsafeBufferPointer { code in
                    rows.flags.withUnsafeBufferPointer { flags in
                        order.withUnsafeMutableBufferPointer { order in
                            for i in 0..<persons where counts[i + 1] - counts[i] > 1 {
                                let rows = Int(counts[i])..<Int(counts[i + 1])
                                var share = UnsafeMutableBufferPointer(rebasing: order[rows])
                                share.sort { (a: Int, b: Int) -> Bool in
                                    if date[a] != date[b] { return date[a] < date[b] }
                                    if end[a] != end[b] { return end[a] < end[b] }
                                    if code[a] != code[b] { return code[a] < code[b] }
                                    return flags[a] < flags[b]
                                }
                            }
                            return (
                                order.map { date[$0] }, order.map { end[$0] }, order.map { code[$0] },
                                order.map { flags[$0] }
                            )
                        }
                    }
                }
            }
        }
    }

    /// Whether person `i` has a record with `code` dated on or before `day`.
    @inline(__always)
    public func has(_ i: Int, code wanted: UInt8, onOrBefore day: Int32) -> Bool {
        for r in range(i) {
            if date[r] > day { return false }
            if code[r] == wanted { return true }
        }
        return false
    }

    /// The date of person `i`'s first record with `code` on or before `day`, if any.
    public func first(_ i: Int, code wanted: UInt8, onOrBefore day: Int32) -> Int32? {
        for r in range(i) {
            if date[r] > day { return nil }
            if code[r] == wanted { return date[r] }
        }
        return nil
    }

    /// Person `i`'s records starting in `from...to` (day numbers).
    @inline(__always)
    public func count(_ i: Int, from: Int32, to: Int32) -> Int {
        var n = 0
        for r in range(i) {
            let d = date[r]
            if d > to { break }
            if d >= from { n += 1 }
        }
        return n
    }
}

/// Rows of one kind of record, in the order read, before grouping by person.
struct EventRows: Sendable {
    var person: [Int32] = []
    var date: [Int32] = []
    var end: [Int32] = []
    var code: [UInt8] = []
    var flags: [UInt8] = []

    mutating func append(
        person p: Int32, date d: Int32, end e: Int32 = .max, code c: UInt8 = 0, flags f: UInt8 = 0
    ) {
        person.append(p)
        date.append(d)
        end.append(e)
        code.append(c)
        flags.append(f)
    }

    mutating func append(contentsOf other: EventRows) {
        person += other.person
        date += other.date
        end += other.end
        code += other.code
        flags += other.flags
    }
}
