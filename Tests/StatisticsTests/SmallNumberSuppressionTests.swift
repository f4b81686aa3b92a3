import Statistics
import Testing

/// Small-number suppression on hand-built tables whose withheld cells are worked out by hand.
@Suite struct SmallNumberSuppressionTests {
    typealias Constraint = SmallNumberSuppression.Constraint

    /// A table laid out as cells (row-major), then row totals, column totals and the grand total,
    /// with every additive constraint among them.
    struct Table {
        let counts: [Double]
        let constraints: [Constraint]

        init(_ cells: [[Double]]) {
            let rows = cells.count
            let columns = cells[0].count
            let rowTotal = rows * columns
            let columnTotal = rowTotal + rows
            let grand = columnTotal + columns
            var counts = cells.flatMap { $0 }
            counts += cells.map { $0.reduce(0, +) }
            counts += (0..<columns).map { c in cells.map { $0[c] }.reduce(0, +) }
            counts.append(cells.flatMap { $0 }.reduce(0, +))
            var constraints = (0..<rows).map { r in
                Constraint(total: rowTotal + r, parts: (0..<columns).map { r * columns + $0 })
            }
            constraints += (0..<columns).map { c in
                Constraint(total: columnTotal + c, parts: (0..<rows).map { $0 * columns + c })
            }
            constraints.append(Constraint(total: grand, parts: Array(rowTotal..<columnTotal)))
            constraints.append(Constraint(total: grand, parts: Array(columnTotal..<grand)))
            self.counts = counts
            self.constraints = constraints
        }

        /// Positions withheld at threshold 5.
        var withheld: [Int] {
            let mask = SmallNumberSuppression.withheld(counts, threshold: 5, constraints: constraints)
            return mask.indices.filter { mask[$0] }
        }
    }

    @Test func primaryWithholdsOneToThresholdMinusOneAndNotZero() {
        let counts: [Double] = [0, 1, 4, 5, 0.5, 100]
        #expect(
            SmallNumberSuppression.primary(counts, threshold: 5) == [false, true, true, false, false, false])
        #expect(
            SmallNumberSuppression.primary(counts, threshold: 1) == [
                false, false, false, false, false, false,
            ])
    }

    @Test func oneSmallCellOfATwoByThreeTable() {
        // 2  10  20 | 32
        // 30 40  50 | 120
        // The 2 is withheld; then the 10 (smallest in its row) and the 30 (in its column); the 10's
        // column then withholds the 40. Totals stay published: the rectangle 2, 10, 30, 40 has two
        // withheld cells in every row and column.
        let table = Table([[2, 10, 20], [30, 40, 50]])
        #expect(table.withheld == [0, 1, 3, 4])
    }

    @Test func aSmallTotalWithholdsItsParts() {
        // 3 0 | 3
        // 6 9 | 15
        let table = Table([[3, 0], [6, 9]])
        // Positions: cells 0..3, row totals 4 (3), 5 (15), column totals 6 (9), 7 (9), grand 8 (18).
        // Primary: cell 0 (3) and row total 4 (3). Row 0 (4 = 0 + 1): two withheld. Row 1: none.
        // Column 0 (6 = 0 + 2): one withheld → the 6 (position 2). Column 1: none. Grand = row
        // totals (8 = 4 + 5): one withheld → the 15 (5). Grand = column totals: none. Second pass:
        // row 1 (5 = 2 + 3): 5 and 2 withheld, fine. Nothing else changes.
        #expect(table.withheld == [0, 2, 4, 5])
    }

    @Test func theTotalIsWithheldWhenEveryPartIs() {
        // A = a1, with a1 withheld: A must go; then city = A + B withholds B.
        let counts: [Double] = [100, 40, 60, 40]
        let constraints = [Constraint(total: 0, parts: [1, 2]), Constraint(total: 1, parts: [3])]
        let mask = SmallNumberSuppression.withheld(
            counts, primary: [false, false, false, true], constraints: constraints)
        #expect(mask == [false, true, true, true])
    }

    @Test func tiesGoToTheFirstListedPartAndZeroCanBeASecondaryChoice() {
        let ties = SmallNumberSuppression.withheld(
            [20, 2, 9, 9], threshold: 5, constraints: [Constraint(total: 0, parts: [1, 2, 3])])
        #expect(ties == [false, true, true, false])
        let zero = SmallNumberSuppression.withheld(
            [10, 3, 7, 0], threshold: 5, constraints: [Constraint(total: 0, parts: [1, 2, 3])])
        #expect(zero == [false, true, false, true])
        // With zeros known, the 7 is withheld instead; with nothing but zeros left, the total.
        let known = SmallNumberSuppression.withheld(
            [10, 3, 7, 0], threshold: 5, constraints: [Constraint(total: 0, parts: [1, 2, 3])],
            zerosKnown: true)
        #expect(known == [false, true, true, false])
        let onlyZeros = SmallNumberSuppression.withheld(
            [6, 6, 0], primary: [false, true, false], constraints: [Constraint(total: 0, parts: [1, 2])],
            zerosKnown: true)
        #expect(onlyZeros == [true, true, false])
    }

    @Test func noWithheldCountCanBeSolvedFromTheTables() {
        // Random tables: an attacker repeatedly solves any constraint with one unknown. No withheld
        // count may ever become known.
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let rows = Int.random(in: 1...5, using: &generator)
            let columns = Int.random(in: 1...5, using: &generator)
            let cells = (0..<rows).map { _ in
                (0..<columns).map { _ in
                    Double(
                        Int.random(in: 0...6, using: &generator) * Int.random(in: 0...2, using: &generator))
                }
            }
            let table = Table(cells)
            for zerosKnown in [false, true] {
                let mask = SmallNumberSuppression.withheld(
                    table.counts, threshold: 5, constraints: table.constraints, zerosKnown: zerosKnown)
                for k in table.counts.indices
                where SmallNumberSuppression.isSmall(table.counts[k], threshold: 5) {
                    #expect(mask[k])
                }
                var known = mask.map { !$0 }
                var solved = true
                while solved {
                    solved = false
                    for c in table.constraints {
                        let unknown = ([c.total] + c.parts).filter { !known[$0] }
                        if unknown.count == 1 {
                            known[unknown[0]] = true
                            solved = true
                        }
                    }
                }
                let derived = mask.indices.filter { mask[$0] && known[$0] }
                #expect(derived.isEmpty, "withheld counts \(derived) were derived in \(cells)")
            }
        }
    }
}
