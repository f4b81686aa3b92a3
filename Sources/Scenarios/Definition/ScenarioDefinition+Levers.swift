import Foundation

extension ScenarioDefinition {
    /// One lever as people read it: its name as the file writes it, its 80% interval, and a note
    /// (a cost's source, and whether it is assumed).
    public struct LeverRow: Sendable, Equatable {
        /// The lever's path in the file (`activity_avoidance.frail_admissions`).
        public let lever: String
        /// Its value or 80% interval, in words.
        public let value: String
        /// What it is per, or where it comes from.
        public let note: String
    }

    /// Every lever of the scenario, in the file's order of sections.
    public var leverRows: [LeverRow] {
        func number(_ value: Double) -> String {
            value == value.rounded() && abs(value) < 1e12 ? String(Int64(value)) : String(value)
        }
        func text(_ interval: LeverInterval, _ unit: String = "") -> String {
            interval.low == interval.high
                ? number(interval.low) + unit : "\(number(interval.low)) to \(number(interval.high))\(unit)"
        }
        var rows = [
            LeverRow(
                lever: "demography",
                value: demography.keys.sorted().map { "\($0) \(number(demography[$0]!))" }.joined(
                    separator: ", "),
                note: "weights of the migration variants")
        ]
        for name in ScenarioLevers.settings {
            if let interval = growth[name] {
                rows.append(
                    .init(lever: "non_demographic_growth.\(name)", value: text(interval), note: "a year"))
            }
        }
        rows.append(
            .init(
                lever: "health_status_adjustment", value: text(healthStatus, " years"), note: "by the horizon"
            ))
        for name in ScenarioLevers.mitigators {
            if let interval = avoidance[name] {
                rows.append(
                    .init(
                        lever: "activity_avoidance.\(name)", value: text(interval),
                        note: "share avoided by the horizon"))
            }
        }
        for name in ScenarioLevers.efficiencies {
            if let interval = efficiencies[name] {
                rows.append(
                    .init(lever: "efficiencies.\(name)", value: text(interval), note: "share by the horizon"))
            }
        }
        for name in ScenarioLevers.communityUnits {
            if let unit = shift[name] {
                rows.append(
                    .init(
                        lever: "shift_to_community.\(name)", value: text(unit.units), note: "per \(unit.per)")
                )
            }
        }
        for name in ScenarioLevers.costed {
            if let cost = costs[name] {
                rows.append(
                    .init(
                        lever: "unit_costs.\(name)",
                        value: "£" + text(cost.pounds).replacingOccurrences(of: " to ", with: " to £"),
                        note: cost.source + (cost.assumed ? " (assumed)" : "")))
            }
        }
        rows.append(.init(lever: "occupancy", value: text(occupancy), note: "beds are planned at"))
        rows.append(.init(lever: "budget_growth", value: text(budgetGrowth), note: "a year"))
        return rows
    }
}
