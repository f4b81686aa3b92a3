import Foundation
import Testing

@testable import Publication

/// A small seeded generator (AnalysisRandom) so the random tests are repeatable.
private struct AnalysisRandom: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// The finding for `cell`, which must be hidden.
private func finding(_ findings: [HiddenCellFinding], _ cell: Int) -> HiddenCellFinding? {
    findings.first { $0.cell == cell }
}

/// A table under construction: cells with values and identities.
private struct AnalysisTable {
    var values: [Int] = []
    var identities: [DisclosureIdentity] = []

    mutating func cell(_ value: Int) -> Int {
        values.append(value)
        return values.count - 1
    }

    /// Adds a total cell over `parts` (value = Σ parts + offset) and its identity.
    mutating func total(of parts: [Int], offset: Int = 0) -> Int {
        let t = cell(parts.reduce(offset) { $0 + values[$1] })
        identities.append(DisclosureIdentity(total: t, parts: parts, offset: offset))
        return t
    }
}

@Suite("Disclosure analysis: known answers")
struct DisclosureAnalysisKnownAnswerTests {
    @Test("total = a + b with a hidden is determined")
    func singleIdentityDetermines() throws {
        // cells: total 7, a 4 (hidden), b 3
        let findings = try DisclosureAnalysis.analyse(
            values: [7, 4, 3], hidden: [false, true, false],
            identities: [DisclosureIdentity(total: 0, parts: [1, 2])])
        #expect(findings == [HiddenCellFinding(cell: 1, determined: true, lower: 4, upper: 4)])
    }

