import Foundation
import Statistics
import Tabular

extension StatsRunner {
    /// The standard population: ESP 2013, or a CSV file of age band and population.
    func standardPopulation() throws -> StandardPopulation {
        if options.standardPopulation.lowercased() == "esp2013" { return .esp2013 }
        let file = try StatsFile(path: options.standardPopulation)
        let input = file.input
        guard input.header.count >= 2 else {
            throw StatsFailure("\(input.name): needs two columns, the age band and the standard population")
        }
        var labels: [String] = []
        var populations: [Double] = []
        var lines: [Int] = []
        try file.forEachRecord { record in
            labels.append(input.text(record, 0))
            populations.append(try input.number(record, 1))
            lines.append(record.line)
        }
        do {
            return try StandardPopulation(labels: labels, populations: populations)
        } catch let error as StatisticsError {
            let line = error.index.map { lines[$0] } ?? 1
            throw StatsFailure("\(input.name):\(line): \(error.message)")
        }
    }

    /// Directly standardised rates, streamed: each row adds one age band to its group.
    func dsr() throws {
        let x = try input.column(options.numerator, option: "--numerator")
        let n = try input.column(options.denominator, option: "--denominator")
        let band = try input.column(options.ageBand, option: "--age-band")
        let standard = try standardPopulation()
        let bands = standard.bands.count
        var bandByStartAge = [Int](repeating: -1, count: (standard.bands.map(\.startAge).max() ?? 0) + 1)
        for (index, standardBand) in standard.bands.enumerated() {
            bandByStartAge[standardBand.startAge] = index
        }
        let (columns, input, byStartAge) = (try groupColumns(), input, bandByStartAge)
        let read = try file.forEachRecord(make: {
            BandSums(groups: StatsGroups(columns: columns), bands: bands)
        }) {
            part, record in
            guard let start = input.startAge(record, band), start < byStartAge.count, byStartAge[start] >= 0
            else {
                throw input.failure(
                    line: record.line, column: band,
                    "\"\(input.text(record, band))\" is not an age band of the standard population")
            }
            let index = byStartAge[start]
            let count = try input.number(record, x)
            let population = try input.number(record, n)
            let id = part.groups.id(of: record)
            if let earlier = part.claim(id, band: index, line: record.line) {
                throw input.failure(
                    line: record.line, column: band,
                    "the age band \"\(standard.bands[index].label)\" repeats line \(earlier)")
            }
            do {
                try part.sums[id].add(
                    count: count, population: population, standardPopulation: standard.populations[index])
            } catch let error as StatisticsError {
                throw input.failure(line: record.line, error, columns: ["numerator": x, "denominator": n])
            }
        } merge: { merged, part, lineOffset in
            let ids = merged.groups.absorb(part.groups, lineOffset: lineOffset)
            for (other, id) in ids.enumerated() {
                for index in 0..<bands where part.seen[other * bands + index] != 0 {
                    let line = Int(part.seen[other * bands + index]) + lineOffset
                    if merged.claim(id, band: index, line: line) != nil {
                        throw StatsFailure("repeated band")
                    }
                }
                merged.sums[id].add(part.sums[other])
            }
        }
        let (groups, sums, seen) = (read.groups, read.sums, read.seen)
        try output.write(
            options.groups + ["value"] + output.intervalHeader() + [
                "numerator", "denominator", "method", "note",
            ])
        let scale = multiplier(default: 100_000)
        let (rows, source) = (rows(groups), input.name)
        try output.writeRows(count: sums.count) { [sums, seen, levels] id, row in
            if let missing = seen[(id * bands)..<((id + 1) * bands)].firstIndex(of: 0) {
                throw StatsFailure(
                    "\(source): \(rows.groups.describe(id, names: rows.names)): the age band "
                        + "\"\(standard.bands[missing - id * bands].label)\" is missing")
            }
            let estimate: Estimate
            do {
                estimate = try sums[id].estimate(confidence: levels, multiplier: scale)
            } catch let error as StatisticsError {
                throw rows.failure(error, group: id)
            }
            rows.append(id, estimate, note: true, to: &row)
        }
    }

