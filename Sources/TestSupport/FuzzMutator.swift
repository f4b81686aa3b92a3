import Foundation

/// Makes fuzz inputs: the corpus as it is, then seeded mutations of it (byte flips, insertions,
/// deletions, splices, repeated separators, huge numbers, deep nesting, NUL bytes, invalid UTF-8, very
/// long fields) and purely random inputs. Input `i` depends only on the seed and `i`.
public struct FuzzMutator: Sendable {
    /// The seed inputs.
    public let corpus: [[UInt8]]
    /// Fragments that mean something to the component (separators, keywords, numbers).
    public let tokens: [[UInt8]]
    /// The longest input made.
    public let maximumLength: Int

    /// Bytes that are not UTF-8: a lone lead byte, a stray continuation, overlong, a surrogate.
    static let invalidUTF8: [[UInt8]] = [
        [0xC3], [0x80], [0xFF, 0xFE], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xE2, 0x82],
    ]
    /// Numbers at and past the edges of what parsers hold.
    static let numbers = [
        "99999999999999999999", "9223372036854775807", "9223372036854775808", "-9223372036854775808",
        "9999999999999999999", "-0", "+1", "00", "1e308", "1e309", "0x1p3", "nan", "inf", "1.5", ".5",
        "1e-400",
    ]

    /// A mutator of `corpus`, using `tokens` (with NUL, invalid UTF-8 and edge numbers added).
    public init(corpus: [[UInt8]], tokens: [String], maximumLength: Int = 200_000) {
        self.corpus = corpus.isEmpty ? [[]] : corpus
        self.tokens = (tokens + Self.numbers + ["\0"]).map { Array($0.utf8) } + Self.invalidUTF8
        self.maximumLength = maximumLength
    }

    /// The files of `folder` (every file ending in `.extension`), sorted by name.
    public static func corpus(in folder: URL, extension: String) throws -> [[UInt8]] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".\(`extension`)") }.sorted()
        return try names.map { [UInt8](try Data(contentsOf: folder.appendingPathComponent($0))) }
    }

    /// Input number `index` of the run with `seed`: the corpus first, then mutations and random inputs.
    public func input(_ index: Int, seed: UInt64) -> [UInt8] {
        if index < corpus.count { return corpus[index] }
        var random = FuzzRandom(seed: seed ^ (UInt64(index) &* 0xD134_2543_DE82_EF95))
        if random.oneIn(10) { return randomInput(&random) }
        var bytes = corpus[random.below(corpus.count)]
        for _ in 0...random.below(5) {
            mutate(&bytes, &random)
            if bytes.count > maximumLength { bytes.removeLast(bytes.count - maximumLength) }
        }
        return bytes
    }

    private func randomInput(_ random: inout FuzzRandom) -> [UInt8] {
        var bytes: [UInt8] = []
        for _ in 0..<random.below(300) {
            if random.oneIn(2) {
                bytes.append(UInt8(truncatingIfNeeded: random.next()))
            } else {
                bytes += tokens[random.below(tokens.count)]
            }
        }
        return bytes
    }

    private func mutate(_ bytes: inout [UInt8], _ random: inout FuzzRandom) {
        let at = random.below(bytes.count + 1)
        let token = tokens[random.below(tokens.count)]
        switch random.below(12) {
        case 0 where !bytes.isEmpty: bytes[min(at, bytes.count - 1)] ^= 1 << UInt8(random.below(8))
        case 1 where !bytes.isEmpty:
            bytes[min(at, bytes.count - 1)] = [0, 0xFF, 0x80, 0x22, 0x2C, 0x0A, 0x0D, 0x28][random.below(8)]
        case 2: bytes.insert(contentsOf: token, at: at)
        case 3:
            bytes.removeSubrange(at..<min(bytes.count, at + 1 + random.below(random.oneIn(4) ? 1000 : 16)))
        case 4:
            let from = random.below(bytes.count + 1)
            let piece = bytes[from..<min(bytes.count, from + 1 + random.below(64))]
            bytes.insert(contentsOf: Array(piece), at: at)
        case 5:
            // Repeat a separator, quote, line end or bracket found in the input.
            let special: Set<UInt8> = [0x22, 0x27, 0x2C, 0x0A, 0x0D, 0x28, 0x29, 0x3D]
            guard let found = bytes[at...].firstIndex(where: special.contains) else { break }
            let times = random.oneIn(8) ? 1000 + random.below(30_000) : 1 + random.below(8)
            bytes.insert(contentsOf: repeatElement(bytes[found], count: times), at: found)
        case 6:
            let other = corpus[random.below(corpus.count)]
            bytes = Array(bytes[..<at]) + other[random.below(other.count + 1)...]
        case 7:
            // A number where a number was: past the edges of what parsers hold.
            let number = Array(Self.numbers[random.below(Self.numbers.count)].utf8)
            let digit = bytes[at...].firstIndex { (0x30...0x39).contains($0) } ?? at
            var end = digit
            while end < bytes.count, (0x30...0x39).contains(bytes[end]) { end += 1 }
            bytes.replaceSubrange(digit..<end, with: number)
        case 8:
            // Deep nesting or long runs: one token many times.
            let times = random.oneIn(4) ? 1000 + random.below(30_000) : 2 + random.below(100)
            bytes.insert(contentsOf: Array([[UInt8]](repeating: token, count: times).joined()), at: at)
        case 9 where random.oneIn(4):
            bytes.insert(
                contentsOf: repeatElement(UInt8(ascii: "x"), count: 1000 + random.below(110_000)), at: at)
        case 10: bytes.removeSubrange(at...)
        default:
            bytes.insert(contentsOf: Self.invalidUTF8[random.below(Self.invalidUTF8.count)] + [0], at: at)
        }
    }
}