    @Test("two hidden parts of a published total are bounded by what remains")
    func twoHiddenParts() throws {
        // total 10 = a 1 (hidden) + b 4 (hidden) + c 5; a + b = 5
        let findings = try DisclosureAnalysis.analyse(
            values: [10, 1, 4, 5], hidden: [false, true, true, false],
            identities: [DisclosureIdentity(total: 0, parts: [1, 2, 3])])
        #expect(
            findings == [
                HiddenCellFinding(cell: 1, determined: false, lower: 0, upper: 5),
                HiddenCellFinding(cell: 2, determined: false, lower: 0, upper: 5),
            ])
    }

    @Test("2×2 table with published margins: inner cells bounded, none determined")
    func twoByTwo() throws {
        // x11 1, x12 2, x21 3, x22 4; rows 3, 7; columns 4, 6; grand 10.
        // With t = x11: x12 = 3 − t, x21 = 4 − t, x22 = 3 + t, all ≥ 0 ⇔ t ∈ [0, 3].
        let values = [1, 2, 3, 4, 3, 7, 4, 6, 10]
        let identities = [
            DisclosureIdentity(total: 4, parts: [0, 1]), DisclosureIdentity(total: 5, parts: [2, 3]),
            DisclosureIdentity(total: 6, parts: [0, 2]), DisclosureIdentity(total: 7, parts: [1, 3]),
            DisclosureIdentity(total: 8, parts: [4, 5]), DisclosureIdentity(total: 8, parts: [6, 7]),
        ]
        let hidden = values.indices.map { $0 < 4 }
        let findings = try DisclosureAnalysis.analyse(values: values, hidden: hidden, identities: identities)
        #expect(
            findings == [
                HiddenCellFinding(cell: 0, determined: false, lower: 0, upper: 3),
                HiddenCellFinding(cell: 1, determined: false, lower: 0, upper: 3),
                HiddenCellFinding(cell: 2, determined: false, lower: 1, upper: 4),
                HiddenCellFinding(cell: 3, determined: false, lower: 3, upper: 6),
            ])
    }

    @Test("deprived = decile 1, both hidden, city = deprived + rest published: both determined")
    func deprivedDecile() throws {
        // city 20, deprived 8 (hidden), decile1 8 (hidden), rest 12
        let findings = try DisclosureAnalysis.analyse(
            values: [20, 8, 8, 12], hidden: [false, true, true, false],
            identities: [
                DisclosureIdentity(total: 1, parts: [2]), DisclosureIdentity(total: 0, parts: [1, 3]),
            ])
        #expect(
            findings == [
                HiddenCellFinding(cell: 1, determined: true, lower: 8, upper: 8),
                HiddenCellFinding(cell: 2, determined: true, lower: 8, upper: 8),
            ])
    }

    @Test("a chain of identities, each with two hidden members, determines every hidden cell")
    func chainDetermines() throws {
        // w1 2, w2 4 (hidden), w3 3, A = w1 + w2 = 6 (hidden), B = w2 + w3 = 7 (hidden), city = A + B = 13.
        // A − w2 = 2, B − w2 = 3, A + B = 13 ⇒ 2·w2 + 5 = 13 ⇒ w2 = 4, A = 6, B = 7.
        let values = [2, 4, 3, 6, 7, 13]
        let identities = [
            DisclosureIdentity(total: 3, parts: [0, 1]), DisclosureIdentity(total: 4, parts: [1, 2]),
            DisclosureIdentity(total: 5, parts: [3, 4]),
        ]
        let hidden = [false, true, false, true, true, false]
        let findings = try DisclosureAnalysis.analyse(values: values, hidden: hidden, identities: identities)
        #expect(
            findings == [
                HiddenCellFinding(cell: 1, determined: true, lower: 4, upper: 4),
                HiddenCellFinding(cell: 3, determined: true, lower: 6, upper: 6),
                HiddenCellFinding(cell: 4, determined: true, lower: 7, upper: 7),
            ])
    }

    @Test("the same chain without the city total leaves every cell undetermined")
    func chainWithoutCity() throws {
        // A − w2 = 2, B − w2 = 3: w2 = t ≥ 0, A = 2 + t, B = 3 + t, unbounded above.
        let values = [2, 4, 3, 6, 7]
        let identities = [
            DisclosureIdentity(total: 3, parts: [0, 1]), DisclosureIdentity(total: 4, parts: [1, 2]),
        ]
        let findings = try DisclosureAnalysis.analyse(
            values: values, hidden: [false, true, false, true, true], identities: identities)
        #expect(
            findings == [
                HiddenCellFinding(cell: 1, determined: false, lower: 0, upper: nil),
                HiddenCellFinding(cell: 3, determined: false, lower: 2, upper: nil),
                HiddenCellFinding(cell: 4, determined: false, lower: 3, upper: nil),
            ])
    }

    @Test("offsets move the right-hand side")
    func offsets() throws {
        // total 9 = a 4 (hidden) + b 3 + 2 ⇒ a = 4.
        let one = try DisclosureAnalysis.analyse(
            values: [9, 4, 3], hidden: [false, true, false],
            identities: [DisclosureIdentity(total: 0, parts: [1, 2], offset: 2)])
        #expect(one == [HiddenCellFinding(cell: 1, determined: true, lower: 4, upper: 4)])
        // total 10 = a 2 + b 5 + 3, a and b hidden ⇒ a + b = 7.
        let two = try DisclosureAnalysis.analyse(
            values: [10, 2, 5], hidden: [false, true, true],
            identities: [DisclosureIdentity(total: 0, parts: [1, 2], offset: 3)])
        #expect(
            two == [
                HiddenCellFinding(cell: 1, determined: false, lower: 0, upper: 7),
                HiddenCellFinding(cell: 2, determined: false, lower: 0, upper: 7),
            ])
        // a negative offset: total 4 = a 6 (hidden) − 2 ⇒ a = 6.
        let three = try DisclosureAnalysis.analyse(
            values: [4, 6], hidden: [false, true],
            identities: [DisclosureIdentity(total: 0, parts: [1], offset: -2)])
        #expect(three == [HiddenCellFinding(cell: 1, determined: true, lower: 6, upper: 6)])
    }

    @Test("a hidden total with no published constraint above is unbounded; a cell in no identity too")
    func unboundedUpper() throws {
        // total 9 (hidden) = a 5 + b 4 (hidden): total − b = 5 ⇒ total ∈ [5, ∞), b ∈ [0, ∞).
        // Cell 3 is in no identity: [0, ∞).
        let findings = try DisclosureAnalysis.analyse(
            values: [9, 5, 4, 2], hidden: [true, false, true, true],
            identities: [DisclosureIdentity(total: 0, parts: [1, 2])])
        #expect(
            findings == [
                HiddenCellFinding(cell: 0, determined: false, lower: 5, upper: nil),
                HiddenCellFinding(cell: 2, determined: false, lower: 0, upper: nil),
                HiddenCellFinding(cell: 3, determined: false, lower: 0, upper: nil),
            ])
    }

    @Test("repeated parts count twice and fractional bounds round inward")
    func repeatedPartsAndRounding() throws {
        // total 6 = a + a ⇒ a = 3.
        let doubled = try DisclosureAnalysis.analyse(
            values: [6, 3], hidden: [false, true], identities: [DisclosureIdentity(total: 0, parts: [1, 1])])
        #expect(doubled == [HiddenCellFinding(cell: 1, determined: true, lower: 3, upper: 3)])
        // total 7 = 2a + b, a 3 and b 1 hidden ⇒ a ∈ [0, 3.5] → [0, 3], b ∈ [0, 7].
        let findings = try DisclosureAnalysis.analyse(
            values: [7, 3, 1], hidden: [false, true, true],
            identities: [DisclosureIdentity(total: 0, parts: [1, 1, 2])])
        #expect(
            findings == [
                HiddenCellFinding(cell: 1, determined: false, lower: 0, upper: 3),
                HiddenCellFinding(cell: 2, determined: false, lower: 0, upper: 7),
            ])
        // A fractional vertex: u = x + x + x (9), v = y + y (8), u = v + 1 ⇒ 3x = 2y + 1, all four hidden
        // (x 3, y 4).
        // x = (2y + 1)/3 ≥ 1/3 ⇒ lower 1; y = (3x − 1)/2 ≥ 0; nothing bounds them above.
        let ratios = try DisclosureAnalysis.analyse(
            values: [3, 4, 9, 8], hidden: [true, true, true, true],
            identities: [
                DisclosureIdentity(total: 2, parts: [0, 0, 0]), DisclosureIdentity(total: 3, parts: [1, 1]),
                DisclosureIdentity(total: 2, parts: [3], offset: 1),
            ])
        #expect(
            ratios == [
                HiddenCellFinding(cell: 0, determined: false, lower: 1, upper: nil),
                HiddenCellFinding(cell: 1, determined: false, lower: 0, upper: nil),
                HiddenCellFinding(cell: 2, determined: false, lower: 1, upper: nil),
                HiddenCellFinding(cell: 3, determined: false, lower: 0, upper: nil),
            ])
    }

    @Test("identities with no hidden member only need to hold; tables with nothing hidden give no findings")
    func noHidden() throws {
        #expect(
            try DisclosureAnalysis.analyse(
                values: [5, 2, 3], hidden: [false, false, false],
                identities: [DisclosureIdentity(total: 0, parts: [1, 2])]
            ).isEmpty)
    }

    @Test("values near Int.max are handled exactly")
    func hugeValues() throws {
        let big = Int.max - 1
        let findings = try DisclosureAnalysis.analyse(
            values: [big, big - 7, 7], hidden: [false, true, true],
            identities: [DisclosureIdentity(total: 0, parts: [1, 2])])
        #expect(
            findings == [
                HiddenCellFinding(cell: 1, determined: false, lower: 0, upper: big),
                HiddenCellFinding(cell: 2, determined: false, lower: 0, upper: big),
            ])
    }
}

