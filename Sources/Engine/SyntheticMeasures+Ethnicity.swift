import PlaceModel

extension SyntheticMeasures {
    /// `minority_share`, `minority_share.0_17`, `minority_share.65plus` and
    /// `minority_share.ward.WARD`: % of residents on `day` (at those ages, or in that ward) in a
    /// Black, Asian, mixed or other ethnic group.
    func minorityShare(_ metric: String, on day: CivilDate) throws -> Double? {
        var filter = ""
        var arguments: [FieldValue] = [.date(day)]
        switch metric {
        case "minority_share": break
        case "minority_share.0_17":
            filter = " AND p.birth_date > ?2"
            arguments.append(.date(yearsBefore(day, 18)))
        case "minority_share.65plus":
            filter = " AND p.birth_date <= ?2"
            arguments.append(.date(yearsBefore(day, 65)))
        case let ward where ward.hasPrefix("minority_share.ward."):
            filter =
                " AND p.lsoa_code IN (SELECT area_code FROM areas WHERE kind = 'lsoa' AND parent_code = ?2)"
            arguments.append(.text(String(ward.dropFirst("minority_share.ward.".count))))
        default: return nil
        }
        let minority = Self.minorityGroups.map { "'\($0)'" }.joined(separator: ", ")
        let row = try store.query(
            "SELECT SUM(CASE WHEN p.ethnic_group IN (\(minority)) THEN 1 ELSE 0 END), COUNT(*) " + Self.alive
                + filter, arguments
        ).first
        guard let row, row.count == 2, let part = row[0].number, let all = row[1].number else { return nil }
        return ratio(part, all)
    }

    /// The ethnic groups counted as minority groups.
    static let minorityGroups = PlaceSchema.ethnicGroups.filter { !["white", "not_stated"].contains($0) }
}
