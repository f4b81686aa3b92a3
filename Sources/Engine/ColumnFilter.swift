import PlaceColumns
import PlacePack

/// A selection filter compiled against one column of the shared model: a code column's filter is
/// a table of which codes pass; a number column's compares numbers; nothing is made into text in
/// the hot loop but for dates.
struct ColumnFilter {
    private enum Test {
        case codes(ColumnBuffer<UInt32>, [Bool])
        case isNull
        case numbers(Set<Double>)
        case range(Double?, Double?)
        case text
    }

    /// For a person reference, each person's identifier (the filter tests identifiers, not positions).
    private let ids: ColumnBuffer<Int64>?

    let filter: Selection.Filter
    let values: ColumnValues
    private let test: Test

    /// `filter` on `values`; `ids`: the persons' identifiers, for a column of person references.
    init(_ filter: Selection.Filter, _ values: ColumnValues, ids: ColumnBuffer<Int64>) {
        self.filter = filter
        self.values = values
        if case .persons = values { self.ids = ids } else { self.ids = nil }
        switch (values, filter.condition) {
        case (.codes(let codes, let dictionary), _):
            test = .codes(
                codes,
                [FilterEvaluator.passes(filter, nil)] + dictionary.map { FilterEvaluator.passes(filter, $0) })
        case (.days, _): test = .text
        case (_, .isNull): test = .isNull
        case (_, .oneOf(let texts)): test = .numbers(Set(texts.compactMap { Double($0) }))
        case (_, .range(let min, let max)): test = .range(min, max)
        }
    }

    /// Row `row` as a number: a person reference as the person's identifier.
    @inline(__always)
    private func number(_ row: Int) -> Double? {
        guard let ids, case .persons(let positions) = values else { return values.number(row) }
        return positions[row] < 0 ? nil : Double(ids[Int(positions[row])])
    }

    /// Whether row `row` passes.
    @inline(__always)
    func passes(_ row: Int) -> Bool {
        switch test {
        case .codes(let codes, let passing): return passing[Int(codes[row])]
        case .isNull: return number(row) == nil
        case .numbers(let set):
            guard let number = number(row) else { return false }
            return set.contains(number)
        case .range(let min, let max):
            guard let number = number(row) else { return false }
            return (min.map { number >= $0 } ?? true) && (max.map { number <= $0 } ?? true)
        case .text: return FilterEvaluator.passes(filter, values.text(row))
        }
    }
}
