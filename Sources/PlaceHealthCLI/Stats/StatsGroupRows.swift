import Statistics
import Tabular

/// What writing a group's result row needs, as one value that the cores can share: the groups, the
/// input's name and group columns for messages, and the confidence levels.
struct StatsGroupRows: Sendable {
    let groups: StatsGroups
    let source: String
    let names: [String]
    let levels: ConfidenceLevels

    /// Turns a library error for a whole group into a message naming the group.
    func failure(_ error: StatisticsError, group id: Int) -> StatsFailure {
        StatsFailure("\(source): \(groups.describe(id, names: names)): \(error.description)")
    }

    /// Appends one estimate: group fields, value, limits, totals, method and (when asked) the note.
    func append(_ id: Int, _ estimate: Estimate, note: Bool = false, to row: inout CSVRow) {
        groups.appendKey(id, to: &row)
        row.append(estimate.value)
        StatsOutput.appendIntervals(estimate.intervals, levels: levels, to: &row)
        row.append(estimate.numerator)
        row.append(estimate.denominator)
        row.append(estimate.method.rawValue)
        if note { row.append(estimate.suppression?.rawValue ?? "") }
    }
}
