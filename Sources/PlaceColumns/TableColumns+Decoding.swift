extension TableColumns {
    /// Date column `name` as day numbers, `empty` where there is none (or every row, when the
    /// table has no such date column).
    @inlinable
    public func days(_ name: String, empty: Int32) -> [Int32] {
        guard case .days(let v) = self[name] else { return Array(repeating: empty, count: count) }
        return v.map { $0 == Int32.min ? empty : $0 }
    }

    /// Code or text column `name`, each value mapped through `map` once per distinct value; `empty`
    /// where there is none or `map` gives nil (or every row, when the table has no such column).
    @inlinable
    public func mapped<T>(_ name: String, empty: T, _ map: (String) -> T?) -> [T] {
        guard case .codes(let v, let dictionary) = self[name] else {
            return Array(repeating: empty, count: count)
        }
        let lookup = [empty] + dictionary.map { map($0) ?? empty }
        return v.map { lookup[Int($0)] }
    }

    /// Flag column `name`: whether each row is 1.
    @inlinable
    public func flags(_ name: String) -> [Bool] {
        guard case .int32(let v) = self[name] else { return Array(repeating: false, count: count) }
        return v.map { $0 == 1 }
    }
}

extension PlaceColumns {
    /// For each person, `values[row]` of their row in `table` (the last, when they have several);
    /// `empty` for persons with none. For tables with at most one row a person (deaths).
    @inlinable
    public func perPerson<T>(_ table: TableColumns, _ values: [T], empty: T) -> [T] {
        var out = Array(repeating: empty, count: personCount)
        for row in 0..<table.count where table.person[row] >= 0 { out[Int(table.person[row])] = values[row] }
        return out
    }
}
