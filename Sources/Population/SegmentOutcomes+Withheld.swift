extension SegmentOutcomes {
    /// The measures of a row, the columns of ``withheld(threshold:)``'s cells.
    public static let measures = [
        "persons", "emergency_admissions", "emergency_bed_days", "elective_admissions", "ae_attendances",
        "care_home_admissions", "deaths",
    ]

    /// A row's counts in the order of ``measures``.
    public static func values(_ row: Row) -> [Int] {
        [
            row.persons, row.emergencyAdmissions, row.emergencyBedDays, row.electiveAdmissions,
            row.aeAttendances, row.careHomeAdmissions, row.deaths,
        ]
    }

    /// Which counts are withheld at `threshold` (the pack's `suppressionThreshold`).
    ///
    /// `cells[r][k]` is measure `measures[k]` of `rows[r]` (persons, emergency admissions, bed
    /// days, elective admissions, A&E attendances, care home admissions, deaths); there are no
    /// totals. Each measure is suppressed on its own table of groups × segments, as if every
    /// group's total (Σ segments) and every segment's place total (Σ groups) were published, with
    /// the rows that do not exist (nobody in that group and segment) left out. Persons are then
    /// withheld exactly as by ``SegmentCounts/withheld(threshold:)``. Bed days are withheld too
    /// wherever the emergency admissions are. A rate per 1,000 is only shown when neither its
    /// count nor the persons are withheld.
    public func withheld(threshold: Int) -> Withheld {
        var groups: [String: Int] = [:]
        for row in rows where groups[row.group] == nil { groups[row.group] = groups.count }
        let segments = Segment.allCases.map(\.id)
        let column = Dictionary(uniqueKeysWithValues: segments.enumerated().map { ($1, $0) })
        var masks: [[[Bool]]] = []
        for k in Self.measures.indices {
            var table = [[Int?]](
                repeating: [Int?](repeating: nil, count: segments.count), count: groups.count)
            for row in rows { table[groups[row.group]!][column[row.segment]!] = Self.values(row)[k] }
            let extra = k == 2 ? masks[1] : []
            masks.append(
                SuppressionGrid(
                    table, columns: segments.count, threshold: threshold, rowsAdd: true, alsoWithheld: extra
                ).cells)
        }
        return Withheld(
            cells: rows.map { row in
                Self.measures.indices.map { masks[$0][groups[row.group]!][column[row.segment]!] }
            })
    }
}
