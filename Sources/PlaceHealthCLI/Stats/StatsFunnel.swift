import Statistics
import Tabular

extension StatsRunner {
    /// Funnel plots: each row's significance against its group's average, or (--limits) the limits.
    func funnel() throws {
        let x = try input.column(options.numerator, option: "--numerator")
        let rateColumn = options.statistic == .rate ? try input.column(options.value, option: "--value") : nil
        let n =
            options.statistic == .rate
            ? input.optionalColumn(options.denominator)
            : try input.column(options.denominator, option: "--denominator")
        var groups = StatsGroups(columns: try groupColumns())
        var rows: [[String]] = []
        var members: [[Int]] = []
        var data: [(x: [Double], n: [Double?], rate: [Double?])] = []
        var lines: [Int] = []
        try file.forEachRecord { record in
            let numerator = try input.number(record, x)
            let denominator = try n.flatMap { try input.optionalNumber(record, $0) }
            if options.statistic != .rate, denominator == nil {
                throw input.failure(line: record.line, column: n!, "is empty (a number is required)")
            }
            let rate = try rateColumn.flatMap { try input.optionalNumber(record, $0) }
            let id = groups.id(of: record)
            if id == data.count {
                data.append(([], [], []))
                members.append([])
            }
            data[id].x.append(numerator)
            data[id].n.append(denominator)
            data[id].rate.append(rate)
            members[id].append(rows.count)
            rows.append(options.limits ? [] : record.fields)
            lines.append(record.line)
        }
        if options.limits { return try funnelLimits(groups, data) }
        var significance = [String](repeating: "", count: rows.count)
        for id in data.indices {
            let group = data[id]
            let result: [Funnel.Significance]
            do {
                switch options.statistic {
                case .proportion:
                    result = try Funnel.proportionSignificance(
                        numerators: group.x, denominators: group.n.map { $0! })
                case .ratio:
                    result = try Funnel.ratioSignificance(observed: group.x, expected: group.n.map { $0! })
                case .rate:
                    result = try Funnel.rateSignificance(
                        numerators: group.x, rates: group.rate, denominators: group.n,
                        rateType: options.rateType,
                        multiplier: multiplier(default: 100_000))
                }
            } catch let error as StatisticsError {
                if let index = error.index {
                    let columns = ["numerator": x, "denominator": n ?? x, "rate": rateColumn ?? x]
                    throw input.failure(line: lines[members[id][index]], error, columns: columns)
                }
                throw failure(error, group: id, in: groups)
            }
            for (row, value) in zip(members[id], result) { significance[row] = value.rawValue }
        }
        try output.write(input.header + ["significance"])
        for (row, value) in zip(rows, significance) { try output.write(row + [value]) }
    }

    private func funnelLimits(_ groups: StatsGroups, _ data: [(x: [Double], n: [Double?], rate: [Double?])])
        throws
    {
        let x: String
        let axis: [String]
        switch options.statistic {
        case .proportion: (x, axis) = ("population", [])
        case .ratio: (x, axis) = ("observed_events", ["_exp_events"])
        case .rate: (x, axis) = ("events", ["_population_1_year"])
        }
        let sides = ["lower_2s", "upper_2s", "lower_3s", "upper_3s"]
        var header = options.groups + [x]
        for side in sides { header += axis.map { side + $0 } + [side + "_limit"] }
        if options.statistic != .ratio { header.append("baseline") }
        try output.write(header)
        for (id, group) in data.enumerated() {
            let points: [Funnel.LimitPoint]
            do {
                switch options.statistic {
                case .proportion:
                    points = try Funnel.proportionLimits(
                        numerators: group.x, denominators: group.n.map { $0! },
                        multiplier: multiplier(default: 100))
                case .ratio:
                    points = try Funnel.ratioLimits(
                        observed: group.x, expected: group.n.map { $0! }, ratioType: options.ratioType)
                case .rate:
                    points = try Funnel.rateLimits(
                        numerators: group.x, rates: group.rate, denominators: group.n,
                        rateType: options.rateType,
                        multiplier: multiplier(default: 100_000), yearsOfData: options.yearsOfData)
                }
            } catch let error as StatisticsError {
                throw failure(error, group: id, in: groups)
            }
            for point in points {
                var fields = groups.key(id) + [StatsOutput.format(point.x)]
                let limits = [point.lower2s, point.upper2s, point.lower3s, point.upper3s]
                for i in 0..<4 {
                    if !axis.isEmpty { fields.append(StatsOutput.format(point.axisValues[i])) }
                    fields.append(StatsOutput.format(limits[i]))
                }
                if options.statistic != .ratio { fields.append(StatsOutput.format(point.baseline)) }
                try output.write(fields)
            }
        }
    }
}
