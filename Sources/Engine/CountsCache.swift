import PlacePack

/// Counted selections kept for the other indicators of one computation (many share a population).
final class CountsCache {
    private var cubes: [String: GroupCounts] = [:]

    /// The cube of `selection` for `period`, counted by `make` the first time.
    func counts(_ selection: Selection, _ period: IndicatorDefinition.PeriodType, _ make: () throws -> GroupCounts)
        rethrows
        -> GroupCounts
    {
        let key = [
            period.rawValue, selection.table ?? "residents", selection.date ?? "", "\(selection.filters)",
            "\(selection.minAge ?? -1)", "\(selection.maxAge ?? -1)", "\(selection.person)",
            selection.register ?? "",
            "\(selection.count)", "\(selection.latest)",
        ].joined(separator: "|")
        if let cube = cubes[key] { return cube }
        let cube = try make()
        cubes[key] = cube
        return cube
    }
}