@Suite("Disclosure analysis: errors and exposure")
struct DisclosureAnalysisErrorTests {
    @Test("an identity that does not hold on the true values is reported by index")
    func inconsistent() {
        let identities = [
            DisclosureIdentity(total: 0, parts: [1, 2]), DisclosureIdentity(total: 1, parts: [2]),
        ]
        #expect(throws: DisclosureAnalysisError.self) {
            try DisclosureAnalysis.analyse(
                values: [7, 4, 3], hidden: [false, true, false], identities: identities)
        }
        do {
            _ = try DisclosureAnalysis.analyse(
                values: [7, 4, 3], hidden: [false, true, false], identities: identities)
            Issue.record("no error")
        } catch let error as DisclosureAnalysisError {
            #expect(error.identity == 1)
            #expect(error.description.contains("identity 1"))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test("an offset that breaks the identity is an inconsistency")
    func inconsistentOffset() {
        #expect(throws: DisclosureAnalysisError.self) {
            try DisclosureAnalysis.analyse(
                values: [7, 4, 3], hidden: [false, true, false],
                identities: [DisclosureIdentity(total: 0, parts: [1, 2], offset: 1)])
        }
    }

    @Test("out-of-range cells, length mismatches and negative hidden values are errors")
    func badInput() {
        do {
            _ = try DisclosureAnalysis.analyse(
                values: [7, 4, 3], hidden: [false, true, false],
                identities: [
                    DisclosureIdentity(total: 0, parts: [1, 2]), DisclosureIdentity(total: 0, parts: [3]),
                ])
            Issue.record("no error")
        } catch let error as DisclosureAnalysisError {
            #expect(error.identity == 1)
            #expect(error.cell == 3)
        } catch {
            Issue.record("unexpected error \(error)")
        }
        #expect(throws: DisclosureAnalysisError.self) {
            try DisclosureAnalysis.analyse(
                values: [7, 4, 3], hidden: [false, true, false],
                identities: [DisclosureIdentity(total: -1, parts: [1, 2])])
        }
        #expect(throws: DisclosureAnalysisError.self) {
            try DisclosureAnalysis.analyse(values: [1, 2], hidden: [true], identities: [])
        }
        #expect(throws: DisclosureAnalysisError.self) {
            try DisclosureAnalysis.analyse(
                values: [1, -1, 2], hidden: [false, true, false],
                identities: [DisclosureIdentity(total: 0, parts: [1, 2])])
        }
    }

    @Test("exposes: determined cells and intervals narrower than the small-number range, at threshold 5")
    func exposes() {
        func f(_ determined: Bool, _ lower: Int, _ upper: Int?) -> HiddenCellFinding {
            HiddenCellFinding(cell: 0, determined: determined, lower: lower, upper: upper)
        }
        #expect(DisclosureAnalysis.exposes(f(true, 4, 4), threshold: 5))
        #expect(DisclosureAnalysis.exposes(f(false, 0, 3), threshold: 5))  // 3 < 4: only 0...3 possible
        #expect(DisclosureAnalysis.exposes(f(false, 1, 4), threshold: 5))
        #expect(DisclosureAnalysis.exposes(f(false, 2, 2), threshold: 5))
        #expect(!DisclosureAnalysis.exposes(f(false, 0, 4), threshold: 5))  // 4 is not < 4
        #expect(!DisclosureAnalysis.exposes(f(false, 0, 5), threshold: 5))
        #expect(!DisclosureAnalysis.exposes(f(false, 3, nil), threshold: 5))
        #expect(!DisclosureAnalysis.exposes(f(false, 0, 0), threshold: 1))
        #expect(DisclosureAnalysis.exposes(f(true, 0, 0), threshold: 0))
        #expect(!DisclosureAnalysis.exposes(f(false, 0, 0), threshold: .min))
    }
}

