import Statistics
import Tabular

/// Runs one `placehealth stats` method: reads the input, computes per group, writes the output.
struct StatsRunner {
    let options: StatsCommand
    let input: StatsInput
    let output: StatsOutput
    let levels: ConfidenceLevels

    init(options: StatsCommand) throws {
        self.options = options
        levels = try ConfidenceLevels(options.confidence)
        input = try StatsInput(path: options.input)
        output = try StatsOutput(path: options.output, levels: levels)
    }

    func run() throws {
        switch options.method {
        case .proportion, .rate: try counts()
        case .dsr: try options.eventFrequency == nil ? dsr() : nonIndependentDSR()
        case .isr, .smr: try indirect()
        case .mean: try mean()
        case .lifeExpectancy: try lifeExpectancy()
        case .sii: try sii()
        case .quantile: try quantile()
        case .funnel: try funnel()
        }
        try output.close()
    }

    /// The group columns' indexes.
    func groupColumns() throws -> [Int] {
        try options.groups.map { try input.column($0, option: "--group") }
    }

    /// The multiplier given, or the method's default.
    func multiplier(default value: Double) -> Double { options.multiplier ?? value }

    /// Turns a library error for a whole group into a message naming the group.
    func failure(_ error: StatisticsError, group: Int, in groups: StatsGroups) -> StatsFailure {
        StatsFailure("\(input.name): \(groups.describe(group, names: options.groups)): \(error.description)")
    }

    /// Proportions and crude rates: numerator and denominator summed per group.
    func counts() throws {
        let x = try input.column(options.numerator, option: "--numerator")
        let n = try input.column(options.denominator, option: "--denominator")
        var groups = StatsGroups(columns: try groupColumns())
        var sums: [(x: Double, n: Double)] = []
        let proportion = options.method == .proportion
        while let record = try input.next() {
            let numerator = try input.number(record, x)
            let denominator = try input.number(record, n)
            if numerator < 0 {
                throw input.failure(
                    line: record.line, column: x, "\(StatsOutput.format(numerator)) is negative")
            }
            if denominator <= 0 {
                throw input.failure(
                    line: record.line, column: n,
                    "\(StatsOutput.format(denominator)) must be greater than zero")
            }
            if proportion, numerator > denominator {
                throw input.failure(
                    line: record.line, column: x,
                    "\(StatsOutput.format(numerator)) is greater than the denominator \(StatsOutput.format(denominator))"
                )
            }
            let id = groups.id(of: record, input: input)
            if id == sums.count { sums.append((0, 0)) }
            sums[id].x += numerator
            sums[id].n += denominator
        }
        try output.write(
            options.groups + ["value"] + output.intervalHeader() + ["numerator", "denominator", "method"])
        let scale = multiplier(default: proportion ? 1 : 100_000)
        for (id, sum) in sums.enumerated() {
            let estimate: Estimate
            do {
                estimate =
                    proportion
                    ? try Proportion.estimate(
                        numerator: sum.x, denominator: sum.n, confidence: levels, multiplier: scale)
                    : try CrudeRate.estimate(
                        numerator: sum.x, denominator: sum.n, confidence: levels, multiplier: scale)
            } catch let error as StatisticsError {
                throw failure(error, group: id, in: groups)
            }
            try write(groups.key(id), estimate)
        }
    }

    /// Writes one estimate: group fields, value, limits, totals, method and (when given) a note.
    func write(_ key: ArraySlice<String>, _ estimate: Estimate, note: Bool = false) throws {
        try output.write { row in
            for field in key { row.append(field) }
            row.append(estimate.value)
            output.appendIntervals(estimate.intervals, to: &row)
            row.append(estimate.numerator)
            row.append(estimate.denominator)
            row.append(estimate.method.rawValue)
            if note { row.append(estimate.suppression?.rawValue ?? "") }
        }
    }

    /// Means of the value column per group.
    func mean() throws {
        let v = try input.column(options.value, option: "--value")
        var groups = StatsGroups(columns: try groupColumns())
        var values: [[Double]] = []
        while let record = try input.next() {
            let value = try input.number(record, v)
            let id = groups.id(of: record, input: input)
            if id == values.count { values.append([]) }
            values[id].append(value)
        }
        try output.write(
            options.groups + ["value"] + output.intervalHeader() + ["count", "sum", "standard_deviation"])
        for (id, group) in values.enumerated() {
            let estimate: Estimate
            do { estimate = try Mean.estimate(values: group, confidence: levels) } catch let error
                as StatisticsError
            {
                throw failure(error, group: id, in: groups)
            }
            try output.write(
                Array(groups.key(id)) + [StatsOutput.format(estimate.value)]
                    + output.intervalFields(estimate.intervals)
                    + [
                        StatsOutput.format(estimate.denominator), StatsOutput.format(estimate.numerator),
                        StatsOutput.format(Mean.standardDeviation(group)),
                    ])
        }
    }
}
