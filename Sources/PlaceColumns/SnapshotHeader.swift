/// The fixed first bytes of a snapshot file: what it is, its size, the checksum of everything after
/// the header, where the directory lies, and the store content version it was built from.
struct SnapshotHeader: Equatable {
    static let size = 128
    static let magic: [UInt8] = Array("PHCOLS\u{0}\u{1}".utf8)
    /// The layout version: a file of another version is rebuilt, never read.
    static let formatVersion: UInt64 = 2

    var length: UInt64
    var checksum: UInt64
    var directoryOffset: UInt64
    var directoryLength: UInt64
    var contentVersion: String

    /// The header's bytes.
    var bytes: [UInt8] {
        var out = Self.magic
        for word in [Self.formatVersion, length, checksum, directoryOffset, directoryLength] {
            withUnsafeBytes(of: word.littleEndian) { out += $0 }
        }
        let version = Array(contentVersion.utf8.prefix(64))
        out += [UInt8(version.count)] + version
        out += Array(repeating: 0, count: Self.size - out.count)
        return out
    }

    /// Reads a header, nil if `bytes` do not start with one of this format version.
    init?(_ bytes: UnsafeRawBufferPointer) {
        guard bytes.count >= Self.size, Array(bytes[0..<8]) == Self.magic else { return nil }
        func word(_ k: Int) -> UInt64 {
            UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: 8 + 8 * k, as: UInt64.self))
        }
        guard word(0) == Self.formatVersion else { return nil }
        length = word(1)
        checksum = word(2)
        directoryOffset = word(3)
        directoryLength = word(4)
        let size = Int(bytes[48])
        guard size <= 64 else { return nil }
        contentVersion = String(decoding: bytes[49..<(49 + size)], as: UTF8.self)
    }

    init(
        length: UInt64, checksum: UInt64, directoryOffset: UInt64, directoryLength: UInt64,
        contentVersion: String
    ) {
        self.length = length
        self.checksum = checksum
        self.directoryOffset = directoryOffset
        self.directoryLength = directoryLength
        self.contentVersion = contentVersion
    }

    /// The body split in two at a multiple of 32 bytes: the snapshot's checksum is the checksums of
    /// its two halves, ``combine(_:_:)``d, so that each half can be checked on its own core.
    static func halves(_ bytes: UnsafeRawBufferPointer) -> (UnsafeRawBufferPointer, UnsafeRawBufferPointer) {
        let middle = bytes.count / 2 / 32 * 32
        return (
            UnsafeRawBufferPointer(rebasing: bytes[..<middle]),
            UnsafeRawBufferPointer(rebasing: bytes[middle...])
        )
    }

    /// The checksum of the body from its halves' checksums.
    static func combine(_ first: UInt64, _ second: UInt64) -> UInt64 {
        (first &* 0x9E37_79B9_7F4A_7C15) ^ second
    }

    /// A checksum of `bytes` (a multiple of 8 long): four independent multiply-xor lanes, so that
    /// checking a few hundred megabytes takes a small part of a second.
    static func checksum(half bytes: UnsafeRawBufferPointer) -> UInt64 {
        let words = bytes.count / 8
        var lanes: (UInt64, UInt64, UInt64, UInt64) = (1, 2, 3, 4)
        let prime: UInt64 = 0x9E37_79B9_7F4A_7C15
        var k = 0
        while k + 4 <= words {
            lanes.0 = (lanes.0 ^ bytes.loadUnaligned(fromByteOffset: k * 8, as: UInt64.self)) &* prime
            lanes.1 = (lanes.1 ^ bytes.loadUnaligned(fromByteOffset: k * 8 + 8, as: UInt64.self)) &* prime
            lanes.2 = (lanes.2 ^ bytes.loadUnaligned(fromByteOffset: k * 8 + 16, as: UInt64.self)) &* prime
            lanes.3 = (lanes.3 ^ bytes.loadUnaligned(fromByteOffset: k * 8 + 24, as: UInt64.self)) &* prime
            lanes.0 ^= lanes.0 >> 31
            lanes.1 ^= lanes.1 >> 31
            lanes.2 ^= lanes.2 >> 31
            lanes.3 ^= lanes.3 >> 31
            k += 4
        }
        var h = lanes.0 &+ lanes.1 &* 3 &+ lanes.2 &* 5 &+ lanes.3 &* 7
        while k < words {
            h = (h ^ bytes.loadUnaligned(fromByteOffset: k * 8, as: UInt64.self)) &* prime
            h ^= h >> 31
            k += 1
        }
        return h ^ UInt64(bytes.count)
    }
}
