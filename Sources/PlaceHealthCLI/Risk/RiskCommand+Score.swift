import PlaceModel
import ArgumentParser
import Foundation
import Population
import Publication

extension RiskCommand {
    /// `placehealth risk score`: everyone's risk on a date with a stored model, summarised by area.
    struct Score: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Segment everyone, compute frailty and score risk on a date; count the top 2% by area.")

        @OptionGroup var options: PopulationOptions
        @OptionGroup var pack: PackOptions
        @OptionGroup var disclosure: DisclosureOptions

        @Option(help: "The model version (see `risk list`). Default: the newest.")
        var version: String?

        @Option(help: Breakdown.optionHelp)
        var by = Breakdown.lcp

        @Option(help: "Output format: table, csv or json.")
        var format = OutputFormat.table

        /// One group's scores.
        struct Row: Encodable {
            let group: String
            let scored: Int
            let meanRisk: Double
            let top2: Int
        }

        /// One group's scores as printed in JSON: withheld ones null.
        struct Shown: Encodable {
            let group: String
            let scored: Nullable<Int>
            let meanRisk: Nullable<Double>
            let top2: Nullable<Int>
        }

        func run() async throws {
            let (opened, data) = try options.load()
            let date = try options.day(opened)
            guard let (model, _) = try RiskModelStore(store: opened).load(version: version) else {
                throw ValidationError("No stored model: run `placehealth risk train` first.")
            }
            let snapshot = options.time("segment+frailty") { PopulationSnapshot(data: data, date: date) }
            let scores = options.time("risk") { model.scores(data, snapshot) }
            let scored = scores.indices.filter { !scores[$0].isNaN }
            let top = ModelMetrics.top(scored.map { scores[$0] }, percent: 2)
            let (labels, index) = by.groups(data, snapshot)
            var rows = labels.map { Row(group: $0, scored: 0, meanRisk: 0, top2: 0) }
            for (k, i) in scored.enumerated() where index[i] >= 0 {
                let g = Int(index[i])
                let row = rows[g]
                rows[g] = Row(
                    group: row.group, scored: row.scored + 1, meanRisk: row.meanRisk + scores[i],
                    top2: row.top2 + (top[k] ? 1 : 0))
            }
            rows = rows.filter { $0.scored > 0 }.map {
                Row(
                    group: $0.group, scored: $0.scored, meanRisk: $0.meanRisk / Double($0.scored),
                    top2: $0.top2)
            }
            let display = try Audience(pack, disclosure)
            // Both columns add up to the place's figures; the top 2% are among the scored.
            let withheld = Withheld(columnsOf: rows.map { [$0.scored, $0.top2] }, threshold: display.applied)
            if format == .json {
                return try OutputFormat.printJSON(
                    rows.enumerated().map { r, row in
                        let scored = withheld.isWithheld(r, 0)
                        return Shown(
                            group: row.group, scored: .init(scored ? nil : row.scored),
                            meanRisk: .init(scored ? nil : row.meanRisk),
                            top2: .init(withheld.isWithheld(r, 1) ? nil : row.top2))
                    })
            }
            if format == .table {
                print(
                    display.header(
                        "Risk of an emergency admission in the 12 months after \(date) (model \(model.version)), by \(by.rawValue)",
                        synthetic: data.synthetic))
            }
            try format.print(
                header: [by.rawValue, "scored", "mean_risk", "in_top_2_percent"],
                rows: rows.enumerated().map { r, row in
                    let scored = withheld.isWithheld(r, 0)
                    return [
                        row.group, display.show(row.scored, withheld: scored),
                        scored ? "*" : String(format: "%.4f", row.meanRisk),
                        display.show(row.top2, withheld: withheld.isWithheld(r, 1)),
                    ]
                })
        }
    }
}
