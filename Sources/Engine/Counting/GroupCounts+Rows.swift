import PlaceModel

extension GroupCounts {
    /// The counts in the rows of a plan's query (``CountPlanSQL``): breakdown, group code, base
    /// period, age band, 1 for the under-ones, amount. The age band groups are filled from the
    /// city's rows, as the executor fills them. A group the layout does not have is an error.
    init(rows: [[FieldValue]], layout: GroupLayout, baseCount: Int) throws {
        self.init(groupCount: layout.groups.count, baseCount: baseCount)
        var index: [String: Int] = [:]
        for (g, group) in layout.groups.enumerated() { index[group.breakdown + "\u{1F}" + group.code] = g }
        for row in rows {
            guard row.count == 6, let breakdown = row[0].textValue, let code = row[1].textValue,
                let base = row[2].number.map(Int.init), let band = row[3].number.map(Int.init),
                let infant = row[4].number, let amount = row[5].number,
                (0..<baseCount).contains(base), (0..<Self.bands).contains(band)
            else {
                throw EngineError.badCounts(
                    "a row of a count query is not (breakdown, code, base, band, infant, amount)")
            }
            guard let group = index[breakdown + "\u{1F}" + code] else {
                throw EngineError.badCounts(
                    "a count query gave the group \(breakdown) '\(code)', which the place has not")
            }
            add(base: base, group: group, band: band, infant: infant != 0, amount)
            if breakdown == "city" {
                add(base: base, group: layout.ageStart + band, band: band, infant: infant != 0, amount)
            }
        }
    }
}