@Suite("Exact rationals")
struct AuditRationalTests {
    @Test("machine-word arithmetic moves to BigInt on overflow and back when it fits")
    func overflowFallback() {
        let max = AuditRational(Int.max)
        let beyond = max + .one
        #expect(beyond.wide != nil)
        #expect(beyond.description == "9223372036854775808")
        let back = beyond - .one
        #expect(back.wide == nil && back == max)
        let square = max * max
        #expect(square.wide != nil)
        #expect(square / max == max)
        #expect(AuditRational(Int.min).wide != nil)
        #expect(-AuditRational(Int.min) == beyond)
        #expect(AuditRational(Int.min) < AuditRational(Int.min + 1))
        let third = AuditRational.reduced(1, 3)
        #expect(third + third + third == .one)
        #expect(AuditRational.reduced(-4, -6) == AuditRational.reduced(2, 3))
        #expect(AuditRational.reduced(-7, 2).floor == -4 && AuditRational.reduced(-7, 2).ceiling == -3)
        #expect(AuditRational.reduced(7, 2).floor == 3 && AuditRational.reduced(7, 2).ceiling == 4)
        let tiny = AuditRational.reduced(1, Int.max)
        #expect((tiny * tiny).wide != nil)
        #expect((tiny * tiny) < tiny && .zero < tiny * tiny)
        #expect(AuditRational(5).subtractingProduct(AuditRational(2), AuditRational(3)) == AuditRational(-1))
        #expect(max.subtractingProduct(AuditRational(-1), .one) == beyond)
    }
}

