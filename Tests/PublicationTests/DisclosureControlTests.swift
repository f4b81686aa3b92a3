import Statistics
import Testing

@testable import Publication

/// The joint control on random small tables with random identities: whatever the layout, every
/// small count is withheld, zeros are not withheld for being small, and the exact analysis finds
/// nothing withheld that the published figures determine or bound within the threshold.
@Suite struct DisclosureControlTests {
    /// A random two-level table: `rows` × `columns` cells with row totals, column totals and a grand
    /// total, plus random groupings of rows into parents (each parent = Σ its rows, column by column).
    static func randomTable(_ generator: inout SeededRandomGenerator) -> (
        values: [Int], identities: [DisclosureIdentity]
    ) {
        let rows = Int.random(in: 2...6, using: &generator)
        let columns = Int.random(in: 2...5, using: &generator)
        var values: [Int] = []
        var cell = [[Int]]()
        for _ in 0..<rows {
            cell.append(
                (0..<columns).map { _ in
                    values.append(
                        Int.random(in: 0...3, using: &generator) * Int.random(in: 0...4, using: &generator))
                    return values.count - 1
                })
        }
        var identities: [DisclosureIdentity] = []
        func total(_ parts: [Int]) -> Int {
            values.append(parts.reduce(0) { $0 + values[$1] })
            identities.append(DisclosureIdentity(total: values.count - 1, parts: parts))
            return values.count - 1
        }
        let rowTotals = cell.map { total($0) }
        let columnTotals = (0..<columns).map { c in total(cell.map { $0[c] }) }
        let grand = total(rowTotals)
        identities.append(DisclosureIdentity(total: grand, parts: columnTotals))
        // Random parents of rows (like LCPs of practices), each with its columns and total.
        let parents = Int.random(in: 1...2, using: &generator)
        var parentOf = (0..<rows).map { _ in Int.random(in: 0..<parents, using: &generator) }
        parentOf[0] = 0
        for p in 0..<parents {
            let members = (0..<rows).filter { parentOf[$0] == p }
            guard members.count > 1 else { continue }
            let parentColumns = (0..<columns).map { c in total(members.map { cell[$0][c] }) }
            identities.append(
                DisclosureIdentity(total: total(members.map { rowTotals[$0] }), parts: parentColumns))
        }
        return (values, identities)
    }

    @Test(arguments: [11, 12, 13, 14] as [UInt64])
    func randomTablesAreProtected(seed: UInt64) {
        var generator = SeededRandomGenerator(seed: seed)
        var withheldSeen = 0
        for _ in 0..<50 {
            let (values, identities) = Self.randomTable(&generator)
            let primary = values.map { $0 >= 1 && $0 < 5 }
            let outcome = DisclosureControl.solve(
                measures: [values], primary: primary, identities: identities, threshold: 5)
            #expect(outcome.proven && outcome.exposed.isEmpty)
            for (i, small) in primary.enumerated() where small { #expect(outcome.withheld[i]) }
            #expect(
                DisclosureControl.exposed(
                    [values], hidden: outcome.withheld, identities: identities, threshold: 5
                ).isEmpty)
            withheldSeen += outcome.withheld.filter { $0 }.count
        }
        #expect(withheldSeen > 0)
    }

    @Test func theRuleAloneCanLeaveACellDeterminedAndTheControlCatchesIt() {
        // Cells w1 = 3, w2 = 2, w3 = 4, A = w1 + w2 = 5, B = w2 + w3 = 6, city = A + B = 11 and
        // w1 + w3 = 7. With w1, w2, w3, A and B withheld, every identity has two withheld members,
        // yet A + B − (w1 + w3) = 2 × w2 fixes w2 = 2.
        let values = [3, 2, 4, 5, 6, 11, 7]
        let identities = [
            DisclosureIdentity(total: 3, parts: [0, 1]), DisclosureIdentity(total: 4, parts: [1, 2]),
            DisclosureIdentity(total: 5, parts: [3, 4]), DisclosureIdentity(total: 6, parts: [0, 2]),
        ]
        let hidden = [true, true, true, true, true, false, false]
        #expect(
            DisclosureControl.exposed([values], hidden: hidden, identities: identities, threshold: 5)
                .contains(1))
        let outcome = DisclosureControl.solve(
            measures: [values], primary: hidden, identities: identities, threshold: 5)
        #expect(outcome.proven && outcome.exposed.isEmpty)
        #expect(outcome.withheld[5] || outcome.withheld[6])
    }
}
