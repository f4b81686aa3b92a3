#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Ids by the bytes of their key, numbered from 0 in the order keys are first seen: open addressing
/// with an FNV-1a hash, the keys' bytes kept in one arena, so looking a key up makes no text and
/// allocates nothing (for grouping records and coding text columns).
public struct ByteKeyIndex: Sendable {
    private var slots: [Int32] = Array(repeating: -1, count: 1 << 10)
    private var hashes: [UInt64] = []
    private var arena: [UInt8] = []
    private var starts: [Int] = [0]

    /// An empty index.
    public init() {}

    /// The number of keys.
    public var count: Int { hashes.count }

    /// The key with `id`, as text.
    public func key(_ id: Int) -> String {
        String(decoding: arena[starts[id]..<starts[id + 1]], as: UTF8.self)
    }

    /// FNV-1a of `key`.
    public static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key {
            h ^= UInt64(byte)
            h = h &* 0x100_0000_01b3
        }
        return h
    }

    /// The id of `key`, adding it with the next id if it is new; and whether it was new.
    public mutating func id(of key: UnsafeBufferPointer<UInt8>) -> (id: Int, new: Bool) {
        let hash = Self.hash(key)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let found = Int(slots[slot])
            if found < 0 { break }
            if hashes[found] == hash, matches(found, key) { return (found, false) }
            slot = (slot + 1) & mask
        }
        let id = count
        slots[slot] = Int32(id)
        hashes.append(hash)
        arena.append(contentsOf: key)
        starts.append(arena.count)
        if count * 2 > slots.count { grow() }
        return (id, true)
    }

    /// Calls `body` with the bytes of key `id`.
    public func withKey<T>(_ id: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> T) rethrows -> T {
        try arena.withUnsafeBufferPointer {
            try body(UnsafeBufferPointer(rebasing: $0[starts[id]..<starts[id + 1]]))
        }
    }

    /// Whether key `id` has exactly the bytes of `key`.
    @inline(__always)
    public func matches(_ id: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let (start, end) = (starts[id], starts[id + 1])
        guard end - start == key.count else { return false }
        guard let base = key.baseAddress, key.count > 0 else { return true }
        return arena.withUnsafeBufferPointer { memcmp($0.baseAddress! + start, base, key.count) == 0 }
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (id, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(id)
        }
    }
}
