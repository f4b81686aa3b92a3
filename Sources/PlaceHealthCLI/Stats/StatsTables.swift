import Statistics
import Tabular

extension StatsRunner {
    /// Life expectancy: the Chiang II table of each group, one output row per age band.
    func lifeExpectancy() throws {
        let d = try input.column(options.numerator, option: "--numerator")
        let p = try input.column(options.denominator, option: "--denominator")
        let band = try input.column(options.ageBand, option: "--age-band")
        var groups = StatsGroups(columns: try groupColumns())
        var data: [(bands: [String], deaths: [Double], pops: [Double], lines: [Int])] = []
        try file.forEachRecord { record in
            let row = (input.text(record, band), try input.number(record, d), try input.number(record, p))
            let id = groups.id(of: record)
            if id == data.count { data.append(([], [], [], [])) }
            data[id].bands.append(row.0)
            data[id].deaths.append(row.1)
            data[id].pops.append(row.2)
            data[id].lines.append(record.line)
        }
        try output.write(
            options.groups + ["age_band", "value"] + output.intervalHeader()
                + ["standard_error", "numerator", "denominator", "note"])
        let columns = ["age band": band, "deaths": d, "population": p]
        for (id, group) in data.enumerated() {
            let table: [LifeExpectancy.Row]
            do {
                table = try LifeExpectancy.table(
                    ageBands: group.bands, deaths: group.deaths, populations: group.pops, confidence: levels)
            } catch let error as StatisticsError {
                if let index = error.index {
                    throw input.failure(line: group.lines[index], error, columns: columns)
                }
                throw failure(error, group: id, in: groups)
            }
            for row in table {
                let estimate = row.estimate
                try output.write(
                    groups.key(id) + [row.ageBand.label, StatsOutput.format(estimate.value)]
                        + output.intervalFields(estimate.intervals)
                        + [
                            StatsOutput.format(row.standardError), StatsOutput.format(estimate.numerator),
                            StatsOutput.format(estimate.denominator), estimate.suppression?.rawValue ?? "",
                        ])
            }
        }
    }

    /// Slope and relative index of inequality per group, one input row per quantile.
    func sii() throws {
        let q = try input.column(options.quantile, option: "--quantile")
        let pop = try input.column(options.denominator, option: "--denominator")
        let v = try input.column(options.value, option: "--value")
        let se = try options.standardError.map { try input.column($0, option: "--standard-error") }
        let lower = try options.lowerCl.map { try input.column($0, option: "--lower-cl") }
        let upper = try options.upperCl.map { try input.column($0, option: "--upper-cl") }
        var groups = StatsGroups(columns: try groupColumns())
        var data: [(quantiles: [InequalityIndex.Quantile], lines: [Int])] = []
        try file.forEachRecord { record in
            let standardError: Double
            if let se, !options.transform {
                standardError = try input.number(record, se)
            } else if let lower, let upper {
                standardError = InequalityIndex.standardError(
                    lower: try input.number(record, lower), upper: try input.number(record, upper),
                    valueType: options.valueType)
                guard standardError.isFinite else {
                    throw input.failure(
                        line: record.line, column: lower,
                        "the limits do not suit a \(options.valueType.rawValue)")
                }
            } else {
                throw StatsFailure("sii with --transform needs --lower-cl and --upper-cl")
            }
            let quantile = InequalityIndex.Quantile(
                order: try input.number(record, q), population: try input.number(record, pop),
                value: try input.number(record, v), standardError: standardError)
            let id = groups.id(of: record)
            if id == data.count { data.append(([], [])) }
            data[id].quantiles.append(quantile)
            data[id].lines.append(record.line)
        }
        try output.write(
            options.groups + ["value"] + output.intervalHeader() + ["rii"]
                + output.intervalHeader(prefix: "rii_")
                + ["intercept", "quantiles", "repetitions", "seed"])
        let columns = ["quantile": q, "denominator": pop, "value": v, "standard error": se ?? lower ?? v]
        for (id, group) in data.enumerated() {
            let result: InequalityIndex.Result
            do {
                result = try InequalityIndex.compute(
                    quantiles: group.quantiles, valueType: options.valueType, transform: options.transform,
                    confidence: levels, multiplier: multiplier(default: 1), repetitions: options.repetitions,
                    seed: options.seed)
            } catch let error as StatisticsError {
                if let index = error.index {
                    throw input.failure(line: group.lines[index], error, columns: columns)
                }
                throw failure(error, group: id, in: groups)
            }
            try output.write(
                groups.key(id) + [StatsOutput.format(result.sii)]
                    + output.intervalFields(result.siiIntervals)
                    + [StatsOutput.format(result.rii)] + output.intervalFields(result.riiIntervals)
                    + [
                        StatsOutput.format(result.intercept), String(group.quantiles.count),
                        String(options.repetitions),
                        String(options.seed),
                    ])
        }
    }

    /// Quantiles: every input row, with the quantile of its value within its group appended.
    func quantile() throws {
        let v = try input.column(options.value, option: "--value")
        var groups = StatsGroups(columns: try groupColumns())
        var rows: [[String]] = []
        var members: [[Int]] = []
        var values: [[Double?]] = []
        try file.forEachRecord { record in
            let value = try input.optionalNumber(record, v)
            let id = groups.id(of: record)
            if id == members.count {
                members.append([])
                values.append([])
            }
            members[id].append(rows.count)
            values[id].append(value)
            rows.append(record.fields)
        }
        var assigned = [Int?](repeating: nil, count: rows.count)
        for id in members.indices {
            let result: [Int?]
            do {
                result = try Quantiles.assign(
                    values: values[id], count: options.quantiles, highestFirst: options.invert)
            } catch let error as StatisticsError {
                throw failure(error, group: id, in: groups)
            }
            for (row, quantile) in zip(members[id], result) { assigned[row] = quantile }
        }
        try output.write(
            input.header + [input.header.contains("quantile") ? "quantile_assigned" : "quantile"])
        for (row, quantile) in zip(rows, assigned) {
            try output.write(row + [quantile.map(String.init) ?? ""])
        }
    }
}