    /// Directly standardised rates for non-independent events: rows by age band and event frequency.
    func nonIndependentDSR() throws {
        let x = try input.column(options.numerator, option: "--numerator")
        let n = try input.column(options.denominator, option: "--denominator")
        let band = try input.column(options.ageBand, option: "--age-band")
        let f = try input.column(options.eventFrequency!, option: "--event-frequency")
        let standard = try standardPopulation()
        var groups = StatsGroups(columns: try groupColumns())
        var rows: [[NonIndependentDSR.Row]] = []
        var lines: [[Int]] = []
        var present: [Set<Int>] = []
        try file.forEachRecord { record in
            let label = input.text(record, band)
            guard let parsed = try? AgeBand(label), let index = standard.index(of: parsed) else {
                throw input.failure(
                    line: record.line, column: band,
                    "\"\(label)\" is not an age band of the standard population")
            }
            let row = NonIndependentDSR.Row(
                ageBand: label, frequency: try input.number(record, f),
                individuals: try input.number(record, x),
                population: try input.number(record, n), standardPopulation: standard.populations[index])
            let id = groups.id(of: record)
            if id == rows.count {
                rows.append([])
                lines.append([])
                present.append([])
            }
            rows[id].append(row)
            lines[id].append(record.line)
            present[id].insert(index)
        }
        try output.write(
            options.groups + ["value"] + output.intervalHeader() + [
                "numerator", "denominator", "method", "note",
            ])
        let columns = ["numerator": x, "denominator": n, "age band": band, "event frequency": f]
        for id in rows.indices {
            if let missing = standard.bands.indices.first(where: { !present[id].contains($0) }) {
                throw StatsFailure(
                    "\(input.name): \(groups.describe(id, names: options.groups)): the age band "
                        + "\"\(standard.bands[missing].label)\" is missing")
            }
            let estimate: Estimate
            do {
                estimate = try NonIndependentDSR.estimate(
                    rows: rows[id], confidence: levels, multiplier: multiplier(default: 100_000))
            } catch let error as StatisticsError {
                if let index = error.index {
                    throw input.failure(line: lines[id][index], error, columns: columns)
                }
                throw failure(error, group: id, in: groups)
            }
            try write(groups, id, estimate, note: true)
        }
    }

    /// Indirectly standardised rates (isr) and ratios (smr): one row per age band with the reference.
    func indirect() throws {
        let x = try input.column(options.numerator, option: "--numerator")
        let n = try input.column(options.denominator, option: "--denominator")
        let rx = try input.column(options.referenceNumerator, option: "--reference-numerator")
        let rn = try input.column(options.referenceDenominator, option: "--reference-denominator")
        var groups = StatsGroups(columns: try groupColumns())
        var data: [(observed: Double, pops: [Double], refX: [Double], refN: [Double], lines: [Int])] = []
        try file.forEachRecord { record in
            let count = try input.number(record, x)
            if count < 0 {
                throw input.failure(line: record.line, column: x, "\(StatsOutput.format(count)) is negative")
            }
            let row = (
                try input.number(record, n), try input.number(record, rx), try input.number(record, rn)
            )
            let id = groups.id(of: record)
            if id == data.count { data.append((0, [], [], [], [])) }
            data[id].observed += count
            data[id].pops.append(row.0)
            data[id].refX.append(row.1)
            data[id].refN.append(row.2)
            data[id].lines.append(record.line)
        }
        try output.write(
            options.groups + ["value"] + output.intervalHeader() + ["numerator", "denominator", "method"])
        let columns = [
            "denominator": n, "reference numerator": rx, "reference denominator": rn, "numerator": x,
        ]
        for (id, group) in data.enumerated() {
            let estimate: Estimate
            do {
                estimate =
                    options.method == .smr
                    ? try IndirectlyStandardised.ratio(
                        observed: group.observed, populations: group.pops, referenceCounts: group.refX,
                        referencePopulations: group.refN, confidence: levels,
                        referenceValue: multiplier(default: 1))
                    : try IndirectlyStandardised.rate(
                        observed: group.observed, populations: group.pops, referenceCounts: group.refX,
                        referencePopulations: group.refN, confidence: levels,
                        multiplier: multiplier(default: 100_000))
            } catch let error as StatisticsError {
                if let index = error.index {
                    throw input.failure(line: group.lines[index], error, columns: columns)
                }
                throw failure(error, group: id, in: groups)
            }
            try write(groups, id, estimate)
        }
    }
}

/// Directly standardised rates' sums per group over one part of the input, and the line each
/// group's age bands came from.
struct BandSums: Sendable {
    var groups: StatsGroups
    let bands: Int
    var sums: [DirectlyStandardisedRate.Accumulator] = []
    /// The line of each group's age band (0: not yet), `bands` a group.
    var seen: [Int32] = []

    init(groups: StatsGroups, bands: Int) {
        self.groups = groups
        self.bands = bands
    }

    /// Marks group `id`'s band as read on `line` (making the group if it is the next new one);
    /// the line it was read on before, if it was.
    mutating func claim(_ id: Int, band: Int, line: Int) -> Int? {
        if id == sums.count {
            sums.append(.init())
            seen.append(contentsOf: repeatElement(0, count: bands))
        }
        let slot = id * bands + band
        if seen[slot] != 0 { return Int(seen[slot]) }
        seen[slot] = Int32(truncatingIfNeeded: line)
        return nil
    }
}
