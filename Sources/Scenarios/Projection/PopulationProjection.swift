import PlaceColumns
import PlaceModel
import Store

/// A population projection of the place: the residents at the middle of the baseline year, by
/// area, sex and single year of age, carried forward year by year (``CohortComponent``) with
/// rates estimated from the store's records and a migration variant of the pack.
public struct PopulationProjection: Sendable {
    /// The baseline year (the population is that of 1 July).
    public let baseline: Int
    /// The migration variant's name and its scale.
    public let variant: String
    /// The rates applied.
    public let rates: ProjectionRates
    /// The years whose records the rates come from.
    public let rateYears: ClosedRange<Int>
    /// The population at 1 July of each year from the baseline on (the first is the baseline's).
    public let years: [PopulationGrid]

    /// Projects the residents of `store` `horizon` years on from 1 July of `baseline`, by LCP or for
    /// the whole city (the store read through the shared columnar model, only counts coming out).
    ///
    /// - Throws: ``ScenarioError`` when the baseline year has no residents or no deaths in the years
    ///   rates are taken from, the horizon is not 0 to 50 years, or the variant is not in the
    ///   assumptions; the store's errors when it cannot be read.
    public init(
        store: any PlaceStore, assumptions: ProjectionAssumptions, baseline: Int, horizon: Int,
        variant: String, byLCP: Bool
    ) throws {
        try self.init(
            columns: PlaceColumns.open(store, readers: [try store.reader()]), assumptions: assumptions,
            baseline: baseline, horizon: horizon, variant: variant, byLCP: byLCP)
    }

    init(
        columns: PlaceColumns, assumptions: ProjectionAssumptions, baseline: Int, horizon: Int,
        variant: String, byLCP: Bool
    ) throws {
        self = try Self.projections(
            ProjectionPeople(columns), births: columns.table("births"), assumptions: assumptions,
            baseline: baseline, horizon: horizon, variants: [variant], areas: byLCP ? .lcp : .city)[0]
    }

    init(
        baseline: Int, variant: String, rates: ProjectionRates, rateYears: ClosedRange<Int>,
        years: [PopulationGrid]
    ) {
        (self.baseline, self.variant, self.rates, self.rateYears, self.years) =
            (baseline, variant, rates, rateYears, years)
    }

    /// The projections of `people` under each of `variants`, from one base population and one set
    /// of rates, by the areas of `areas`.
    static func projections(
        _ people: ProjectionPeople, births: TableColumns, assumptions: ProjectionAssumptions, baseline: Int,
        horizon: Int, variants: [String], areas: ProjectionAreas
    ) throws -> [PopulationProjection] {
        let scales = try variants.map { variant in
            guard let scale = assumptions.scale(of: variant) else {
                throw ScenarioError.unknownVariant(variant, known: assumptions.variants.map(\.name))
            }
            return scale
        }
        guard let middle = CivilDate(year: baseline, month: 7, day: 1)?.day, (0...50).contains(horizon) else {
            throw ScenarioError.badHorizon(horizon)
        }
        let base = PopulationGrid.residents(people, on: middle, oldest: assumptions.oldestAge, areas: areas)
        let rateYears = (baseline - assumptions.rateYears + 1)...baseline
        let rates = ProjectionRates.estimate(
            people, births: births, years: rateYears, oldest: assumptions.oldestAge)
        guard base.total() > 0, rates.mortality.joined().contains(where: { $0 > 0 }) else {
            throw ScenarioError.noBaselineData(baseline)
        }
        return zip(variants, scales).map { variant, scale in
            PopulationProjection(
                baseline: baseline, variant: variant, rates: rates, rateYears: rateYears,
                years: CohortComponent.project(base, rates: rates, years: horizon, migrationScale: scale))
        }
    }
}
