import Foundation

extension RiskReport {
    /// Which figures of row `r` of a group table are withheld by `mask`
    /// (``withheld(_:threshold:)``): its counts, and the rates made of them.
    public static func hiddenFigures(_ mask: Withheld, _ r: Int) -> (
        persons: Bool, events: Bool, flagged: Bool, rate: Bool, ppv: Bool, sensitivity: Bool
    ) {
        let (p, e, f, a) = (
            mask.isWithheld(r, 0), mask.isWithheld(r, 1), mask.isWithheld(r, 2), mask.isWithheld(r, 3)
        )
        return (p, e, f, p || e, f || a, e || a)
    }

    /// The report as a JSON object with every withheld count, and every figure made of it, as
    /// null: the group tables by ``withheld(_:threshold:)``, the calibration tenths by
    /// ``withheldCalibration(threshold:)``, the overall and training counts when they are small
    /// numbers. `threshold` 1 withholds nothing.
    ///
    /// - Throws: an encoding error (not expected).
    public func publishedJSONObject(threshold: Int) throws -> [String: Any] {
        guard var shown = try JSONSerialization.jsonObject(with: JSONEncoder().encode(self)) as? [String: Any]
        else { return [:] }
        let null = NSNull()
        func small(_ count: Int) -> Bool { count > 0 && count < threshold }
        for key in ["trainPersons", "trainEvents"] where small(shown[key] as? Int ?? 0) { shown[key] = null }
        if var overall = shown["overall"] as? [String: Any] {
            for key in ["persons", "events", "flagged"] where small(overall[key] as? Int ?? 0) {
                overall[key] = null
            }
            shown["overall"] = overall
        }
        for (key, groups) in [("byDeprivationDecile", byDeprivationDecile), ("byEthnicGroup", byEthnicGroup)]
        {
            let mask = withheld(groups, threshold: threshold)
            shown[key] = (shown[key] as? [[String: Any]] ?? []).enumerated().map { r, row in
                var row = row
                let hidden = Self.hiddenFigures(mask, r)
                let withheld: [(String, Bool)] = [
                    ("persons", hidden.persons), ("meanRisk", hidden.persons), ("events", hidden.events),
                    ("observedRate", hidden.rate), ("auroc", hidden.rate), ("brier", hidden.rate),
                    ("flagged", hidden.flagged), ("ppvTop2", hidden.ppv),
                    ("sensitivityTop2", hidden.sensitivity),
                ]
                for (field, hide) in withheld where hide { row[field] = null }
                return row
            }
        }
        let tenths = withheldCalibration(threshold: threshold)
        shown["calibrationDeciles"] = (shown["calibrationDeciles"] as? [[String: Any]] ?? []).enumerated().map
        {
            r, row in
            var row = row
            if tenths.isWithheld(r, 0) { (row["persons"], row["predicted"]) = (null, null) }
            if tenths.isWithheld(r, 0) || tenths.isWithheld(r, 1) { row["observed"] = null }
            return row
        }
        return shown
    }
}
