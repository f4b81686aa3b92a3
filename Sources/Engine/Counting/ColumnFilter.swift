import PlaceColumns
import PlacePack

/// A selection filter compiled against one column of the shared model: a code column's filter is
/// a table of which codes pass; a number column's compares numbers (a person reference's number
/// is the person's identifier); nothing is made into text in the hot loop but for dates.
final class ColumnFilter {
    private enum Test {
        case codes, isNull, numbers, range, text
    }

    let filter: Selection.Filter
    private let test: Test
    private let reader: ColumnNumbers
    private let codes: UnsafeBufferPointer<UInt32>
    /// For codes: whether each code passes (0: empty).
    private let passing: [Bool]
    private let numbers: Set<Double>
    private let bounds: (min: Double?, max: Double?)

    /// `filter` on `values`; `ids`: the persons' identifiers, for a column of person references.
    init(_ filter: Selection.Filter, _ values: ColumnValues, ids: ColumnBuffer<Int64>) {
        self.filter = filter
        reader = ColumnNumbers(values, ids: ids)
        var (passing, numbers, bounds): ([Bool], Set<Double>, (Double?, Double?)) = ([], [], (nil, nil))
        var codes = UnsafeBufferPointer<UInt32>(start: nil, count: 0)
        switch (values, filter.condition) {
        case (.codes(let v, let dictionary), _):
            test = .codes
            codes = v.buffer
            passing =
                [FilterEvaluator.passes(filter, nil)] + dictionary.map { FilterEvaluator.passes(filter, $0) }
        case (.days, _): test = .text
        case (_, .isNull): test = .isNull
        case (_, .oneOf(let texts)):
            test = .numbers
            numbers = Set(texts.compactMap { Double($0) })
        case (_, .range(let min, let max)):
            test = .range
            bounds = (min, max)
        }
        (self.codes, self.passing, self.numbers, self.bounds) = (codes, passing, numbers, bounds)
    }

    /// Whether row `row` passes.
    @inline(__always)
    func passes(_ row: Int) -> Bool {
        switch test {
        case .codes: return passing[Int(codes[row])]
        case .isNull: return reader.number(row) == nil
        case .numbers:
            guard let number = reader.number(row) else { return false }
            return numbers.contains(number)
        case .range:
            guard let number = reader.number(row) else { return false }
            return (bounds.min.map { number >= $0 } ?? true) && (bounds.max.map { number <= $0 } ?? true)
        case .text: return FilterEvaluator.passes(filter, reader.values.text(row))
        }
    }
}