/// Random small nested tables checked against brute force over the integer solutions.
@Suite("Disclosure analysis: properties")
struct DisclosureAnalysisPropertyTests {
    /// A random small table: a two-level hierarchy (groups of leaves under a grand total) or a two-way table
    /// with row, column and grand totals; leaves 0...3; sometimes offsets; 1 to 5 hidden cells.
    fileprivate static func randomTable(_ rng: inout AnalysisRandom) -> (
        values: [Int], hidden: [Bool], identities: [DisclosureIdentity]
    ) {
        var table = AnalysisTable()
        func offset(_ rng: inout AnalysisRandom) -> Int {
            Int.random(in: 0..<10, using: &rng) < 2 ? Int.random(in: 0...2, using: &rng) : 0
        }
        if Bool.random(using: &rng) {
            let groups = Int.random(in: 1...3, using: &rng)
            var totals: [Int] = []
            for _ in 0..<groups {
                let leaves = (0..<Int.random(in: 1...3, using: &rng)).map { _ in
                    table.cell(Int.random(in: 0...3, using: &rng))
                }
                totals.append(table.total(of: leaves, offset: offset(&rng)))
            }
            _ = table.total(of: totals, offset: offset(&rng))
        } else {
            let (rows, columns) = (Int.random(in: 2...3, using: &rng), Int.random(in: 2...3, using: &rng))
            let inner = (0..<rows).map { _ in
                (0..<columns).map { _ in table.cell(Int.random(in: 0...3, using: &rng)) }
            }
            let rowTotals = inner.map { table.total(of: $0) }
            let columnTotals = (0..<columns).map { c in table.total(of: inner.map { $0[c] }) }
            let grand = table.total(of: rowTotals)
            table.identities.append(DisclosureIdentity(total: grand, parts: columnTotals))
        }
        var hidden = table.values.map { _ in Int.random(in: 0..<100, using: &rng) < 45 }
        while hidden.filter({ $0 }).count > 5 {
            hidden[hidden.indices.filter { hidden[$0] }.randomElement(using: &rng)!] = false
        }
        if !hidden.contains(true) { hidden[Int.random(in: 0..<hidden.count, using: &rng)] = true }
        return (table.values, hidden, table.identities)
    }

    /// Every integer assignment of the hidden cells in 0...cap satisfying the identities (depth-first, each
    /// identity checked as soon as its last hidden cell is set).
    static func integerSolutions(
        values: [Int], hidden: [Bool], identities: [DisclosureIdentity], cap: Int
    ) -> [[Int]] {
        let cells = hidden.indices.filter { hidden[$0] }
        let position = Dictionary(uniqueKeysWithValues: cells.enumerated().map { ($1, $0) })
        var checkAt = Array(repeating: [DisclosureIdentity](), count: cells.count + 1)
        for identity in identities {
            let last =
                ([identity.total] + identity.parts).compactMap { position[$0] }.max().map { $0 + 1 } ?? 0
            checkAt[last].append(identity)
        }
        var current = values
        var solutions: [[Int]] = []
        func holds(_ identity: DisclosureIdentity) -> Bool {
            current[identity.total] == identity.parts.reduce(identity.offset) { $0 + current[$1] }
        }
        func search(_ depth: Int) {
            guard checkAt[depth].allSatisfy(holds) else { return }
            if depth == cells.count {
                solutions.append(cells.map { current[$0] })
                return
            }
            for v in 0...cap {
                current[cells[depth]] = v
                search(depth + 1)
            }
        }
        search(0)
        return solutions
    }

    /// The rank of rows over the rationals (an independent elimination for checking determinacy).
    static func rank(_ rows: [[AuditRational]]) -> Int {
        var rows = rows
        var rank = 0
        for c in 0..<(rows.first?.count ?? 0) {
            guard let p = (rank..<rows.count).first(where: { !rows[$0][c].isZero }) else { continue }
            rows.swapAt(p, rank)
            for r in rows.indices where r != rank && !rows[r][c].isZero {
                let f = rows[r][c] / rows[rank][c]
                rows[r] = zip(rows[r], rows[rank]).map { $0 - f * $1 }
            }
            rank += 1
        }
        return rank
    }

