import Statistics
import Tabular

/// Runs one `placehealth stats` method: reads the input, computes per group, writes the output.
struct StatsRunner {
    let options: StatsCommand
    let file: StatsFile
    var input: StatsInput { file.input }
    let output: StatsOutput
    let levels: ConfidenceLevels

    init(options: StatsCommand) throws {
        self.options = options
        levels = try ConfidenceLevels(options.confidence)
        file = try StatsFile(path: options.input)
        output = try StatsOutput(path: options.output, levels: levels)
    }

    func run() throws {
        do {
            try compute()
            try output.close()
        } catch {
            output.discard()
            throw error
        }
    }

    private func compute() throws {
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
    }

    /// The group columns' indexes.
    func groupColumns() throws -> [Int] {
        try options.groups.map { try input.column($0, option: "--group") }
    }

    /// The multiplier given, or the method's default.
    func multiplier(default value: Double) -> Double { options.multiplier ?? value }

    /// Turns a library error for a whole group into a message naming the group.
    func failure(_ error: StatisticsError, group: Int, in groups: StatsGroups) -> StatsFailure {
        rows(groups).failure(error, group: group)
    }

    /// The groups' result rows, as the cores share them.
    func rows(_ groups: StatsGroups) -> StatsGroupRows {
        StatsGroupRows(groups: groups, source: input.name, names: options.groups, levels: levels)
    }

    /// Proportions and crude rates: numerator and denominator summed per group.
    func counts() throws {
        let x = try input.column(options.numerator, option: "--numerator")
        let n = try input.column(options.denominator, option: "--denominator")
        let (columns, proportion, input) = (try groupColumns(), options.method == .proportion, input)
        let read = try file.forEachRecord(make: { CountSums(groups: StatsGroups(columns: columns)) }) {
            part, record in
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
            part.add(part.groups.id(of: record), numerator, denominator)
        } merge: { merged, part, lineOffset in
            let ids = merged.groups.absorb(part.groups, lineOffset: lineOffset)
            for (id, sum) in zip(ids, part.sums) { merged.add(id, sum.x, sum.n) }
        }
        let (groups, sums) = (read.groups, read.sums)
        try output.write(
            options.groups + ["value"] + output.intervalHeader() + ["numerator", "denominator", "method"])
        let scale = multiplier(default: proportion ? 1 : 100_000)
        let rows = rows(groups)
        try output.writeRows(count: sums.count) { [sums, levels] id, row in
            let sum = sums[id]
            let estimate: Estimate
            do {
                estimate =
                    proportion
                    ? try Proportion.estimate(
                        numerator: sum.x, denominator: sum.n, confidence: levels, multiplier: scale)
                    : try CrudeRate.estimate(
                        numerator: sum.x, denominator: sum.n, confidence: levels, multiplier: scale)
            } catch let error as StatisticsError {
                throw rows.failure(error, group: id)
            }
            rows.append(id, estimate, to: &row)
        }
    }

    /// Writes one estimate: group fields, value, limits, totals, method and (when given) a note.
    func write(_ groups: StatsGroups, _ id: Int, _ estimate: Estimate, note: Bool = false) throws {
        let rows = rows(groups)
        try output.write { rows.append(id, estimate, note: note, to: &$0) }
    }

    /// Means of the value column per group.
    func mean() throws {
        let v = try input.column(options.value, option: "--value")
        var groups = StatsGroups(columns: try groupColumns())
        var values: [[Double]] = []
        try file.forEachRecord { record in
            let value = try input.number(record, v)
            let id = groups.id(of: record)
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
                groups.key(id) + [StatsOutput.format(estimate.value)]
                    + output.intervalFields(estimate.intervals)
                    + [
                        StatsOutput.format(estimate.denominator), StatsOutput.format(estimate.numerator),
                        StatsOutput.format(Mean.standardDeviation(group)),
                    ])
        }
    }
}

/// Numerators and denominators summed per group, over one part of the input.
struct CountSums: Sendable {
    var groups: StatsGroups
    var sums: [(x: Double, n: Double)] = []

    /// Adds to group `id`, which is either known or the next new one.
    mutating func add(_ id: Int, _ x: Double, _ n: Double) {
        if id == sums.count { sums.append((0, 0)) }
        sums[id].x += x
        sums[id].n += n
    }
}
