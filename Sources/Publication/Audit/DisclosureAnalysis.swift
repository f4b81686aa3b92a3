/// Exact analysis of what an intruder can infer about the suppressed (hidden) cells of published count
/// tables from the published cells and the identities (totals and subtotals) that link them.
///
/// Published cells are known constants; hidden cells are unknowns x ≥ 0. A hidden cell is determined when
/// the identities alone fix its value (e_i lies in the row space of the identities restricted to hidden
/// cells); its feasible interval is the exact minimum and maximum of x_i by linear programming. All
/// decisions use exact rational arithmetic. The system is split into connected components first.
public enum DisclosureAnalysis {
    /// For every hidden cell, whether it is determined and its exact feasible interval, given the values
    /// of the published cells, the identities, and that every cell is ≥ 0.
    ///
    /// `values` holds the true value of every cell, hidden ones included, and `hidden` says which cells
    /// are suppressed. The findings come in increasing cell order, one per hidden cell.
    ///
    /// - Throws: ``DisclosureAnalysisError`` when `values` and `hidden` differ in length, an identity names
    ///   a cell out of range, a hidden value is negative, or an identity does not hold on `values`.
    public static func analyse(
        values: [Int], hidden: [Bool], identities: [DisclosureIdentity]
    ) throws -> [HiddenCellFinding] {
        var solved: [[Int]: [HiddenCellFinding]] = [:]
        return try analyse(
            values: values, hidden: hidden, identities: identities, threshold: nil, solved: &solved)
    }

    /// ``analyse(values:hidden:identities:)`` for deciding exposure at `threshold` (intervals of cells
    /// that are not exposed may be inner bounds: see ``AuditBounds``), reusing the findings in `solved`
    /// of components met before with the same hidden cells (same `values` and `identities`), and
    /// adding those it solves.
    static func analyse(
        values: [Int], hidden: [Bool], identities: [DisclosureIdentity], threshold: Int?,
        solved: inout [[Int]: [HiddenCellFinding]]
    ) throws -> [HiddenCellFinding] {
        guard values.count == hidden.count else {
            throw DisclosureAnalysisError("\(values.count) values but \(hidden.count) hidden flags")
        }
        if let cell = values.indices.first(where: { hidden[$0] && values[$0] < 0 }) {
            throw DisclosureAnalysisError(
                cell: cell, "hidden cell \(cell) has negative value \(values[cell])")
        }
        var rows: [AuditComponent.Row] = []
        for (k, identity) in identities.enumerated() {
            let coefficients = try coefficients(of: identity, index: k, cellCount: values.count)
            var sum = AuditRational.zero
            var rhs = AuditRational(identity.offset)
            var terms: [(column: Int, coefficient: Int)] = []
            for (cell, coefficient) in coefficients {
                let term = AuditRational(coefficient) * AuditRational(values[cell])
                sum = sum + term
                if hidden[cell] { terms.append((cell, coefficient)) } else { rhs = rhs - term }
            }
            guard sum == AuditRational(identity.offset) else {
                throw DisclosureAnalysisError(
                    identity: k,
                    "identity \(k) does not hold: value[\(identity.total)] − Σ parts is \(sum), "
                        + "not the offset \(identity.offset)")
            }
            if !terms.isEmpty { rows.append(AuditComponent.Row(terms: terms, rhs: rhs)) }
        }
        let hiddenCells = hidden.indices.filter { hidden[$0] }
        var findings: [HiddenCellFinding] = []
        findings.reserveCapacity(hiddenCells.count)
        for component in AuditComponent.partition(hiddenCells: hiddenCells, rows: rows, values: values) {
            // A component's rows follow from its cells: the identities through them, less published cells.
            if let known = solved[component.cells] {
                findings += known
                continue
            }
            let found = try AuditComponentSolver.solve(component, threshold: threshold)
            solved[component.cells] = found
            findings += found
        }
        return findings.sorted { $0.cell < $1.cell }
    }

    /// Whether a finding gives the cell away at `threshold` (the small-number threshold, e.g. 5): it is
    /// determined, or its integer interval is narrower than the small-number range,
    /// upper − lower < threshold − 1.
    public static func exposes(_ finding: HiddenCellFinding, threshold: Int) -> Bool {
        if finding.determined { return true }
        guard let upper = finding.upper, threshold > 1 else { return false }
        let (width, overflow) = upper.subtractingReportingOverflow(finding.lower)
        return !overflow && width < threshold - 1
    }

    /// The net coefficient of each cell in value[total] − Σ value[parts] (zeros dropped), in cell order.
    static func coefficients(
        of identity: DisclosureIdentity, index: Int, cellCount: Int
    ) throws -> [(cell: Int, coefficient: Int)] {
        var net: [Int: Int] = [:]
        for (cell, sign) in [(identity.total, 1)] + identity.parts.map({ ($0, -1) }) {
            guard (0..<cellCount).contains(cell) else {
                throw DisclosureAnalysisError(
                    identity: index, cell: cell,
                    "identity \(index) names cell \(cell), outside 0..<\(cellCount)")
            }
            net[cell, default: 0] += sign
        }
        return net.filter { $0.value != 0 }.sorted { $0.key < $1.key }.map {
            (cell: $0.key, coefficient: $0.value)
        }
    }
}
