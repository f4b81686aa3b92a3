import Foundation
import PlacePack
import Testing

@Suite("Tolerance and locating packs")
struct ToleranceAndLocateTests {
    @Test func relativeToleranceScalesWithThePublishedValue() {
        let tolerance = Tolerance.relative(0.05)
        #expect(tolerance.accepts(105, published: 100))
        #expect(tolerance.accepts(95, published: 100))
        #expect(!tolerance.accepts(105.5, published: 100))
        #expect(!tolerance.accepts(.nan, published: 100))
    }

    @Test func absoluteToleranceIsInUnits() {
        let tolerance = Tolerance.absolute(1.5)
        #expect(tolerance.accepts(24.5, published: 23))
        #expect(!tolerance.accepts(24.6, published: 23))
        #expect(tolerance.allowance(published: 23) == 1.5)
    }

    @Test func locateAcceptsAnExistingPath() throws {
        let leeds = try leedsPackDirectory()
        #expect(try PlacePack.locate(leeds.path).path == leeds.standardizedFileURL.path)
    }

    @Test func locateReportsWhereItLooked() {
        #expect {
            try PlacePack.locate("no-such-place-\(UUID().uuidString)")
        } throws: { error in
            guard let error = error as? PackError else { return false }
            return error.kind == .packNotFound && error.message.contains("looked in")
        }
    }
}