    @Test("200 random tables: intervals contain the truth, are attained, and determined cells are fixed")
    func randomTablesAgainstBruteForce() throws {
        var rng = AnalysisRandom(seed: 2024)
        var determinedSeen = 0
        var boundedSeen = 0
        for trial in 0..<200 {
            let (values, hidden, identities) = Self.randomTable(&rng)
            let findings = try DisclosureAnalysis.analyse(
                values: values, hidden: hidden, identities: identities)
            let cells = hidden.indices.filter { hidden[$0] }
            #expect(findings.map(\.cell) == cells, "trial \(trial)")
            let maxTrue = cells.map { values[$0] }.max() ?? 0
            let cap = max(maxTrue + 1, findings.compactMap(\.upper).max() ?? 0)
            let solutions = Self.integerSolutions(
                values: values, hidden: hidden, identities: identities, cap: cap)
            #expect(!solutions.isEmpty, "trial \(trial): the true values are a solution")
            let matrix = identities.map { identity in
                cells.map { cell in
                    AuditRational(
                        ([identity.total] + identity.parts).filter { $0 == cell }.count
                            - 2 * identity.parts.filter { $0 == cell }.count)
                }
            }
            let baseRank = Self.rank(matrix)
            for (k, finding) in findings.enumerated() {
                let truth = values[finding.cell]
                let seen = solutions.map { $0[k] }
                let context =
                    "trial \(trial) \(finding) values \(values) hidden \(cells) identities \(identities)"
                #expect(finding.lower <= truth && truth <= (finding.upper ?? .max), "\(context)")
                #expect(seen.min() == finding.lower, "\(context)")
                if let upper = finding.upper {
                    #expect(seen.max() == upper, "\(context)")
                    boundedSeen += 1
                } else {
                    #expect(seen.contains { $0 > truth }, "\(context)")
                }
                let unit = cells.indices.map { $0 == k ? AuditRational.one : .zero }
                #expect(finding.determined == (Self.rank(matrix + [unit]) == baseRank), "\(context)")
                if finding.determined {
                    determinedSeen += 1
                    #expect(
                        Set(seen) == [truth] && finding.lower == truth && finding.upper == truth, "\(context)"
                    )
                }
            }
        }
        #expect(determinedSeen > 20 && boundedSeen > 100)
    }
}

/// A population-sized problem: one component of 300 hidden cells and over 200 identities.
@Suite("Disclosure analysis: scale")
struct DisclosureAnalysisScaleTests {
    /// Geography city → 8 localities → 4 neighbourhoods each (41 areas) by 18 categories and their total:
    /// 779 cells, 41 category-total identities and 9 × 19 area-total identities (212). Cells under 5 are
    /// hidden first, then random others, until 300 are hidden.
    static func nestedProblem(seed: UInt64) -> (
        values: [Int], hidden: [Bool], identities: [DisclosureIdentity]
    ) {
        var rng = AnalysisRandom(seed: seed)
        var table = AnalysisTable()
        let categories = 18
        func area(children: [[Int]]?) -> [Int] {
            var row: [Int] = []
            for c in 0..<categories {
                if let children {
                    row.append(table.total(of: children.map { $0[c] }))
                } else {
                    row.append(table.cell(Int.random(in: 0...20, using: &rng)))
                }
            }
            let total = table.total(of: row)
            if let children {
                table.identities.append(
                    DisclosureIdentity(total: total, parts: children.map { $0[categories] }))
            }
            return row + [total]
        }
        let localities = (0..<8).map { _ in area(children: (0..<4).map { _ in area(children: nil) }) }
        _ = area(children: localities)
        var hidden = table.values.map { $0 < 5 }
        var others = table.values.indices.filter { !hidden[$0] }
        others.shuffle(using: &rng)
        for cell in others.prefix(max(0, 300 - hidden.filter { $0 }.count)) { hidden[cell] = true }
        return (table.values, hidden, table.identities)
    }

    @Test("300 hidden cells, 212 identities analyse well within the time limit")
    func largeProblem() throws {
        let (values, hidden, identities) = Self.nestedProblem(seed: 7)
        #expect(hidden.filter { $0 }.count == 300)
        #expect(identities.count >= 200)
        let clock = ContinuousClock()
        var findings: [HiddenCellFinding] = []
        let elapsed = try clock.measure {
            findings = try DisclosureAnalysis.analyse(values: values, hidden: hidden, identities: identities)
        }
        let determined = findings.filter(\.determined).count
        let exposed = findings.filter { DisclosureAnalysis.exposes($0, threshold: 5) }.count
        print(
            "DisclosureAnalysis: 300 hidden, \(identities.count) identities: \(elapsed), "
                + "\(determined) determined, \(exposed) exposed at 5")
        #expect(findings.count == 300)
        for finding in findings {
            #expect(finding.lower <= values[finding.cell] && values[finding.cell] <= (finding.upper ?? .max))
        }
        #expect(elapsed < .seconds(20))
    }
}
