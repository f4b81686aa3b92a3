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
        let bandOf: @Sendable (CSVFields) throws -> Int = { record in
            guard let start = input.startAge(record, band), start < byStartAge.count, byStartAge[start] >= 0
            else {
                throw input.failure(
                    line: record.line, column: band,
                    "\"\(input.text(record, band))\" is not an age band of the standard population")
            }
            return byStartAge[start]
        }
        let read: BandSums
        do {
            read = try file.forEachRecord(make: {
                BandSums(groups: StatsGroups(columns: columns), bands: bands)
            }) {
                part, record in
                let index = try bandOf(record)
                let count = try input.number(record, x)
                let population = try input.number(record, n)
                let id = part.groups.id(of: record)
                guard part.claim(id, band: index) else {
                    throw BandSums.Repeat(line: record.line, key: part.groups.key(id), band: index)
                }
                do {
                    try part.sums[id].add(
                        count: count, population: population, standardPopulation: standard.populations[index])
                } catch let error as StatisticsError {
                    throw input.failure(
                        line: record.line, error, columns: ["numerator": x, "denominator": n])
                }
            } merge: { merged, part, lineOffset in
                try merged.absorb(part, lineOffset: lineOffset)
            }
        } catch let repeated as BandSums.Repeat {
            let earlier = try StatsFile(path: options.input).firstLine(
                before: repeated.line, columns: columns, key: repeated.key
            ) { (try? bandOf($0)) == repeated.band }
            throw input.failure(
                line: repeated.line, column: band,
                "the age band \"\(standard.bands[repeated.band].label)\" repeats line \(earlier ?? 0)")
        }
        let (groups, sums) = (read.groups, read.sums)
        try output.write(
            options.groups + ["value"] + output.intervalHeader() + [
                "numerator", "denominator", "method", "note",
            ])
        let scale = multiplier(default: 100_000)
        let (rows, source) = (rows(groups), input.name)
        try output.writeRows(count: sums.count) { [read, sums, levels] id, row in
            if let missing = read.missing(id) {
                throw StatsFailure(
                    "\(source): \(rows.groups.describe(id, names: rows.names)): the age band "
                        + "\"\(standard.bands[missing].label)\" is missing")
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
