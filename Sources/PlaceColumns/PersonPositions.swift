/// Person identifier to position (in ``PlaceColumns/persons`` and the engines' person columns): an open-addressing hash table with linear
/// probing in flat arrays (far faster than a dictionary for the tens of millions of look-ups a load
/// makes).
public struct PersonPositions: Sendable {
    private var keys: [Int64]
    private var values: [Int32]
    private var mask: Int
    /// Number of identifiers recorded.
    public private(set) var count = 0

    /// An empty table with room for `capacity` identifiers without growing.
    public init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [Int64](repeating: Self.empty, count: size)
        values = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    private static let empty = Int64.min

    @inline(__always)
    private static func slot(_ id: Int64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(bitPattern: id) &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
    }

    /// The table of `ids`, each at its place in the sequence.
    public init(ids: some Sequence<Int64>, capacity: Int) {
        self.init(capacity: capacity)
        for (i, id) in ids.enumerated() { set(id, Int32(i)) }
    }

    /// Records that `id` is at `position` (the first position recorded for an identifier wins).
    public mutating func set(_ id: Int64, _ position: Int32) {
        if (count + 1) * 2 > keys.count { grow() }
        var s = Self.slot(id, mask)
        while keys[s] != Self.empty {
            if keys[s] == id { return }
            s = (s + 1) & mask
        }
        keys[s] = id
        values[s] = position
        count += 1
    }

    /// The position of `id`, if recorded.
    @inline(__always)
    public func get(_ id: Int64) -> Int32? {
        var s = Self.slot(id, mask)
        while true {
            let k = keys[s]
            if k == id { return values[s] }
            if k == Self.empty { return nil }
            s = (s + 1) & mask
        }
    }

    private mutating func grow() {
        var bigger = PersonPositions(capacity: keys.count)
        for (k, v) in zip(keys, values) where k != Self.empty { bigger.set(k, v) }
        self = bigger
    }
}
