import ArgumentParser
import Foundation
import PlacePack
import Scenarios

/// `placehealth scenario population`: the cohort-component projection of the residents.
struct ScenarioPopulationCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "population",
        abstract: "Project the residents year by year from a baseline year, by age, sex and LCP.",
        discussion: """
            The residents on 1 July of the baseline year are carried forward one year at a time: \
            survivors age by one year, net migrants are added, and births make the new age 0 \
            (cohort-component method). Death, birth and migration rates are estimated from the \
            store's records in the years the pack's projection.yaml names; the migration variant \
            (principal, low, high) scales the observed net migration. Figures are rounded to the \
            nearest 10 people. SYNTHETIC data is labelled. Method and limits: docs/scenarios.md.
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var pack: PackOptions

    @Option(help: "The baseline year: the population of 1 July of this year is the start.")
    var baseline: Int

    @Option(help: "How many years to project (0 to 50).")
    var horizon = 10

    @Option(help: "The migration variant of the pack's projection.yaml (principal, low, high).")
    var variant = "principal"

    @Option(help: "Show the city (city) or each Local Care Partnership (lcp).")
    var by = Area.city

    @Option(help: "table: broad age groups by year; csv and json: five-year age bands by sex.")
    var format = OutputFormat.table

    /// Where figures are shown for.
    enum Area: String, ExpressibleByArgument, CaseIterable { case city, lcp }

    func validate() throws {
        guard (0...50).contains(horizon) else { throw ValidationError("--horizon must be 0 to 50 years.") }
        guard (1900...2200).contains(baseline) else { throw ValidationError("--baseline must be a year.") }
    }

    func run() async throws {
        let opened = try store.open()
        let assumptions = try ProjectionAssumptions.read(try pack.load())
        let projection = try PopulationProjection(
            store: opened, assumptions: assumptions, baseline: baseline, horizon: horizon,
            variant: variant, byLCP: by == .lcp)
        let synthetic = try opened.dataset()["synthetic"] == "true"
        let table = ProjectionTable(projection: projection, assumptions: assumptions, synthetic: synthetic)
        switch format {
        case .json: try OutputFormat.printJSON(table.document())
        case .csv: try format.print(header: ProjectionTable.bandHeader, rows: table.bandRows())
        case .table:
            print(table.title)
            try format.print(header: ProjectionTable.summaryHeader, rows: table.summaryRows())
        }
    }
}
