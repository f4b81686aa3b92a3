import Statistics
import Testing

@testable import Publication

/// Deciding exposure at a threshold stops sharpening an interval once it is wide enough; the
/// decisions must be those of the exact intervals, and the intervals given inside them.
@Suite struct ExposureDecisionTests {
    @Test(arguments: [21, 22, 23] as [UInt64])
    func decisionsAtAThresholdAreThoseOfTheExactIntervals(seed: UInt64) throws {
        var generator = SeededRandomGenerator(seed: seed)
        var cellsChecked = 0
        var shortCut = 0
        for _ in 0..<40 {
            let (table, identities) = DisclosureControlTests.randomTable(&generator)
            let values = table.map { $0 * Int.random(in: 1...3, using: &generator) }
            let scaled = identities.map { identity in
                DisclosureIdentity(
                    total: identity.total, parts: identity.parts,
                    offset: values[identity.total] - identity.parts.reduce(0) { $0 + values[$1] })
            }
            let hidden = values.map { _ in Int.random(in: 0..<5, using: &generator) < 2 }
            let exact = try DisclosureAnalysis.analyse(values: values, hidden: hidden, identities: scaled)
            for threshold in [2, 3, 5, 8] {
                var solved: [[Int]: [HiddenCellFinding]] = [:]
                let quick = try DisclosureAnalysis.analyse(
                    values: values, hidden: hidden, identities: scaled, threshold: threshold, solved: &solved)
                #expect(quick.map(\.cell) == exact.map(\.cell))
                for (q, e) in zip(quick, exact) {
                    cellsChecked += 1
                    #expect(
                        DisclosureAnalysis.exposes(q, threshold: threshold)
                            == DisclosureAnalysis.exposes(e, threshold: threshold), "cell \(e.cell)")
                    #expect(q.determined == e.determined)
                    #expect(q.lower >= e.lower)
                    if let upper = e.upper { #expect(q.upper.map { $0 <= upper } == true) }
                    if q.lower != e.lower || q.upper != e.upper { shortCut += 1 }
                }
            }
        }
        #expect(cellsChecked > 500)
        #expect(shortCut > 0, "some intervals were left unsharpened")
    }
}
