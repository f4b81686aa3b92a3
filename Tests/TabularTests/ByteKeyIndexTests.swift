import Tabular
import Testing

/// Group ids by key bytes: the first sight of a key gives the next id, every later sight the same
/// id, through the table's growth.
@Suite struct ByteKeyIndexTests {
    @Test func idsAreGivenInOrderOfFirstSightAndKept() {
        var index = ByteKeyIndex()
        let keys = (0..<5_000).map { "area-\($0 * 7919 % 5_000)" } + ["", "a\u{1F}b", "é"]
        for (i, key) in keys.enumerated() {
            let found = Array(key.utf8).withUnsafeBufferPointer { index.id(of: $0) }
            #expect(found.id == i && found.new, "\(key)")
        }
        for (i, key) in keys.enumerated().reversed() {
            let found = Array(key.utf8).withUnsafeBufferPointer { index.id(of: $0) }
            #expect(found.id == i && !found.new, "\(key)")
        }
        #expect(index.count == keys.count)
        #expect(index.key(0) == keys[0] && index.key(keys.count - 1) == "é")
    }
}
