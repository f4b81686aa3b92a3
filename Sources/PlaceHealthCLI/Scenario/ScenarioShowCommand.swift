import ArgumentParser
import Foundation
import Publication
import Scenarios

/// `placehealth scenario show`: a stored scenario result.
struct ScenarioShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract:
            "Show a stored scenario result: each measure's baseline and horizon, the waterfall, the money.",
        discussion: """
            ID is a result's id from `scenario list` (or the start of one). The table shows each \
            measure's baseline and its horizon's median and 10th and 90th percentiles over the runs, \
            then (for the city) the waterfall and the money ledger by year. CSV gives every measure, \
            area and year (mean and percentiles); JSON the same as the API. Counts are rounded to the \
            nearest 10; money is shown in £ millions (to £10,000 in CSV and JSON). SYNTHETIC data is \
            labelled. See docs/scenarios.md.
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var pack: PackOptions

    @Argument(help: "The result's id (or the start of it).")
    var id: String

    @Option(help: "Show the city (city), each LCP (lcp) or each IMD decile of home (decile).")
    var by = ScenarioAreaOption.city

    @Option(help: "Output format: table, csv or json.")
    var format = OutputFormat.table

    func run() async throws {
        let scenario = try ScenarioLookup(store: store, pack: pack).load(id)
        let kinds: Set<ScenarioArea.Kind> = [by.kind]
        switch format {
        case .csv:
            try format.print(
                header: PublishedScenarios.csvHeader,
                rows: PublishedScenarios.csvRows(scenario, areaKinds: kinds))
        case .json: try OutputFormat.printJSON(ScenarioDocument(scenario, areaKinds: kinds))
        case .table:
            let figures = ScenarioFigures(scenario: scenario)
            print(figures.headline)
            for area in scenario.areas(by.kind) {
                print("\n\(by == .decile ? "IMD decile " : "")\(scenario.areas[area].name)")
                try format.print(header: figures.summaryHeader, rows: figures.summaryRows(area: area))
            }
            guard by == .city else { return }
            print(
                "\nWaterfall from \(scenario.record.baselineYear) to \(scenario.record.horizonYear) (in expectation)"
            )
            try format.print(header: ["step", "total cost", "bed days"], rows: figures.waterfallRows())
            print("\nMoney ledger (medians): does the money follow the left shift?")
            try format.print(
                header: ["year", "released from hospital", "community services", "left", "financial gap"],
                rows: figures.ledgerRows())
            if let levers = scenario.levers(try ProjectionAssumptions.read(try pack.load())) {
                print("\nThe levers (80% intervals; each run samples them)")
                try format.print(
                    header: ["lever", "value", "note"], rows: levers.map { [$0.lever, $0.value, $0.note] })
            }
        }
    }
}

/// Which areas a scenario command shows.
enum ScenarioAreaOption: String, ExpressibleByArgument, CaseIterable {
    case city, lcp, decile

    var kind: ScenarioArea.Kind {
        switch self {
        case .city: return .city
        case .lcp: return .lcp
        case .decile: return .decile
        }
    }
}

/// Finds a stored, published scenario result or says which ids there are.
struct ScenarioLookup {
    let store: StoreOptions
    let pack: PackOptions

    func load(_ id: String) throws -> PublishedScenario {
        let scenarios = PublishedScenarios(
            store: try store.open(), threshold: try pack.load().indicators().suppressionThreshold)
        guard let scenario = try scenarios.load(id) else {
            let known = try scenarios.list().map(\.id)
            throw CommandFailure(
                "no stored scenario result '\(id)' (or more than one starts with it); "
                    + (known.isEmpty
                        ? "run one with `placehealth scenario run FILE`"
                        : "stored: \(known.joined(separator: ", "))"))
        }
        return scenario
    }
}
